#pragma once

#include "operations/DomainStatus.h"
#include "operations/Operation.h"
#include "provisioning/LiveState.h"

#include <memory>

namespace tw {

class PlanOperation;

// The live status of one configured domain: a drift plan, turned into a DomainStatus.
class DomainStatusOperation : public Operation
{
    Q_OBJECT

public:
    DomainStatusOperation(CoreContext *core, const AccountKeys &keys, const QString &domain, QObject *parent = nullptr);

    // Vapi's lists from a read of the account shared by every domain of a refresh.
    void setVapiSnapshot(std::shared_ptr<const LiveState> vapi) { m_vapiSnapshot = std::move(vapi); }

signals:
    void finished(const tw::DomainStatus &status);

protected:
    void run() override;
    void stop() override;

private:
    AccountKeys m_keys;
    QString m_domain;
    PlanOperation *m_drift = nullptr;
    std::shared_ptr<const LiveState> m_vapiSnapshot;
};

} // namespace tw
