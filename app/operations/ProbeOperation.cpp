#include "operations/ProbeOperation.h"

#include "api/VapiClient.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "sip/SipProbe.h"

namespace tw {

ProbeOperation::ProbeOperation(CoreContext *core, const AccountKeys &keys, const Request &request, QObject *parent)
    : Operation(core, parent)
    , m_keys(keys)
    , m_request(request)
{
    m_report.domain = request.domain;
}

void ProbeOperation::run()
{
    if (!m_request.targets.isEmpty()) {
        m_report.source = ProbeReport::Source::Given;
        return probe(m_request.targets);
    }
    const AppConfig config = core()->store()->load().config;
    const DomainRecord *found = config.findDomain(m_request.domain);
    if (!found) {
        m_report.inputError = tr("%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, "
                                 "or name the domain as it was set up.")
                                  .arg(m_request.domain);
        return done(m_report);
    }
    const DomainRecord record = *found; // a copy: `config` goes away with this function
    if (record.vapiCredentialId.isEmpty() || m_keys.vapiKey.isEmpty()) {
        if (record.inboundSipHost.isEmpty()) {
            m_report.inputError
                = tr("%1 has no trunk and no inbound SIP host recorded: verify the domain in the wizard first.")
                      .arg(m_request.domain);
            return done(m_report);
        }
        m_report.source = ProbeReport::Source::InboundHost;
        SipTarget host;
        host.host = record.inboundSipHost;
        return probe({host});
    }
    m_report.source = ProbeReport::Source::Trunk;
    m_report.trunkId = record.vapiCredentialId;
    emit progressChanged(0, 0, tr("Reading the trunk's gateways from Vapi…"));
    VapiClient *client = vapi(m_keys.vapiKey, m_keys.vapiRegion);
    track(client->getCredential(record.vapiCredentialId, this, [this](const ApiResult<VapiCredential> &r) {
        if (!r.ok()) {
            m_report.error = r.error();
            return done(m_report);
        }
        QList<SipTarget> targets;
        for (const VapiGateway &g : r.value().gateways) {
            SipTarget t;
            t.host = g.ip;
            t.port = quint16(g.effectivePort());
            // A protocol this tool does not know is tried over UDP, Vapi's default.
            t.transport = SipTarget::fromVapi(g.effectiveProtocol()).value_or(SipTarget::Transport::Udp);
            if (!targets.contains(t))
                targets << t;
        }
        probe(targets);
    }));
}

void ProbeOperation::probe(const QList<SipTarget> &targets)
{
    if (isCancelled()) {
        m_report.cancelled = true;
        return done(m_report);
    }
    SipProbe::Options options = core()->sipProbeOptions();
    if (m_request.timeout)
        options.timers.timerF = *m_request.timeout;
    m_probe = new SipProbe(core()->resolver(), options, this);
    int finished = 0;
    connect(m_probe, &SipProbe::resultReady, this, [this, finished](const SipProbeResult &r) mutable {
        emit progressChanged(++finished, 0, r.sentence());
        emit resultReady(r);
    });
    connect(m_probe, &SipProbe::finished, this, [this](const QList<SipProbeResult> &results) {
        m_report.results = results;
        m_report.cancelled = isCancelled();
        done(m_report);
    });
    const qint64 seconds = std::max<qint64>(1, (options.timers.timerF.count() + 999) / 1000);
    emit progressChanged(0, 0,
                         (targets.size() == 1 ? tr("Asking the gateway over SIP")
                                              : tr("Asking %1 gateways over SIP").arg(targets.size()))
                             + tr(" (one that stays silent is given up after %1 s)…").arg(seconds));
    m_probe->start(targets);
}

void ProbeOperation::stop()
{
    if (m_probe)
        m_probe->cancel();
}

void ProbeOperation::done(ProbeReport report)
{
    if (m_request.record && !report.results.isEmpty() && !report.cancelled && !m_request.domain.isEmpty())
        core()->store()->recordProbe(m_request.domain, report.toJson()); // best effort: the probe itself is done
    emit finished(report);
    complete();
}

} // namespace tw
