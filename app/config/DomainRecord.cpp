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

void DomainRecord::removeNumber(const QString &e164)
{
    numbers.removeIf([&](const NumberRecord &n) { return n.number == e164; });
}

const PendingCreate *DomainRecord::findPending(const QString &resource, const QString &key) const
{
    for (const PendingCreate &p : pendingCreates)
        if (p.concerns(resource, key))
            return &p;
    return nullptr;
}

bool DomainRecord::clearPending(const QString &resource, const QString &key)
{
    return pendingCreates.removeIf([&](const PendingCreate &p) { return p.concerns(resource, key); }) > 0;
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
    d.applicationName = o.value(QLatin1String("applicationName")).toString();
    const QJsonObject carriers = o.value(QLatin1String("carrierTrunks")).toObject();
    for (auto it = carriers.begin(); it != carriers.end(); ++it)
        d.carrierTrunks.insert(it.key(), it.value().toString());
    d.intent = o.value(QLatin1String("intent")).toObject();
    const QJsonObject before = o.value(QLatin1String("cloudonixSettingsBefore")).toObject();
    d.borderBeforeRecorded = !before.isEmpty();
    if (before.value(QLatin1String("allowedBorder")).isBool())
        d.allowedBorderBefore = before.value(QLatin1String("allowedBorder")).toBool();
    if (before.value(QLatin1String("redirectUnknownToBorder")).isBool())
        d.redirectUnknownBefore = before.value(QLatin1String("redirectUnknownToBorder")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("numbers")).toArray())
        d.numbers << NumberRecord::fromJson(v.toObject());
    for (const QJsonValue &v : o.value(QLatin1String("pendingCreates")).toArray())
        d.pendingCreates << PendingCreate::fromJson(v.toObject());
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
    if (!applicationName.isEmpty())
        o.insert(QLatin1String("applicationName"), applicationName);
    if (!carrierTrunks.isEmpty()) {
        QJsonObject carriers;
        for (auto it = carrierTrunks.cbegin(); it != carrierTrunks.cend(); ++it)
            carriers.insert(it.key(), it.value());
        o.insert(QLatin1String("carrierTrunks"), carriers);
    }
    if (!intent.isEmpty())
        o.insert(QLatin1String("intent"), intent);
    if (!pendingCreates.isEmpty()) {
        QJsonArray pending;
        for (const PendingCreate &p : pendingCreates)
            pending.append(p.toJson());
        o.insert(QLatin1String("pendingCreates"), pending);
    }
    if (borderBeforeRecorded) {
        // null = the key was absent from the profile
        QJsonObject before {{QLatin1String("recorded"), true}};
        before.insert(QLatin1String("allowedBorder"),
                      allowedBorderBefore ? QJsonValue(*allowedBorderBefore) : QJsonValue());
        before.insert(QLatin1String("redirectUnknownToBorder"),
                      redirectUnknownBefore ? QJsonValue(*redirectUnknownBefore) : QJsonValue());
        o.insert(QLatin1String("cloudonixSettingsBefore"), before);
    }
    return o;
}

} // namespace tw
