#include "api/CloudonixDomain.h"

#include "api/JsonReader.h"

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

CloudonixDomain CloudonixDomain::fromJson(const JsonReader &r)
{
    CloudonixDomain d;
    d.id = r.id(QLatin1String("id"));
    d.uuid = r.text(QLatin1String("uuid"));
    d.domain = r.text(QLatin1String("domain"));
    d.active = r.flag(QLatin1String("active")).value_or(true);
    for (const JsonReader &alias : r.objects(QLatin1String("aliases")))
        d.aliases << CloudonixAlias::fromJson(alias);
    const JsonReader profile = r.object(QLatin1String("profile"));
    d.profileKeys = profile.raw().keys();
    d.border.allowedBorder = profile.flag(QLatin1String("allowed-border"));
    d.border.redirectUnknownToBorder = profile.flag(QLatin1String("redirect-unknown-to-border"));
    return d;
}

} // namespace tw
