#pragma once

#include "operations/DomainStatus.h"
#include "operations/Operation.h"

namespace tw {

class PlanOperation;

// The live status of one configured domain: a drift plan, turned into a DomainStatus.
class DomainStatusOperation : public Operation
{
    Q_OBJECT

public:
    DomainStatusOperation(CoreContext *core, const AccountKeys &keys, const QString &domain, QObject *parent = nullptr);

signals:
    void finished(const tw::DomainStatus &status);

protected:
    void run() override;
    void stop() override;

private:
    AccountKeys m_keys;
    QString m_domain;
    PlanOperation *m_drift = nullptr;
};

} // namespace tw
