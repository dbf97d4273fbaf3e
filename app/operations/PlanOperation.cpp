#include "operations/PlanOperation.h"

#include "core/CoreContext.h"
#include "provisioning/Provisioner.h"

namespace tw {

PlanOperation::PlanOperation(CoreContext *core, Kind kind, const AccountKeys &keys, QObject *parent)
    : Operation(core, parent)
    , m_kind(kind)
    , m_keys(keys)
    , m_numberRegion(core->settings().defaultNumberRegion)
{ }

PlanOperation *PlanOperation::forState(CoreContext *core, const AccountKeys &keys, const DesiredState &desired,
                                       QObject *parent)
{
    auto *op = new PlanOperation(core, Kind::State, keys, parent);
    op->m_desired = desired;
    op->m_domain = desired.domain;
    return op;
}

PlanOperation *
PlanOperation::forCommand(CoreContext *core, const AccountKeys &keys, const QString &domain,
                          const std::function<DesiredState(const DomainRecord &, const LiveState &)> &build,
                          QObject *parent)
{
    auto *op = new PlanOperation(core, Kind::Command, keys, parent);
    op->m_domain = domain;
    op->m_build = build;
    return op;
}

PlanOperation *PlanOperation::forTeardown(CoreContext *core, const AccountKeys &keys, const QString &domain,
                                          bool restoreCloudonix, QObject *parent)
{
    auto *op = new PlanOperation(core, Kind::Teardown, keys, parent);
    op->m_domain = domain;
    op->m_restoreCloudonix = restoreCloudonix;
    return op;
}

PlanOperation *PlanOperation::forDrift(CoreContext *core, const AccountKeys &keys, const QString &domain,
                                       QObject *parent)
{
    auto *op = new PlanOperation(core, Kind::Drift, keys, parent);
    op->m_domain = domain;
    return op;
}

void PlanOperation::run()
{
    m_provisioner = new Provisioner(cloudonix(m_keys.cloudonixKey), vapi(m_keys.vapiKey, m_keys.vapiRegion),
                                    core()->resolver(), core()->store(), this);
    m_provisioner->setSettleWindow(core()->settleWindow());
    m_provisioner->setDefaultNumberRegion(m_numberRegion);
    m_provisioner->setVapiSnapshot(m_vapiSnapshot);
    connect(m_provisioner, &Provisioner::noteAdded, this, &Operation::noteAdded);
    connect(m_provisioner, &Provisioner::statusChanged, this,
            [this](const QString &text) { emit progressChanged(0, 1, text); });
    auto done = [this](const PlanOutcome &outcome) {
        emit progressChanged(1, 1, QString());
        PlanOutcome kept = outcome;
        if (m_only)
            kept.plan = outcome.plan.onlyFor(m_only->first, m_only->second);
        emit finished(kept);
        complete();
    };
    switch (m_kind) {
    case Kind::State:
        m_provisioner->plan(m_desired, done);
        break;
    case Kind::Command:
        m_provisioner->planCommand(m_domain, m_build, done);
        break;
    case Kind::Teardown:
        m_provisioner->planTeardown(m_domain, m_restoreCloudonix, done);
        break;
    case Kind::Drift:
        m_provisioner->planDrift(m_domain, done);
        break;
    }
}

void PlanOperation::stop()
{
    if (m_provisioner)
        m_provisioner->cancel();
}

} // namespace tw
