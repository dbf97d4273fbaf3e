#include "operations/ApplyOperation.h"

#include "core/CoreContext.h"
#include "provisioning/Provisioner.h"

namespace tw {

ApplyOperation::ApplyOperation(CoreContext *core, const AccountKeys &keys, const PlanOutcome &planned,
                               const ProvisioningEngine::Options &options, QObject *parent)
    : Operation(core, parent)
    , m_keys(keys)
    , m_planned(planned)
    , m_options(options)
{ }

void ApplyOperation::run()
{
    if (isCancelled()) { // before the first request: nothing to undo
        ApplyResult result;
        result.cancelled = true;
        result.config = m_planned.config;
        emit finished(result);
        return complete();
    }
    m_provisioner = new Provisioner(cloudonix(m_keys.cloudonixKey), vapi(m_keys.vapiKey, m_keys.vapiRegion),
                                    core()->resolver(), core()->store(), this);
    m_provisioner->setSettleWindow(core()->settleWindow());
    connect(m_provisioner, &Provisioner::stepStarted, this, &ApplyOperation::stepStarted);
    connect(m_provisioner, &Provisioner::stepFinished, this, &ApplyOperation::stepFinished);
    connect(m_provisioner, &Provisioner::noteAdded, this, &Operation::noteAdded);
    connect(m_provisioner, &Provisioner::rollbackStarted, this, &ApplyOperation::rollbackStarted);
    connect(m_provisioner, &Provisioner::rollbackDecisionNeeded, this, &ApplyOperation::rollbackDecisionNeeded);
    connect(m_provisioner, &Provisioner::progressChanged, this, [this](int done, int total, int etaMs) {
        emit progressChanged(done, total, etaMs > 1500 ? tr("About %1 s left").arg((etaMs + 999) / 1000) : QString());
    });
    m_provisioner->apply(m_planned, m_options, [this](const ApplyResult &result) {
        emit finished(result);
        complete();
    });
}

void ApplyOperation::decideRollback(bool rollBack)
{
    if (m_provisioner)
        m_provisioner->decideRollback(rollBack);
}

void ApplyOperation::stop()
{
    if (m_provisioner)
        m_provisioner->cancel();
}

} // namespace tw
