#include "provisioning/Provisioner.h"

#include "config/ConfigStore.h"
#include "config/DomainLock.h"
#include "config/PendingCreate.h"
#include "domain/GatewayAddress.h"
#include "provisioning/HostResolver.h"
#include "provisioning/LiveStateReader.h"
#include "provisioning/Planner.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace tw {

Provisioner::Provisioner(CloudonixClient *cloudonix, VapiClient *vapi, HostResolver *resolver, ConfigStore *store,
                         QObject *parent)
    : QObject(parent)
    , m_cloudonix(cloudonix)
    , m_vapi(vapi)
    , m_resolver(resolver)
    , m_store(store)
{ }

void Provisioner::read(const QString &domain, const QString &application,
                       std::function<void(const ApiResult<LiveState> &)> done)
{
    auto *reader = new LiveStateReader(m_cloudonix, m_vapi, this);
    reader->setVapiSnapshot(m_vapiSnapshot);
    reader->read(domain, application, [reader, done = std::move(done)](const ApiResult<LiveState> &live) {
        reader->deleteLater();
        done(live);
    });
}

void Provisioner::plan(const DesiredState &desired, std::function<void(const PlanOutcome &)> done)
{
    planDesired(desired.domain, desired, Check::First, std::move(done));
}

void Provisioner::planDesired(const QString &domain, const DesiredState &desired, Check check,
                              std::function<void(const PlanOutcome &)> done)
{
    const QString application = desired.cloudonix.cxmlUrl.isEmpty() ? QString() : desired.cloudonix.applicationName;
    planBuilt(
        domain, application, [desired](const DomainRecord &, const LiveState &) { return desired; }, check,
        std::move(done));
}

void Provisioner::planCommand(const QString &domain, const Builder &build,
                              std::function<void(const PlanOutcome &)> done)
{
    const AppConfig config = m_store->load().config; // kept: `record` points into it
    const DomainRecord *record = config.findDomain(domain);
    QString application;
    if (record) {
        application = record->applicationName;
        const QJsonObject cloudonix = record->intent.value(QLatin1String("cloudonix")).toObject();
        if (!cloudonix.value(QLatin1String("cxmlUrl")).toString().isEmpty())
            application = cloudonix.value(QLatin1String("applicationName")).toString(application);
    }
    planBuilt(domain, application, build, Check::AfterReading, std::move(done));
}

void Provisioner::planBuilt(const QString &domain, const QString &application, const Builder &build, Check check,
                            std::function<void(const PlanOutcome &)> planned)
{
    // A plan that would make what an interrupted run may still be making waits for it to show.
    auto done = [this, domain, application, build, check, planned](const PlanOutcome &o) {
        const QString waiting = o.ok() ? pendingElsewhere(o) : QString();
        if (waiting.isEmpty())
            return planned(o);
        emit statusChanged(waiting);
        emit noteAdded(waiting);
        auto *timer = new QTimer(this);
        timer->setObjectName(QStringLiteral("settle-wait"));
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [=, this] {
            timer->deleteLater();
            if (!timer->property("cancelled").toBool())
                return planBuilt(domain, application, build, check, planned);
            PlanOutcome cancelled = o;
            cancelled.error = ApiError(ApiError::System::Vapi, ApiError::Kind::Cancelled, {}, {});
            planned(cancelled);
        });
        timer->start(std::clamp(m_settleWindow / 15, std::chrono::milliseconds(50), std::chrono::milliseconds(1000)));
    };
    auto outcome = std::make_shared<PlanOutcome>();
    const ConfigStore::LoadResult loaded = m_store->load();
    outcome->config = loaded.config;
    if (m_store->isWriteBlocked())
        outcome->configError = loaded.message;
    if (check != Check::AfterReading) {
        outcome->desired = build(DomainRecord(), LiveState());
        if (check == Check::First)
            outcome->inputErrors = outcome->desired.validate(m_defaultRegion);
    }
    if (!outcome->ok()) {
        QMetaObject::invokeMethod(
            this, [outcome, done] { done(*outcome); }, Qt::QueuedConnection);
        return;
    }
    emit statusChanged(tr("Reading %1 from Cloudonix and Vapi…").arg(domain));
    read(domain, application, [this, outcome, domain, build, check, done](const ApiResult<LiveState> &live) {
        if (!live.ok()) {
            outcome->error = live.error();
            return done(*outcome);
        }
        outcome->live = live.value();
        Planner::Input input;
        input.live = live.value();
        if (const DomainRecord *stored = outcome->config.findDomain(domain))
            input.stored = *stored;
        if (check == Check::AfterReading) {
            outcome->desired = build(input.stored, input.live);
            outcome->inputErrors = outcome->desired.validate(m_defaultRegion);
            if (!outcome->inputErrors.isEmpty())
                return done(*outcome);
        }
        input.desired = outcome->desired;
        const DesiredState &desired = input.desired;
        const QString host = desired.trunk.gateway == QLatin1String("auto") ? input.live.domain.inboundSipHost()
                                                                            : desired.trunk.gateway;
        const bool needsLookup = desired.manageTrunk && desired.trunk.inbound
            && desired.trunk.gatewayMode == DesiredTrunk::GatewayMode::Split && !desired.trunk.inboundGateways
            && GatewayAddress::isHostName(host);
        if (!needsLookup || !m_resolver)
            return planOffThread(input, outcome, done);
        emit statusChanged(tr("Looking up the addresses of %1…").arg(host));
        m_resolver->resolve(host, this,
                            [this, outcome, input, done](const QStringList &addresses, const QString &error) mutable {
                                input.resolvedHosts = addresses;
                                input.resolveError = error;
                                planOffThread(input, outcome, done);
                            });
    });
}

