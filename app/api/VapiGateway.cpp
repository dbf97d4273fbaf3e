#include "api/VapiGateway.h"

#include "api/JsonFields.h"
#include "api/JsonReader.h"

namespace tw {

namespace {
const QLatin1String kIp("ip");
const QLatin1String kPort("port");
const QLatin1String kNetmask("netmask");
const QLatin1String kInbound("inboundEnabled");
const QLatin1String kOutbound("outboundEnabled");
const QLatin1String kProtocol("outboundProtocol");
const QLatin1String kPing("optionsPingEnabled");
} // namespace

bool VapiGateway::sameEffect(const VapiGateway &other) const
{
    return ip.compare(other.ip, Qt::CaseInsensitive) == 0 && effectivePort() == other.effectivePort()
        && effectiveNetmask() == other.effectiveNetmask() && inbound() == other.inbound()
        && outbound() == other.outbound() && effectiveProtocol() == other.effectiveProtocol()
        && optionsPing() == other.optionsPing();
}

VapiGateway VapiGateway::fromJson(const JsonReader &r)
{
    VapiGateway g;
    g.ip = r.text(kIp);
    g.port = r.integer(kPort);
    g.netmask = r.integer(kNetmask);
    g.inboundEnabled = r.flag(kInbound);
    g.outboundEnabled = r.flag(kOutbound);
    if (r.has(kProtocol))
        g.outboundProtocol = r.text(kProtocol);
    g.optionsPingEnabled = r.flag(kPing);
    const QJsonObject &o = r.raw();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key != kIp && key != kPort && key != kNetmask && key != kInbound && key != kOutbound && key != kProtocol
            && key != kPing)
            g.unknownFields.insert(key, it.value());
    }
    return g;
}

QJsonObject VapiGateway::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(kIp, ip);
    JsonFields::putIfSet(o, kPort, port);
    JsonFields::putIfSet(o, kNetmask, netmask);
    JsonFields::putIfSet(o, kInbound, inboundEnabled);
    JsonFields::putIfSet(o, kOutbound, outboundEnabled);
    if (outboundProtocol)
        o.insert(kProtocol, *outboundProtocol);
    JsonFields::putIfSet(o, kPing, optionsPingEnabled);
    return o;
}

} // namespace tw
