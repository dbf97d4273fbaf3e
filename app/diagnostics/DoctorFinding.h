#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tw {

// One misconfiguration the troubleshooter found: a stable code (for scripts and tests), what
// it is about (a gateway, a number, the domain), and one sentence that says it and its fix.
struct DoctorFinding
{
    Q_GADGET

public:
    enum class Code {
        NoTrunk, // no Vapi trunk recorded, or the recorded one is gone
        NoInboundGateway, // no numeric gateway lets Cloudonix's calls in
        HostNameInbound, // a host-name gateway with "Allow inbound calls" on
        NoOutboundGateway, // no gateway lets Vapi's calls out
        NumberNotOnTrunk, // a number of the domain missing at Vapi or on another trunk
        NumberWithoutAssistant, // nobody answers calls to it
        LeadingPlusOff, // numbers stored with + but Vapi sends them without
        BorderToBorderOff,
        RedirectUnknownOff,
        NoCarrierTrunk, // outbound calls have nowhere to go after Cloudonix
        NoDnid, // inbound calls to a number are not routed to Vapi
        NoApplication, // the DNIDs' CXML application is missing
        ProbeFailed, // a gateway does not answer SIP
    };
    Q_ENUM(Code)
    enum class Severity { Error, Warning };
    Q_ENUM(Severity)

    Code code = Code::NoTrunk;
    Severity severity = Severity::Error;
    QString subject; // the gateway, the number, or the domain
    QString text; // "What is wrong: what to do."

    QString codeName() const; // "no-inbound-gateway"
    QJsonObject toJson() const;
};

} // namespace tw

Q_DECLARE_METATYPE(tw::DoctorFinding)
