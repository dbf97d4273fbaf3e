#include "api/VapiGateway.h"

#include "api/JsonFields.h"

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

VapiGateway VapiGateway::fromJson(const QJsonObject &o)
{
    VapiGateway g;
    g.ip = JsonFields::string(o, kIp);
    g.port = JsonFields::optionalInt(o, kPort);
    g.netmask = JsonFields::optionalInt(o, kNetmask);
    g.inboundEnabled = JsonFields::optionalBool(o, kInbound);
    g.outboundEnabled = JsonFields::optionalBool(o, kOutbound);
    if (o.value(kProtocol).isString())
        g.outboundProtocol = o.value(kProtocol).toString();
    g.optionsPingEnabled = JsonFields::optionalBool(o, kPing);
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
