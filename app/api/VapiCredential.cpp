#include "api/VapiCredential.h"

#include "api/JsonFields.h"
#include "api/JsonReader.h"

#include <QJsonArray>

namespace tw {

VapiCredential VapiCredential::fromJson(const JsonReader &r)
{
    VapiCredential c;
    c.id = r.id(QLatin1String("id"));
    c.orgId = r.id(QLatin1String("orgId"));
    c.provider = r.text(QLatin1String("provider"));
    c.name = r.text(QLatin1String("name"));
    for (const JsonReader &gateway : r.objects(QLatin1String("gateways")))
        c.gateways << VapiGateway::fromJson(gateway);
    c.outboundLeadingPlusEnabled = r.flag(QLatin1String("outboundLeadingPlusEnabled"));
    c.techPrefix = r.text(QLatin1String("techPrefix"));
    c.sipDiversionHeader = r.text(QLatin1String("sipDiversionHeader"));
    const JsonReader auth = r.object(QLatin1String("outboundAuthenticationPlan"));
    c.hasOutboundAuthentication = r.raw().value(QLatin1String("outboundAuthenticationPlan")).isObject();
    c.outboundAuthUsername = auth.text(QLatin1String("authUsername"));
    c.createdAt = r.time(QLatin1String("createdAt"));
    c.updatedAt = r.time(QLatin1String("updatedAt"));
    return c;
}

QJsonObject VapiCredential::toWriteJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("provider"), SipTrunkProvider);
    JsonFields::putIfNotEmpty(o, QLatin1String("name"), name);
    QJsonArray list;
    for (const VapiGateway &g : gateways)
        list.append(g.toJson());
    o.insert(QLatin1String("gateways"), list);
    JsonFields::putIfSet(o, QLatin1String("outboundLeadingPlusEnabled"), outboundLeadingPlusEnabled);
    JsonFields::putIfNotEmpty(o, QLatin1String("techPrefix"), techPrefix);
    JsonFields::putIfNotEmpty(o, QLatin1String("sipDiversionHeader"), sipDiversionHeader);
    return o;
}

} // namespace tw
