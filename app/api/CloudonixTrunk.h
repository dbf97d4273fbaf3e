#pragma once

#include "api/JsonReader.h"
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tw {

// A Cloudonix voice trunk of a domain (api-contract A.9). Trunk Wizard manages outbound ones:
// the guide's last step routes Vapi's outbound calls from Cloudonix to a carrier through one.
struct CloudonixTrunk
{
    QString id;
    QString name;
    QString ip; // the peer's host name or IPv4 address
    int port = 5060;
    QString transport = QStringLiteral("udp"); // udp | tcp | tls
    QString prefix; // technical prefix
    QString direction = QStringLiteral("outbound"); // inbound | outbound | public-inbound | public-outbound
    std::optional<int> metric; // outbound priority, lower first
    bool active = true;

    bool isOutbound() const { return direction.endsWith(QLatin1String("outbound")); }
    // The same peer, port, transport, prefix and metric (the name identifies it).
    bool sameSettings(const CloudonixTrunk &other) const;
    QString describe() const; // "sip.telnyx.com:5060/udp, prefix 00, metric 10"

    static CloudonixTrunk fromJson(const JsonReader &r);
    QJsonObject toCreateJson() const;
    QJsonObject toUpdateJson() const; // the name cannot change
};

} // namespace tw
