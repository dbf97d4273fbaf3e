#include "provisioning/Provisioner.h"

#include "config/ConfigStore.h"
#include "domain/GatewayAddress.h"
#include "provisioning/HostResolver.h"
#include "provisioning/LiveStateReader.h"
#include "provisioning/Planner.h"

namespace tw {

Provisioner::Provisioner(CloudonixClient *cloudonix, VapiClient *vapi, HostResolver *resolver, ConfigStore *store,
                         QObject *parent)
    : QObject(parent)
    , m_cloudonix(cloudonix)
    , m_vapi(vapi)
    , m_resolver(resolver)
    , m_store(store)
    , m_reader(new LiveStateReader(cloudonix, vapi, this))
    , m_engine(new ProvisioningEngine(cloudonix, vapi, store, this))
{ }

void Provisioner::plan(const DesiredState &desiredIn, std::function<void(const PlanOutcome &)> done)
{
    auto outcome = std::make_shared<PlanOutcome>();
    DesiredState desired = desiredIn;
    outcome->inputErrors = desired.validate(m_defaultRegion);
    const ConfigStore::LoadResult loaded = m_store->load();
    outcome->config = loaded.config;
    if (m_store->isWriteBlocked())
        outcome->configError = loaded.message;
    if (!outcome->ok()) {
        QMetaObject::invokeMethod(
            this, [outcome, done] { done(*outcome); }, Qt::QueuedConnection);
        return;
    }
    emit statusChanged(tr("Reading %1 from Cloudonix and Vapi…").arg(desired.domain));
    const QString application = desired.cloudonix.cxmlUrl.isEmpty() ? QString() : desired.cloudonix.applicationName;
    m_reader->read(desired.domain, application, [this, outcome, desired, done](const ApiResult<LiveState> &live) {
        if (!live.ok()) {
            outcome->error = live.error();
            return done(*outcome);
        }
        outcome->live = live.value();
        Planner::Input input;
        input.desired = desired;
        input.live = live.value();
        if (const DomainRecord *stored = outcome->config.findDomain(desired.domain))
            input.stored = *stored;
        const QString host = desired.trunk.gateway == QLatin1String("auto") ? input.live.domain.inboundSipHost()
                                                                            : desired.trunk.gateway;
        const bool needsLookup = desired.trunk.inbound && desired.trunk.gatewayMode == DesiredTrunk::GatewayMode::Split
            && !desired.trunk.inboundGateways && GatewayAddress::isHostName(host);
        if (!needsLookup || !m_resolver) {
            outcome->plan = Planner::plan(input);
            return done(*outcome);
        }
        emit statusChanged(tr("Looking up the addresses of %1…").arg(host));
        m_resolver->resolve(host, this,
                            [outcome, input, done](const QStringList &addresses, const QString &error) mutable {
                                input.resolvedHosts = addresses;
                                input.resolveError = error;
                                outcome->plan = Planner::plan(input);
                                done(*outcome);
                            });
    });
}

void Provisioner::apply(const PlanOutcome &planned, const ProvisioningEngine::Options &options,
                        std::function<void(const ApplyResult &)> done)
{
    if (!planned.ok()) { // nothing valid to apply: no request, no journal
        ApplyResult refused;
        refused.config = planned.config;
        refused.error = planned.error;
        refused.failedStep
            = planned.inputErrors.isEmpty() ? planned.configError : planned.inputErrors.join(QStringLiteral("; "));
        if (planned.error)
            refused.failedStep = tr("reading the current state");
        QMetaObject::invokeMethod(
            this, [refused, done] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_engine, &ProvisioningEngine::finished, this, [connection, done](const ApplyResult &result) {
        disconnect(*connection);
        done(result);
    });
    m_engine->apply(planned.plan, planned.config, options);
}

void Provisioner::cancel()
{
    m_reader->cancel();
    m_engine->cancel();
}

} // namespace tw
