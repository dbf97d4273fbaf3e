#pragma once

#include "api/CloudonixDnid.h"
#include "operations/DoctorReport.h"
#include "operations/Operation.h"
#include "provisioning/PlanOutcome.h"

#include <optional>

namespace tw {

class PlanOperation;
class ProbeOperation;

// The troubleshooter for one configured domain: reads what Cloudonix and Vapi hold (the drift
// read the status view uses, plus every DNID of the domain) while probing the trunk's gateways
// over SIP, then lets Troubleshooter name each misconfiguration with its fix.
class DoctorOperation : public Operation
{
    Q_OBJECT

public:
    DoctorOperation(CoreContext *core, const AccountKeys &keys, const QString &domain, QObject *parent = nullptr);
    void setProbeTimeout(std::chrono::milliseconds timeout) { m_probeTimeout = timeout; }

signals:
    void finished(const tw::DoctorReport &report);

protected:
    void run() override;
    void stop() override;

private:
    void examineWhenReady();

    AccountKeys m_keys;
    DoctorReport m_report;
    std::optional<std::chrono::milliseconds> m_probeTimeout;
    PlanOperation *m_read = nullptr;
    ProbeOperation *m_probe = nullptr;
    std::optional<PlanOutcome> m_outcome;
    std::optional<QList<CloudonixDnid>> m_dnids;
    bool m_driftReadsDnids = false; // the drift read lists them (it reads the application)
    bool m_probed = false;
};

} // namespace tw
