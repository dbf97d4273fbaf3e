#include "provisioning/ProvisioningEngine.h"

#include "api/CloudonixClient.h"
#include "api/RateLimiter.h"
#include "api/VapiClient.h"
#include "config/ConfigStore.h"
#include "config/PendingCreate.h"
#include "config/RecordStore.h"
#include "provisioning/steps/ResourceSteps.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

namespace tw {

Q_LOGGING_CATEGORY(lcEngine, "tw.engine", QtInfoMsg)

namespace {
using Resource = PlanAction::Resource;
using Kind = PlanAction::Kind;
} // namespace

ProvisioningEngine::ProvisioningEngine(CloudonixClient *cloudonix, VapiClient *vapi, ConfigStore *store,
                                       QObject *parent)
    : QObject(parent)
    , m_cloudonix(cloudonix)
    , m_vapi(vapi)
    , m_store(store)
{ }

DomainRecord &ProvisioningEngine::record()
{
    return m_config.domainOrNew(m_plan.domain);
}

void ProvisioningEngine::apply(const Plan &plan, const AppConfig &config, const Options &options)
{
    Q_ASSERT(!m_running);
    m_plan = plan;
    m_config = config;
    m_options = options;
    m_options.concurrency = std::max(1, options.concurrency);
    m_result = {};
    m_unsaved.clear();
    m_created = std::exchange(m_earlier, {});
    m_settlingKeys.clear();
    m_steps.clear();
    m_next = m_inFlight = m_done = 0;
    m_currentGroup = -1;
    m_stopping = false;
    m_awaitingDecision = false;
    m_running = true;
    m_vapiMs = 0;
    m_vapiDone = 0;
    m_clock.start();
    m_runId = options.runId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : options.runId;
    m_context = ResourceSteps::Context {m_cloudonix, m_vapi, plan.domain, this, QString()};
    for (const PlanAction &a : plan.actions) {
        if (a.resource == Resource::Trunk && !a.existingId.isEmpty())
            m_context.trunkId = a.existingId;
        if (a.isWrite())
            m_steps << a;
    }

    m_begun = false;
    if (!plan.canApply()) {
        m_result.failedStep = plan.errors.join(QStringLiteral("; "));
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    // What already exists as wanted becomes this tool's to manage (teardown, drift, removal).
    bool adopted = false;
    for (const PlanAction &a : plan.actions) {
        // What an earlier run of this tool was creating, found on reading back, is this tool's.
        const QString resource = PlanAction::resourceName(a.resource);
        const bool ours = a.kind != Kind::Create && !a.existingId.isEmpty()
            && record().findPending(resource, ResourceSteps::pendingKey(a));
        if (ours)
            adopted |= ResourceSteps::of(a.resource).claim(record(), a);
        else if (a.kind == Kind::Unchanged)
            adopted |= adopt(a);
        if (a.kind != Kind::Create)
            adopted |= record().clearPending(resource, ResourceSteps::pendingKey(a));
    }
    if (m_steps.isEmpty()) { // nothing to change remotely, and no journal entry
        m_result.ok = !adopted || save({}, true);
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    if (!plan.inboundSipHost.isEmpty())
        record().inboundSipHost = plan.inboundSipHost;
    journal(QStringLiteral("trunkwizard"), QStringLiteral("begin"), QStringLiteral("run"), m_runId, {},
            QStringLiteral("%1 change(s) planned").arg(m_steps.size()));
    // Proof that this run can record what it does, before the first remote write.
    if (!save({}, adopted)) {
        m_result.failedStep = tr("recording the start of the run");
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    m_begun = true;
    emit progressChanged(0, int(m_steps.size()), etaMs());
    QTimer::singleShot(0, this, [this] { launchMore(); });
}

void ProvisioningEngine::cancel()
{
    if (m_awaitingDecision) { // cancelled while the admin was asked: take back
        m_result.cancelled = true;
        decideRollback(true);
        return;
    }
    if (!m_running || m_stopping)
        return;
    // Requests in flight are let finish: aborting a POST could leave something created that
    // this run would not know of, and so could not remove.
    m_result.cancelled = true;
    m_stopping = true;
    if (m_inFlight == 0)
        stopped();
}

int ProvisioningEngine::groupOf(int index) const
{
    // Steps of one rank that may run together form a group; everything else runs alone, in order.
    const PlanAction &a = m_steps.at(index);
    return ResourceSteps::of(a.resource).runsTogether() ? ResourceSteps::rank(a) : 100 + index;
}

StepReport ProvisioningEngine::report(int index, const std::optional<ApiError> &error) const
{
    const PlanAction &a = m_steps.at(index);
    return StepReport {index + 1, int(m_steps.size()), a.resource, a.kind, a.key, a.summary, error};
}

void ProvisioningEngine::launchMore()
{
    if (m_stopping)
        return;
    QList<int> batch;
    int inFlight = m_inFlight;
    for (int next = m_next; next < m_steps.size() && inFlight < m_options.concurrency; ++next, ++inFlight) {
        const int group = groupOf(next);
        if (inFlight > 0 && group != (batch.isEmpty() ? m_currentGroup : groupOf(batch.first())))
            break; // the next group starts when this one is done
        batch << next;
    }
    QList<int> creates;
    for (int index : std::as_const(batch))
        if (m_steps.at(index).kind == Kind::Create)
            creates << index;
    if (!creates.isEmpty() && !recordPending(creates)) {
        m_stopping = true;
        m_result.failedStep = m_steps.at(creates.first()).summary;
        if (m_inFlight == 0)
            stopped();
        return;
    }
    for (int index : std::as_const(batch)) {
        if (m_stopping || index < m_next)
            continue; // a step that answered at once has moved the run on already
        m_currentGroup = groupOf(index);
        ++m_next;
        run(index);
    }
    if (m_next >= m_steps.size() && m_inFlight == 0) {
        m_result.ok = true;
        finish();
    }
}

void ProvisioningEngine::run(int index)
{
    PlanAction &a = m_steps[index];
    ++m_inFlight;
    emit stepStarted(report(index));
    qCInfo(lcEngine).noquote() << "step" << index + 1 << a.summary;
    ResourceSteps::of(a.resource)
        .execute(m_context, a,
                 [this, index](const std::optional<ApiError> &error, const QString &id, const QString &detail) {
                     error ? failed(index, *error) : succeeded(index, id, detail);
                 });
}

void ProvisioningEngine::succeeded(int index, const QString &id, const QString &detail)
{
    --m_inFlight;
    ++m_done;
    ++m_result.writes;
    const PlanAction &a = m_steps.at(index);
    if (a.system == ApiError::System::Vapi) {
        ++m_vapiDone;
        m_vapiMs = m_clock.elapsed();
    }
    if (const auto undo = ResourceSteps::of(a.resource).undoFor(a, id))
        m_created << *undo;
    record().clearPending(PlanAction::resourceName(a.resource), ResourceSteps::pendingKey(a));
    if (!commit(a, id, detail) && !m_stopping) {
        // Done remotely but not recorded: stop, and take back what this run made while it can.
        m_stopping = true;
        m_result.failedStep = a.summary;
    }
    emit stepFinished(report(index));
    emit progressChanged(m_done, int(m_steps.size()), etaMs());
    if (m_stopping) {
        if (m_inFlight == 0)
            stopped();
        return;
    }
    launchMore();
}

void ProvisioningEngine::failed(int index, const ApiError &error)
{
    --m_inFlight;
    const PlanAction &a = m_steps.at(index);
    const bool unsettled = a.kind == Kind::Create && (error.isAlreadyExists() || error.isOutcomeUnknown());
    const QString settleKey = PlanAction::resourceName(a.resource) + QLatin1Char(' ') + a.key;
    // A refusal made nothing; an unknown outcome or "already exists" leaves the pending create
    // for reading back.
    if (!unsettled)
        record().clearPending(PlanAction::resourceName(a.resource), ResourceSteps::pendingKey(a));
    // Once per resource: a server that keeps failing the same create is failing, not racing.
    if (unsettled && m_options.settleExisting && !m_options.settledBefore.contains(settleKey)) {
        m_settlingKeys << settleKey;
        // Not the admin's mistake: what exists (or may) is read back, adopted, and the run goes on.
        qCInfo(lcEngine).noquote() << "step to settle:" << a.summary << "-" << error.userMessage();
        m_result.settling << a.summary;
        m_result.needsSettling = true;
        m_stopping = true;
        emit stepFinished(report(index));
        if (m_inFlight == 0)
            stopped();
        return;
    }
    qCWarning(lcEngine).noquote() << "step failed:" << a.summary << "-"
                                  << error.details().replace(QLatin1Char('\n'), QStringLiteral("; "));
    emit stepFinished(report(index, error));
    if (unsettled && error.isAlreadyExists() && m_result.localError.isEmpty())
        m_result.localError = tr("%1 answered that %2 already exists, yet it was not found when read back; nothing "
                                 "was taken over. Run the apply again in a minute; if this repeats, send the details "
                                 "to support.")
                                  .arg(error.systemName(), a.key);
    if (!m_result.error && !(m_result.cancelled && error.kind() == ApiError::Kind::Cancelled)) {
        m_result.error = error;
        m_result.failedStep = a.summary;
    }
    if (m_result.cancelled && m_result.failedStep.isEmpty())
        m_result.failedStep = a.summary;
    m_stopping = true;
    if (m_inFlight == 0)
        stopped();
}

void ProvisioningEngine::stopped()
{
    const bool failed = m_result.error || m_result.cancelled || !m_result.localError.isEmpty();
    if (m_result.needsSettling && !failed) {
        finish(); // what this run made stays recorded; the caller reads back and goes on
        return;
    }
    m_result.needsSettling = false;
    startRollback();
}

bool ProvisioningEngine::recordPending(const QList<int> &creates)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int index : creates) {
        const PlanAction &a = m_steps.at(index);
        const QString resource = PlanAction::resourceName(a.resource);
        record().clearPending(resource, ResourceSteps::pendingKey(a));
        record().pendingCreates << PendingCreate {resource, ResourceSteps::pendingKey(a), m_runId, now};
    }
    return save(); // the domain's row, where the pending creates are kept
}

bool ProvisioningEngine::commit(const PlanAction &a, const QString &id, const QString &detail)
{
    ResourceSteps::of(a.resource).commit(record(), a, id, detail);
    journal(ApiError::systemName(a.system).toLower(), PlanAction::kindName(a.kind),
            PlanAction::resourceName(a.resource), id, a.before, a.after);
    const bool perNumber = a.resource == Resource::PhoneNumber || a.resource == Resource::Dnid;
    return save(perNumber ? a.key : QString());
}

bool ProvisioningEngine::adopt(const PlanAction &a)
{
    return ResourceSteps::of(a.resource).adopt(record(), a);
}

void ProvisioningEngine::journal(const QString &system, const QString &action, const QString &resource,
                                 const QString &id, const QString &before, const QString &after)
{
    JournalEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.runId = m_runId;
    e.domain = m_plan.domain;
    e.system = system;
    e.action = action;
    e.resource = resource;
    e.resourceId = id;
    e.before = before;
    e.after = after;
    m_config.journal << e;
    while (m_config.journal.size() > RecordStore::JournalLimit)
        m_config.journal.removeFirst();
    m_unsaved << e;
}

bool ProvisioningEngine::save(const QString &number, bool whole)
{
    if (!m_store)
        return true;
    // Only this domain's record and this run's journal entries: other runs save theirs too. A
    // step touches its domain row and at most one number; adoption may touch them all.
    const DomainRecord current = record();
    const QString error = whole ? m_store->update([this, &current](AppConfig &config) {
        config.domainOrNew(current.domain) = current;
        config.journal << m_unsaved;
    })
                                : m_store->recordStep(current, number, &m_unsaved);
    if (error.isEmpty()) {
        // The stored entries now have their ids: a later save of this config adds them never again.
        const qsizetype offset = m_config.journal.size() - m_unsaved.size();
        for (qsizetype i = 0; i < m_unsaved.size() && offset >= 0; ++i)
            m_config.journal[offset + i].id = m_unsaved.at(i).id;
        m_unsaved.clear();
        return true;
    }
    if (m_result.localError.isEmpty())
        m_result.localError = tr("Trunk Wizard could not record the change, so it stopped: %1").arg(error);
    return false;
}

void ProvisioningEngine::startRollback()
{
    if (!m_options.rollback || m_created.isEmpty()) {
        finish();
        return;
    }
    if (m_options.askBeforeRollback && !m_result.cancelled) {
        m_awaitingDecision = true;
        emit rollbackDecisionNeeded(int(m_created.size()));
        return;
    }
    takeBack();
}

void ProvisioningEngine::decideRollback(bool rollBack)
{
    if (!std::exchange(m_awaitingDecision, false))
        return;
    if (rollBack)
        takeBack();
    else
        finish();
}

void ProvisioningEngine::takeBack()
{
    m_result.rolledBack = true;
    emit rollbackStarted(int(m_created.size()));
    rollbackNext();
}

void ProvisioningEngine::rollbackNext()
{
    if (m_created.isEmpty()) {
        finish();
        return;
    }
    const ResourceSteps::Undo item = m_created.takeLast(); // newest first
    const ResourceSteps &steps = ResourceSteps::of(item.resource);
    qCInfo(lcEngine).noquote() << "rollback:" << PlanAction::resourceName(item.resource) << item.id << item.key;
    steps.undo(m_context, item, [this, item, &steps](const std::optional<ApiError> &error) {
        if (error && error->kind() != ApiError::Kind::NotFound) {
            m_result.rolledBack = false;
            m_result.rollbackProblems << QStringLiteral("%1 %2: %3")
                                             .arg(PlanAction::resourceName(item.resource),
                                                  item.id.isEmpty() ? item.key : item.id, error->userMessage());
        } else {
            steps.forget(record(), item);
            journal(ApiError::systemName(item.system).toLower(), QStringLiteral("rollback"),
                    PlanAction::resourceName(item.resource), item.id, {}, {});
            const bool perNumber = item.resource == Resource::PhoneNumber || item.resource == Resource::Dnid;
            save(perNumber ? item.key : QString());
        }
        rollbackNext();
    });
}

void ProvisioningEngine::finish()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_begun) {
        journal(QStringLiteral("trunkwizard"), QStringLiteral("end"), QStringLiteral("run"), m_runId, {},
                m_result.ok ? QStringLiteral("ok")
                    : m_result.needsSettling
                    ? QStringLiteral("reading back")
                    : (m_result.rolledBack ? QStringLiteral("rolled back") : QStringLiteral("failed")));
        if (!save())
            m_result.ok = false;
    }
    m_result.config = m_config;
    emit finished(m_result);
}

int ProvisioningEngine::etaMs() const
{
    int cloudonixLeft = 0;
    int vapiLeft = 0;
    for (int i = m_next; i < m_steps.size(); ++i)
        (m_steps.at(i).system == ApiError::System::Cloudonix ? cloudonixLeft : vapiLeft)++;
    qint64 eta = 0;
    if (cloudonixLeft > 0)
        eta += m_cloudonix->rateLimiter()->estimatedWait(m_plan.domain.toLower(), cloudonixLeft).count();
    const qint64 perVapi = m_vapiDone > 0 ? m_vapiMs / m_vapiDone : 300;
    eta += perVapi * vapiLeft / m_options.concurrency;
    return int(std::min<qint64>(eta, INT_MAX));
}

} // namespace tw
