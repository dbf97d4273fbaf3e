#pragma once

#include "config/AppConfig.h"
#include "provisioning/ApplyResult.h"
#include "provisioning/Plan.h"
#include "provisioning/StepReport.h"
#include "provisioning/steps/ResourceSteps.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace tw {

class ApiCall;
class CloudonixClient;
class ConfigStore;
class VapiClient;

// Carries out a plan: its steps in the plan's order (ResourceSteps says what each kind of step
// sends, records and takes back), steps of one rank together where they may, a journal entry
// and a config save after each committed step, progress signals, cancel, and on failure the
// removal of what this run created, newest first. Idempotency comes from the plan: a plan of
// unchanged actions makes no request.
class ProvisioningEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool rollback = true;
        // A failed run waits for decideRollback() instead of taking back at once (the wizard asks
        // the admin); a cancelled run is always taken back.
        bool askBeforeRollback = false;
        int concurrency = 6; // Vapi writes in flight at once; Cloudonix is paced by its client
        // A create answered "already exists", or whose answer never came, ends the run with
        // ApplyResult::needsSettling instead of failing it: the caller reads, adopts and goes on.
        bool settleExisting = false;
        QStringList settledBefore; // settlingKeys() of the earlier parts: each is settled once only
        QString runId; // the journal's run id; empty: a new one
    };

    ProvisioningEngine(CloudonixClient *cloudonix, VapiClient *vapi, ConfigStore *store, QObject *parent = nullptr);

    // `config` is the loaded config the run updates and saves after each step.
    void apply(const Plan &plan, const AppConfig &config, const Options &options);
    void apply(const Plan &plan, const AppConfig &config) { apply(plan, config, Options {}); }
    void cancel();
    // After rollbackDecisionNeeded: take back what this run made, or keep it.
    void decideRollback(bool rollBack);
    bool isRunning() const { return m_running; }
    // What an earlier part of the same run made, taken back with this part's if it fails.
    void setEarlierCreations(const QList<ResourceSteps::Undo> &created) { m_earlier = created; }
    // What this run (with the earlier parts) made and has not taken back, oldest first.
    QList<ResourceSteps::Undo> creations() const { return m_created; }
    QString runId() const { return m_runId; }
    // "resource key" of each create that ended this run for settling.
    QStringList settlingKeys() const { return m_settlingKeys; }

signals:
    void stepStarted(const tw::StepReport &report);
    void stepFinished(const tw::StepReport &report); // report.error set on failure
    // done of total steps; etaMs estimates the rest (Cloudonix pacing makes long runs).
    void progressChanged(int done, int total, int etaMs);
    void rollbackStarted(int items);
    void rollbackDecisionNeeded(int items); // askBeforeRollback: what this run made is still there
    void finished(const tw::ApplyResult &result);

private:
    StepReport report(int index, const std::optional<ApiError> &error = std::nullopt) const;
    void launchMore();
    void takeBack();
    int groupOf(int index) const;
    void run(int index);
    void succeeded(int index, const QString &id, const QString &detail);
    void failed(int index, const ApiError &error);
    void stopped(); // no request in flight, the run stopping: take back, or end for settling
    bool recordPending(const QList<int> &creates); // false: not recorded, nothing sent
    void startRollback();
    void rollbackNext();
    void finish();
    bool commit(const PlanAction &action, const QString &id, const QString &detail); // false: not recorded
    bool adopt(const PlanAction &action); // records what already exists as wanted; true if the record changed
    void journal(const QString &system, const QString &action, const QString &resource, const QString &id,
                 const QString &before, const QString &after);
    // This domain's record with the one number a step changed (whole: every number), and the
    // run's new journal entries. False: not saved; the first such failure is the localError.
    bool save(const QString &number = {}, bool whole = false);
    DomainRecord &record();
    int etaMs() const;

    CloudonixClient *m_cloudonix;
    VapiClient *m_vapi;
    ConfigStore *m_store;
    Plan m_plan;
    QList<PlanAction> m_steps;
    Options m_options;
    AppConfig m_config;
    QList<JournalEntry> m_unsaved; // journal entries not yet in the file
    ApplyResult m_result;
    QString m_runId;
    ResourceSteps::Context m_context;
    QList<ResourceSteps::Undo> m_earlier;
    QStringList m_settlingKeys;
    QList<ResourceSteps::Undo> m_created; // what a failed run takes back, oldest first
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_currentGroup = -1;
    bool m_running = false;
    bool m_begun = false; // a "begin" entry is in the journal
    bool m_stopping = false;
    bool m_awaitingDecision = false;
    QElapsedTimer m_clock;
    qint64 m_vapiMs = 0;
    int m_vapiDone = 0;
};

} // namespace tw
