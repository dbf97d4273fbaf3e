#include "diagnostics/Troubleshooter.h"

#include "api/CloudonixDnid.h"
#include "config/DomainRecord.h"
#include "operations/ProbeReport.h"
#include "provisioning/LiveState.h"

#include <QHostAddress>

namespace tw {

namespace {
bool isIpv4(const QString &host)
{
    QHostAddress a;
    return a.setAddress(host) && a.protocol() == QAbstractSocket::IPv4Protocol;
}

DoctorFinding finding(DoctorFinding::Code code, const QString &subject, const QString &text,
                      DoctorFinding::Severity severity = DoctorFinding::Severity::Error)
{
    DoctorFinding f;
    f.code = code;
    f.severity = severity;
    f.subject = subject;
    f.text = text;
    return f;
}

const VapiPhoneNumber *liveNumber(const LiveState &live, const NumberRecord &n)
{
    for (const VapiPhoneNumber &p : live.numbers)
        if ((!n.vapiId.isEmpty() && p.id == n.vapiId) || (n.vapiId.isEmpty() && p.number == n.number))
            return &p;
    return nullptr;
}

const CloudonixDnid *dnidFor(const QList<CloudonixDnid> &dnids, const QString &e164)
{
    for (const CloudonixDnid &d : dnids) {
        QString source = d.source;
        if (!source.startsWith(QLatin1Char('+')))
            source.prepend(QLatin1Char('+'));
        if (!d.prefix && !d.expression && source == e164)
            return &d;
    }
    return nullptr;
}
} // namespace

QList<DoctorFinding> Troubleshooter::examine(const Input &in)
{
    using Code = DoctorFinding::Code;
    QList<DoctorFinding> found;
    const DomainRecord &record = *in.record;
    const LiveState &live = *in.live;
    const QString domain = record.domain;
    const QString host = record.inboundSipHost.isEmpty() ? live.domain.inboundSipHost() : record.inboundSipHost;

    const VapiCredential *trunk = record.vapiCredentialId.isEmpty() ? nullptr : live.trunkById(record.vapiCredentialId);
    if (!trunk) {
        found << finding(Code::NoTrunk, domain,
                         record.vapiCredentialId.isEmpty()
                             ? tr("No Vapi SIP trunk is set up for %1: run the wizard (or trunkwizard-cli apply) to "
                                  "create it.")
                                   .arg(domain)
                             : tr("The Vapi trunk recorded for %1 (%2) is gone from Vapi: run the wizard (or "
                                  "trunkwizard-cli apply) to create it again.")
                                   .arg(domain, record.vapiCredentialId));
    } else {
        bool numericInbound = false;
        bool outbound = false;
        for (const VapiGateway &g : trunk->gateways) {
            outbound = outbound || g.outbound();
            if (!g.inbound())
                continue;
            if (isIpv4(g.ip))
                numericInbound = true;
            else
                found << finding(Code::HostNameInbound, g.ip,
                                 tr("Gateway %1 is a host name with \"Allow inbound calls\" on, and Vapi accepts "
                                    "inbound calls only from IP addresses: turn inbound off on it and add its IPv4 "
                                    "addresses as inbound gateways (the wizard's SIP trunk page does both).")
                                     .arg(g.ip));
        }
        if (!numericInbound)
            found << finding(Code::NoInboundGateway, trunk->name,
                             tr("The trunk has no inbound gateway with an IP address, so Vapi refuses the calls "
                                "Cloudonix sends it: add the addresses of %1 as gateways with \"Allow inbound calls\" "
                                "on (the wizard looks them up for you).")
                                 .arg(host.isEmpty() ? tr("the domain's inbound SIP host") : host));
        if (!outbound)
            found << finding(Code::NoOutboundGateway, trunk->name,
                             tr("No gateway of the trunk has \"Allow outbound calls\" on, so Vapi cannot place calls "
                                "through it: turn it on for %1.")
                                 .arg(host.isEmpty() ? tr("the domain's inbound SIP host") : host));
        bool plusNumbers = false;
        for (const NumberRecord &n : record.numbers)
            plusNumbers = plusNumbers || (n.mode == QLatin1String("trunk") && n.number.startsWith(QLatin1Char('+')));
        if (plusNumbers && !trunk->leadingPlus())
            found << finding(
                Code::LeadingPlusOff, trunk->name,
                tr("The numbers are stored with a leading + but \"Enable leading plus for outbound "
                   "calls\" is off, so Vapi sends them to Cloudonix without it: turn it on in the trunk."));
    }

    for (const NumberRecord &n : record.numbers) {
        const VapiPhoneNumber *p = liveNumber(live, n);
        if (!p) {
            found << finding(Code::NumberNotOnTrunk, n.number,
                             tr("%1 is no longer at Vapi: add it again (the wizard's Numbers page, or "
                                "trunkwizard-cli addnumber).")
                                 .arg(n.number));
            continue;
        }
        if (trunk && p->isByo() && p->credentialId != trunk->id)
            found << finding(Code::NumberNotOnTrunk, n.number,
                             tr("%1 is on another Vapi trunk, so its calls do not use %2: apply again to move it, or "
                                "remove it from the other trunk.")
                                 .arg(n.number, trunk->name));
        if (p->assistantId.isEmpty())
            found << finding(Code::NumberWithoutAssistant, n.number,
                             tr("%1 has no assistant, so nobody answers its calls: attach one (the dashboard, or "
                                "trunkwizard-cli addnumber --assistant).")
                                 .arg(n.number));
        else if (!live.assistants.isEmpty() && !live.assistantById(p->assistantId))
            found << finding(Code::NumberWithoutAssistant, n.number,
                             tr("The assistant attached to %1 no longer exists at Vapi, so nobody answers its calls: "
                                "attach another.")
                                 .arg(n.number));
    }

    if (!live.domain.domain.isEmpty()) {
        if (!live.domain.border.effectiveAllowedBorder())
            found << finding(Code::BorderToBorderOff, domain,
                             tr("\"Allow border-to-border calls\" is off on %1, so Cloudonix refuses calls between "
                                "Vapi and your carriers: turn it on (the wizard's Cloudonix page, or apply).")
                                 .arg(domain));
        if (!live.domain.border.effectiveRedirectUnknown())
            found << finding(Code::RedirectUnknownOff, domain,
                             tr("\"Redirect unknown destination to border\" is off on %1, so Vapi's calls to numbers "
                                "outside the domain are not passed on to a carrier: turn it on.")
                                 .arg(domain));
    }
    const bool carrier = std::any_of(live.cloudonixTrunks.cbegin(), live.cloudonixTrunks.cend(),
                                     [](const CloudonixTrunk &t) { return t.isOutbound(); });
    if (!carrier)
        found << finding(Code::NoCarrierTrunk, domain,
                         tr("%1 has no outbound trunk to a carrier, so Vapi's outbound calls have nowhere to go after "
                            "Cloudonix: add one (the wizard's carrier step, or Cloudonix's console).")
                             .arg(domain),
                         DoctorFinding::Severity::Warning);

    if (in.dnids) {
        for (const NumberRecord &n : record.numbers) {
            if (n.mode != QLatin1String("trunk"))
                continue;
            const CloudonixDnid *d = dnidFor(*in.dnids, n.number);
            if (!d)
                found << finding(Code::NoDnid, n.number,
                                 tr("Calls to %1 are not routed to Vapi: Cloudonix has no DNID for it. Apply again "
                                    "with a CXML URL (the wizard's Routing page).")
                                     .arg(n.number));
            else if (d->applicationName.isEmpty() && d->applicationId.isEmpty())
                found << finding(Code::NoApplication, n.number,
                                 tr("The DNID of %1 has no CXML application, so Cloudonix does not know where its "
                                    "calls go: bind it to the application that dials Vapi (the wizard's Routing page).")
                                     .arg(n.number));
        }
    }

    if (in.probe)
        for (const SipProbeResult &r : in.probe->results)
            if (!r.passed() && r.outcome != SipProbeResult::Outcome::Cancelled)
                found << finding(Code::ProbeFailed, r.target.host, r.sentence());
    return found;
}

} // namespace tw
