#pragma once

#include "api/ApiResult.h"
#include "domain/DesiredState.h"
#include "provisioning/ApplyResult.h"
#include "provisioning/LiveState.h"
#include "provisioning/PlanOutcome.h"
#include "provisioning/Planner.h"
#include "provisioning/ProvisioningEngine.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace tw {

class CloudonixClient;
class ConfigStore;
class HostResolver;
class LiveStateReader;
class VapiClient;

// The one way through, shared by the CLI and the wizard: validate the desired state, read
// both systems, resolve the inbound host when needed, plan; then apply with the engine. Each
// read and each run has its own reader or engine, so reads of several domains may overlap;
// the engine's signals are passed on from whichever run is under way.
class Provisioner : public QObject
{
    Q_OBJECT

public:
    Provisioner(CloudonixClient *cloudonix, VapiClient *vapi, HostResolver *resolver, ConfigStore *store,
                QObject *parent = nullptr);

    void setDefaultNumberRegion(const QString &region) { m_defaultRegion = region; }
    // Reads take Vapi's lists from this read of the account (LiveStateReader::setVapiSnapshot).
    void setVapiSnapshot(std::shared_ptr<const LiveState> vapi) { m_vapiSnapshot = std::move(vapi); }
    // How long an apply waits for another run on the same domain to finish (default 5 s).
    void setLockWait(std::chrono::milliseconds wait) { m_lockWait = wait; }
    // How long after a create was sent an interrupted run may still make it (default 30 s): a
    // plan that would make a second trunk waits that long for the first to show.
    void setSettleWindow(std::chrono::milliseconds window) { m_settleWindow = window; }
    void plan(const DesiredState &desired, std::function<void(const PlanOutcome &)> done);
    // A desired state made from the stored record and the live read (cx-vcc's service and
    // addnumber: DesiredStateBuilder), then validated and planned like any other.
    using Builder = std::function<DesiredState(const DomainRecord &stored, const LiveState &live)>;
    void planCommand(const QString &domain, const Builder &build, std::function<void(const PlanOutcome &)> done);
    // The teardown plan for a configured domain (nothing is changed yet).
    void planTeardown(const QString &domain, bool restoreCloudonix, std::function<void(const PlanOutcome &)> done);
    // Drift: the plan of the stored intent against the live state; its writes are the drift.
    // Without a stored intent, only the live state is read.
    void planDrift(const QString &domain, std::function<void(const PlanOutcome &)> done);
    // Waits for the domain's run lock, refuses a plan made before another run changed the
    // domain, then runs the engine.
    void apply(const PlanOutcome &planned, const ProvisioningEngine::Options &options,
               std::function<void(const ApplyResult &)> done);
    void cancel(); // every read and run under way
    // Rounds of reading back and adopting one apply may take before "already exists" is an error.
    static constexpr int MaxSettleRounds = 3;
    void decideRollback(bool rollBack); // for a run that asked (Options::askBeforeRollback)

signals:
    void statusChanged(const QString &text); // "Reading Vapi…", for progress displays
    void noteAdded(const QString &text); // a wait or a read-back worth telling (also a status)
    // Those of the engine (ProvisioningEngine), for the runs this provisioner starts.
    void stepStarted(const tw::StepReport &report);
    void stepFinished(const tw::StepReport &report);
    void progressChanged(int done, int total, int etaMs);
    void rollbackStarted(int items);
    void rollbackDecisionNeeded(int items);

private:
    // What the earlier rounds of one apply did: carried into the next round.
    struct Rounds
    {
        int round = 0;
        int writes = 0;
        QString runId;
        QList<ResourceSteps::Undo> created;
        QStringList settled; // what the earlier rounds read back
    };
    void run(const PlanOutcome &planned, const ProvisioningEngine::Options &options,
             std::function<void(const ApplyResult &)> done, const Rounds &rounds);
    // Reads back what the last round could not settle, plans again and runs the next round.
    void settle(const PlanOutcome &planned, const ProvisioningEngine::Options &options,
                std::function<void(const ApplyResult &)> done, const Rounds &rounds, const ApplyResult &last);
    // A create in `plan` that an interrupted run may still be making (a pending create of a
    // resource without a unique key, younger than the settle window); empty: none.
    QString pendingElsewhere(const PlanOutcome &outcome) const;
    bool changedSince(const PlanOutcome &planned) const;
    enum class Check {
        First, // a given desired state: its input errors come before any request
        AfterReading, // built from what is there: checked once it is read
        None, // the stored intent: checked when it was applied
    };
    void planBuilt(const QString &domain, const QString &application, const Builder &build, Check check,
                   std::function<void(const PlanOutcome &)> done);
    // A plan of `desired` for `domain`, with the application its CXML URL names.
    void planDesired(const QString &domain, const DesiredState &desired, Check check,
                     std::function<void(const PlanOutcome &)> done);
    void planOffThread(const Planner::Input &input, const std::shared_ptr<PlanOutcome> &outcome,
                       std::function<void(const PlanOutcome &)> done);
    // A reader for one read: it deletes itself after done() has run.
    void read(const QString &domain, const QString &application,
              std::function<void(const ApiResult<LiveState> &)> done);

    CloudonixClient *m_cloudonix;
    VapiClient *m_vapi;
    HostResolver *m_resolver;
    ConfigStore *m_store;
    QString m_defaultRegion;
    std::shared_ptr<const LiveState> m_vapiSnapshot;
    std::chrono::milliseconds m_lockWait {5000};
    std::chrono::milliseconds m_settleWindow {30000};
};

} // namespace tw
