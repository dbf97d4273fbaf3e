#pragma once

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

    QString name;
    QString gateway = QStringLiteral("auto"); // "auto" = the domain's inbound SIP host
    bool inbound = true;
    bool outbound = true;
    bool optionsPing = true;
    bool leadingPlus = true;
    GatewayMode gatewayMode = GatewayMode::Split;
    // Inbound IPv4 gateways ("203.0.113.10" or "203.0.113.0/24"). Absent: resolve the host.
    std::optional<QStringList> inboundGateways;

    static DesiredTrunk fromJson(const QJsonObject &o, QList<FieldError> *errors); // "trunk.*"
    QJsonObject toJson() const;
};

} // namespace tw
