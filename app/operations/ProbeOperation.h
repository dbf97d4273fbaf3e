#pragma once

#include "operations/Operation.h"
#include "operations/ProbeReport.h"

namespace tw {

class SipProbe;

// Checks that a domain's gateways answer SIP: OPTIONS to each gateway of its Vapi trunk (read
// live, for the transport and port Vapi uses), or, before any trunk exists, to the domain's
// inbound SIP host; or to gateways the caller names (the wizard, before Apply). Each address
// found reports as it finishes (resultReady); the whole is kept in the domain's history.
class ProbeOperation : public Operation
{
    Q_OBJECT

public:
    struct Request
    {
        QString domain;
        QList<SipTarget> targets; // empty: the trunk's gateways, else the inbound SIP host
        std::optional<std::chrono::milliseconds> timeout; // Timer F; empty: 64·T1
        bool record = true; // keep it in the domain's probe history
    };

    ProbeOperation(CoreContext *core, const AccountKeys &keys, const Request &request, QObject *parent = nullptr);

signals:
    void resultReady(const tw::SipProbeResult &result);
    void finished(const tw::ProbeReport &report);

protected:
    void run() override;
    void stop() override;

private:
    void probe(const QList<SipTarget> &targets);
    void done(ProbeReport report);

    AccountKeys m_keys;
    Request m_request;
    ProbeReport m_report;
    SipProbe *m_probe = nullptr;
};

} // namespace tw
