#pragma once

#include <QCoreApplication>

#include "sip/SipTarget.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>

namespace tw {

// What one OPTIONS to one address of a gateway found: a SIP answer (code, round trip) or why
// none came, with one sentence for the admin that says what it usually means.
struct SipProbeResult
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(tw::SipProbeResult)

public:
    enum class Outcome {
        Answered, // a final SIP response came back
        NoAnswer, // Timer F ran out
        Refused, // nothing listens there (ICMP port unreachable, TCP reset)
        Unreachable, // no route, network down
        NotResolved, // the host name has no address
        TlsFailed, // the TLS handshake or certificate check failed
        BadAnswer, // something answered that is not SIP
        Unusable, // the gateway's name cannot be written into a SIP request
        Cancelled,
    };
    Q_ENUM(Outcome)

    SipTarget target;
    QString address; // the IPv4 address tried; empty when the name did not resolve
    Outcome outcome = Outcome::NoAnswer;
    int statusCode = 0;
    QString reason; // the response's reason phrase
    qint64 roundTripMs = -1; // from the first send to the answer
    int sends = 0; // the request and its retransmissions
    QString server; // the answer's Server (or User-Agent) header
    QString detail; // the socket's or TLS layer's own words, for support
    QDateTime at; // when the probe finished (UTC)

    // The gateway speaks SIP and is not failing: any answer below 500.
    bool passed() const { return outcome == Outcome::Answered && statusCode < 500; }
    QString sentence() const;
    QString statusText() const; // "200 OK", "no answer", "refused"…

    QJsonObject toJson() const;
    static SipProbeResult fromJson(const QJsonObject &json);
};

} // namespace tw

Q_DECLARE_METATYPE(tw::SipProbeResult)
