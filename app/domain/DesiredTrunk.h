#pragma once

#include "api/VapiCredential.h"
#include "domain/FieldError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw {

// What the admin wants the Vapi SIP trunk (byo-sip-trunk credential) to look like. The three
// toggles and leading plus are the Vapi dashboard's: "Allow inbound calls", "Allow outbound
// calls", "Enable options ping", "Enable leading plus for outbound calls".
struct DesiredTrunk
{
    enum class GatewayMode {
        Split, // an outbound-only host-name gateway plus inbound-only IPv4 gateways (current Vapi)
        Single, // the seed guide's one host-name gateway with all toggles (older Vapi accounts)
    };

    QString id; // a trunk chosen by its Vapi id (when several could be the domain's); empty: found
    QString name; // empty: the found trunk's own name, or "Cloudonix <domain>" for a new one
    QString gateway = QStringLiteral("auto"); // "auto" = the domain's inbound SIP host
    bool inbound = true;
    bool outbound = true;
    bool optionsPing = true;
    bool leadingPlus = true;
    GatewayMode gatewayMode = GatewayMode::Split;
    // The gateway's SIP port and the transport Vapi uses towards it; absent: Vapi's (5060, udp)
    // or what the gateway already has.
    std::optional<int> port;
    std::optional<QString> transport; // udp | tcp | tls | tls/srtp
    // Inbound IPv4 gateways ("203.0.113.10" or "203.0.113.0/24"). Absent: resolve the host.
    std::optional<QStringList> inboundGateways;

    static DesiredTrunk fromJson(const QJsonObject &o, QList<FieldError> *errors); // "trunk.*"
    // What a trunk made elsewhere (the Vapi dashboard, cx-vcc, curl) already is, as a desired
    // trunk that plans no change to it; `host` is the domain's inbound SIP host.
    static DesiredTrunk fromLive(const VapiCredential &live, const QString &host);
    QJsonObject toJson() const;
};

} // namespace tw
