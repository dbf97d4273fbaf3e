#pragma once

#include "operations/Operation.h"
#include "provisioning/ApplyResult.h"
#include "provisioning/PlanOutcome.h"
#include "provisioning/ProvisioningEngine.h"

namespace tw {

class Provisioner;

// Carries out a plan made by PlanOperation: ordered steps, a journal entry and a config save
// after each, rollback on failure. Cancel lets requests in flight finish, then rolls back.
class ApplyOperation : public Operation
{
    Q_OBJECT

public:
    ApplyOperation(CoreContext *core, const AccountKeys &keys, const PlanOutcome &planned,
                   const ProvisioningEngine::Options &options = {}, QObject *parent = nullptr);

    void setOptions(const ProvisioningEngine::Options &options) { m_options = options; }
    // With Options::askBeforeRollback, after rollbackDecisionNeeded: take back, or keep.
    void decideRollback(bool rollBack);

signals:
    void stepStarted(const tw::StepReport &report);
    void stepFinished(const tw::StepReport &report); // report.error set on failure
    void rollbackStarted(int items);
    void rollbackDecisionNeeded(int items);
    void finished(const tw::ApplyResult &result);

protected:
    void run() override;
    void stop() override;

private:
    AccountKeys m_keys;
    PlanOutcome m_planned;
    ProvisioningEngine::Options m_options;
    Provisioner *m_provisioner = nullptr;
};

} // namespace tw