void Provisioner::planOffThread(const Planner::Input &input, const std::shared_ptr<PlanOutcome> &outcome,
                                std::function<void(const PlanOutcome &)> done)
{
    // Planning thousands of numbers takes a while: a worker thread does it, on copies (the
    // lists are shared, never changed), so the window keeps turning meanwhile.
    auto *watcher = new QFutureWatcher<Plan>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, outcome, done = std::move(done)] {
        outcome->plan = watcher->result();
        watcher->deleteLater();
        done(*outcome);
    });
    watcher->setFuture(QtConcurrent::run([input] { return Planner::plan(input); }));
}

void Provisioner::apply(const PlanOutcome &planned, const ProvisioningEngine::Options &options,
                        std::function<void(const ApplyResult &)> done)
{
    if (!planned.ok()) { // nothing valid to apply: no request, no journal
        ApplyResult refused;
        refused.config = planned.config;
        refused.error = planned.error;
        refused.failedStep = planned.inputErrors.isEmpty()
            ? planned.configError
            : FieldError::messages(planned.inputErrors).join(QStringLiteral("; "));
        if (planned.error)
            refused.failedStep = tr("reading the current state");
        QMetaObject::invokeMethod(
            this, [refused, done] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    // One run per domain, across processes; the plan is only good for the state it was made from.
    auto *lock = new DomainLock(m_store->directory(), planned.plan.domain, this);
    lock->acquire(m_lockWait, [this, lock, planned, options, done](bool held, const QString &busy) {
        auto release = [lock, done](const ApplyResult &result) {
            lock->release();
            lock->deleteLater();
            done(result);
        };
        ApplyResult refused;
        refused.config = planned.config;
        refused.localError = busy;
        refused.cancelled = !held && busy.isEmpty();
        if (held && changedSince(planned))
            refused.localError = tr("%1 was changed by another run after this plan was made; nothing was changed. "
                                    "Plan again.")
                                     .arg(planned.plan.domain);
        if (!held || !refused.localError.isEmpty())
            return release(refused);
        run(planned, options, release, Rounds {});
    });
}

QString Provisioner::pendingElsewhere(const PlanOutcome &outcome) const
{
    const DomainRecord *stored = outcome.config.findDomain(outcome.plan.domain);
    if (!stored || stored->pendingCreates.isEmpty())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PlanAction &a : outcome.plan.actions) {
        if (a.kind != PlanAction::Kind::Create || ResourceSteps::of(a.resource).keyIsUnique())
            continue;
        const PendingCreate *p
            = stored->findPending(PlanAction::resourceName(a.resource), ResourceSteps::pendingKey(a));
        const qint64 age = p ? p->at.msecsTo(now) : -1;
        if (age < 0 || age >= m_settleWindow.count())
            continue;
        const qint64 left = (m_settleWindow.count() - age + 999) / 1000;
        return tr("A run that stopped mid-way was creating this (%1) %2 s ago; waiting up to %3 s for it to show, "
                  "so it is not made twice…")
            .arg(a.summary)
            .arg(std::max<qint64>(age / 1000, 0))
            .arg(left);
    }
    return {};
}

bool Provisioner::changedSince(const PlanOutcome &planned) const
{
    const AppConfig now = m_store->load().config;
    const DomainRecord *then = planned.config.findDomain(planned.plan.domain);
    const DomainRecord *current = now.findDomain(planned.plan.domain);
    return (then ? then->toJson() : QJsonObject()) != (current ? current->toJson() : QJsonObject());
}

void Provisioner::settle(const PlanOutcome &planned, const ProvisioningEngine::Options &options,
                         std::function<void(const ApplyResult &)> done, const Rounds &rounds, const ApplyResult &last)
{
    const QString note
        = tr("Reading back what already exists to take it over: %1").arg(last.settling.join(QStringLiteral("; ")));
    emit statusChanged(note);
    emit noteAdded(note);
    planDesired(planned.plan.domain, planned.desired, Check::None,
                [this, options, done, rounds, last](const PlanOutcome &again) {
                    if (again.ok())
                        return run(again, options, done, rounds);
                    // What the earlier rounds made is recorded: the next run takes it from there.
                    ApplyResult stopped = last;
                    stopped.needsSettling = false;
                    stopped.writes = rounds.writes;
                    stopped.error = again.error;
                    stopped.cancelled = again.error && again.error->kind() == ApiError::Kind::Cancelled;
                    stopped.localError = again.configError;
                    stopped.failedStep = tr("reading back what already exists");
                    done(stopped);
                });
}

void Provisioner::run(const PlanOutcome &planned, const ProvisioningEngine::Options &options,
                      std::function<void(const ApplyResult &)> done, const Rounds &rounds)
{
    // Only a complete desired state becomes the intent that drift is measured against.
    const bool teardown = planned.desired.domain.isEmpty() || !planned.desired.isComplete();
    const QJsonObject intent = planned.desired.toJson();
    const QString domain = planned.plan.domain;
    auto *engine = new ProvisioningEngine(m_cloudonix, m_vapi, m_store, this);
    connect(engine, &ProvisioningEngine::stepStarted, this, &Provisioner::stepStarted);
    connect(engine, &ProvisioningEngine::stepFinished, this, &Provisioner::stepFinished);
    connect(engine, &ProvisioningEngine::progressChanged, this, &Provisioner::progressChanged);
    connect(engine, &ProvisioningEngine::rollbackDecisionNeeded, this, &Provisioner::rollbackDecisionNeeded);
    connect(engine, &ProvisioningEngine::rollbackStarted, this, &Provisioner::rollbackStarted);
    connect(engine, &ProvisioningEngine::finished, this,
            [this, engine, done, teardown, intent, domain, planned, options, rounds](const ApplyResult &last) {
                engine->deleteLater();
                Rounds next {rounds.round + 1, rounds.writes + last.writes, engine->runId(), engine->creations(),
                             rounds.settled + engine->settlingKeys()};
                if (last.needsSettling)
                    return settle(planned, options, done, next, last);
                ApplyResult result = last;
                result.writes = next.writes;
                if (!result.ok || teardown)
                    return done(result);
                // Remember what was applied: drift is measured against it.
                ApplyResult kept = result;
                DomainRecord &record = kept.config.domainOrNew(domain);
                if (record.intent != intent) {
                    record.intent = intent;
                    const QString error = m_store->update(
                        [&domain, &intent](AppConfig &config) { config.domainOrNew(domain).intent = intent; });
                    if (!error.isEmpty()) { // done remotely and recorded, but drift has no reference
                        kept.ok = false;
                        kept.localError = tr("The changes were made and recorded, but what was wanted could not be "
                                             "saved for later comparison: %1")
                                              .arg(error);
                    }
                }
                done(kept);
            });
    ProvisioningEngine::Options round = options;
    round.settleExisting = rounds.round < MaxSettleRounds;
    round.runId = rounds.runId;
    round.settledBefore = rounds.settled;
    engine->setEarlierCreations(rounds.created);
    engine->apply(planned.plan, planned.config, round);
}

void Provisioner::planTeardown(const QString &domain, bool restoreCloudonix,
                               std::function<void(const PlanOutcome &)> done)
{
    auto outcome = std::make_shared<PlanOutcome>();
    const ConfigStore::LoadResult loaded = m_store->load();
    outcome->config = loaded.config;
    const DomainRecord *record = loaded.config.findDomain(domain);
    if (m_store->isWriteBlocked())
        outcome->configError = loaded.message;
    else if (!record)
        outcome->inputErrors << FieldError {
            QStringLiteral("domain"),
            tr("%1 is not configured in Trunk Wizard, so there is nothing of it to remove.").arg(domain)};
    if (!outcome->ok()) {
        QMetaObject::invokeMethod(
            this, [outcome, done] { done(*outcome); }, Qt::QueuedConnection);
        return;
    }
    const DomainRecord stored = *record;
    emit statusChanged(tr("Reading %1 from Cloudonix and Vapi…").arg(domain));
    read(stored.domain, stored.applicationName,
         [outcome, stored, restoreCloudonix, done](const ApiResult<LiveState> &live) {
             if (!live.ok()) {
                 outcome->error = live.error();
                 return done(*outcome);
             }
             outcome->live = live.value();
             outcome->plan = Planner::teardown(stored, live.value(), restoreCloudonix);
             done(*outcome);
         });
}

void Provisioner::planDrift(const QString &domain, std::function<void(const PlanOutcome &)> done)
{
    const ConfigStore::LoadResult loaded = m_store->load();
    const DomainRecord *record = loaded.config.findDomain(domain);
    if (record && !record->intent.isEmpty()) {
        QList<FieldError> ignored; // the intent was validated when it was applied
        const DesiredState intent = DesiredState::fromJson(record->intent, &ignored);
        const QString application = intent.cloudonix.cxmlUrl.isEmpty() ? QString() : intent.cloudonix.applicationName;
        planBuilt(
            domain, application, [intent](const DomainRecord &, const LiveState &) { return intent; }, Check::None,
            std::move(done));
        return;
    }
    auto outcome = std::make_shared<PlanOutcome>();
    outcome->config = loaded.config;
    if (!record) {
        outcome->inputErrors << FieldError {
            QStringLiteral("domain"), tr("%1 is not configured in Trunk Wizard; run configure first.").arg(domain)};
        QMetaObject::invokeMethod(
            this, [outcome, done] { done(*outcome); }, Qt::QueuedConnection);
        return;
    }
    outcome->plan.domain = record->domain;
    outcome->plan.inboundSipHost = record->inboundSipHost;
    read(record->domain, record->applicationName, [outcome, done](const ApiResult<LiveState> &live) {
        if (live.ok())
            outcome->live = live.value();
        else
            outcome->error = live.error();
        done(*outcome);
    });
}

void Provisioner::decideRollback(bool rollBack)
{
    for (ProvisioningEngine *engine : findChildren<ProvisioningEngine *>(Qt::FindDirectChildrenOnly))
        engine->decideRollback(rollBack);
}

void Provisioner::cancel()
{
    for (DomainLock *lock : findChildren<DomainLock *>(Qt::FindDirectChildrenOnly))
        if (!lock->isHeld())
            lock->cancelWait();
    for (LiveStateReader *reader : findChildren<LiveStateReader *>(Qt::FindDirectChildrenOnly))
        reader->cancel();
    for (ProvisioningEngine *engine : findChildren<ProvisioningEngine *>(Qt::FindDirectChildrenOnly))
        engine->cancel();
    for (QTimer *wait : findChildren<QTimer *>(QStringLiteral("settle-wait"), Qt::FindDirectChildrenOnly)) {
        wait->setProperty("cancelled", true);
        wait->start(0);
    }
}

} // namespace tw
