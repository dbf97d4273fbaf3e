#include "api/VapiCredential.h"

#include "api/JsonFields.h"

#include <QJsonArray>

namespace tw {

VapiCredential VapiCredential::fromJson(const QJsonObject &o)
{
    VapiCredential c;
    c.id = JsonFields::string(o, QLatin1String("id"));
    c.orgId = JsonFields::string(o, QLatin1String("orgId"));
    c.provider = JsonFields::string(o, QLatin1String("provider"));
    c.name = JsonFields::string(o, QLatin1String("name"));
    for (const QJsonValue &v : o.value(QLatin1String("gateways")).toArray())
        if (v.isObject())
            c.gateways << VapiGateway::fromJson(v.toObject());
    c.outboundLeadingPlusEnabled = JsonFields::optionalBool(o, QLatin1String("outboundLeadingPlusEnabled"));
    c.techPrefix = JsonFields::string(o, QLatin1String("techPrefix"));
    c.sipDiversionHeader = JsonFields::string(o, QLatin1String("sipDiversionHeader"));
    const QJsonValue auth = o.value(QLatin1String("outboundAuthenticationPlan"));
    c.hasOutboundAuthentication = auth.isObject();
    c.outboundAuthUsername = JsonFields::string(auth.toObject(), QLatin1String("authUsername"));
    c.createdAt = QDateTime::fromString(JsonFields::string(o, QLatin1String("createdAt")), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(JsonFields::string(o, QLatin1String("updatedAt")), Qt::ISODateWithMs);
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
