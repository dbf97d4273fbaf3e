#include "api/CloudonixDomain.h"

#include "api/JsonFields.h"

#include <QJsonArray>

namespace tw {

QString CloudonixDomain::autoAlias() const
{
    for (const CloudonixAlias &a : aliases)
        if (a.type == QLatin1String("auto") && !a.alias.isEmpty())
            return a.alias;
    return {};
}

CloudonixDomain::InboundHostSource CloudonixDomain::inboundHostSource() const
{
    if (!autoAlias().isEmpty())
        return InboundHostSource::AutoAlias;
    if (!uuid.isEmpty())
        return InboundHostSource::Uuid;
    return InboundHostSource::None;
}

QString CloudonixDomain::inboundSipHost() const
{
    switch (inboundHostSource()) {
    case InboundHostSource::AutoAlias:
        return autoAlias().toLower() + SipHostSuffix;
    case InboundHostSource::Uuid:
        return uuid.toLower() + SipHostSuffix;
    case InboundHostSource::None:
        break;
    }
    return {};
}

CloudonixDomain CloudonixDomain::fromJson(const QJsonObject &o)
{
    CloudonixDomain d;
    d.id = JsonFields::string(o, QLatin1String("id"));
    d.uuid = JsonFields::string(o, QLatin1String("uuid"));
    d.domain = JsonFields::string(o, QLatin1String("domain"));
    d.active = JsonFields::optionalBool(o, QLatin1String("active")).value_or(true);
    for (const QJsonValue &v : o.value(QLatin1String("aliases")).toArray())
        if (v.isObject())
            d.aliases << CloudonixAlias::fromJson(v.toObject());
    const QJsonObject profile = o.value(QLatin1String("profile")).toObject();
    d.profileKeys = profile.keys();
    d.border.allowedBorder = JsonFields::optionalBool(profile, QLatin1String("allowed-border"));
    d.border.redirectUnknownToBorder = JsonFields::optionalBool(profile, QLatin1String("redirect-unknown-to-border"));
    return d;
}

} // namespace tw
