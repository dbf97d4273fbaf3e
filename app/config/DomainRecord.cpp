#include "config/DomainRecord.h"

#include <QJsonArray>

namespace tw {

NumberRecord *DomainRecord::findNumber(const QString &e164)
{
    for (NumberRecord &n : numbers)
        if (n.number == e164)
            return &n;
    return nullptr;
}

DomainRecord DomainRecord::fromJson(const QJsonObject &o)
{
    DomainRecord d;
    d.domain = o.value(QLatin1String("domain")).toString();
    d.autoAlias = o.value(QLatin1String("autoAlias")).toString();
    d.inboundSipHost = o.value(QLatin1String("inboundSipHost")).toString();
    d.vapiRegion = o.value(QLatin1String("vapiRegion")).toString(QStringLiteral("us"));
    d.vapiCredentialId = o.value(QLatin1String("vapiCredentialId")).toString();
    d.vapiCredentialName = o.value(QLatin1String("vapiCredentialName")).toString();
    d.importedFrom = o.value(QLatin1String("importedFrom")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("numbers")).toArray())
        d.numbers << NumberRecord::fromJson(v.toObject());
    return d;
}

QJsonObject DomainRecord::toJson() const
{
    QJsonArray list;
    for (const NumberRecord &n : numbers)
        list.append(n.toJson());
    QJsonObject o {{QLatin1String("domain"), domain},
                   {QLatin1String("autoAlias"), autoAlias},
                   {QLatin1String("inboundSipHost"), inboundSipHost},
                   {QLatin1String("vapiRegion"), vapiRegion},
                   {QLatin1String("vapiCredentialId"), vapiCredentialId},
                   {QLatin1String("vapiCredentialName"), vapiCredentialName},
                   {QLatin1String("numbers"), list}};
    if (!importedFrom.isEmpty())
        o.insert(QLatin1String("importedFrom"), importedFrom);
    return o;
}

} // namespace tw
