#pragma once

#include "api/JsonReader.h"
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tw {

// One gateway of a byo-sip-trunk credential. Optional fields stay unset when Vapi did not
// echo them (it does not fill defaults), and fields this version does not know are kept in
// `unknownFields` so that writing the full list back never drops what the dashboard set.
struct VapiGateway
{
    QString ip; // IPv4 address or host name ("IP Address / Domain")
    std::optional<int> port;
    std::optional<int> netmask;
    std::optional<bool> inboundEnabled; // "Allow inbound calls"; Vapi default true
    std::optional<bool> outboundEnabled; // "Allow outbound calls"; Vapi default true
    std::optional<QString> outboundProtocol; // udp | tcp | tls | tls/srtp
    std::optional<bool> optionsPingEnabled; // "Enable options ping"; Vapi default false
    QJsonObject unknownFields;

    bool inbound() const { return inboundEnabled.value_or(true); }
    bool outbound() const { return outboundEnabled.value_or(true); }
    bool optionsPing() const { return optionsPingEnabled.value_or(false); }
    int effectivePort() const { return port.value_or(5060); }
    int effectiveNetmask() const { return netmask.value_or(32); }
    QString effectiveProtocol() const { return outboundProtocol.value_or(QStringLiteral("udp")); }

    // Same address and same effective settings (ignores how defaults were spelled).
    bool sameEffect(const VapiGateway &other) const;

    static VapiGateway fromJson(const JsonReader &r);
    QJsonObject toJson() const;
};

} // namespace tw
