#include "config/AppConfig.h"

#include <QJsonArray>

namespace tw {

DomainRecord *AppConfig::findDomain(const QString &domain)
{
    for (DomainRecord &d : domains)
        if (d.domain.compare(domain.trimmed(), Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

const DomainRecord *AppConfig::findDomain(const QString &domain) const
{
    return const_cast<AppConfig *>(this)->findDomain(domain);
}

DomainRecord &AppConfig::domainOrNew(const QString &domain)
{
    if (DomainRecord *existing = findDomain(domain))
        return *existing;
    DomainRecord record;
    record.domain = domain.trimmed().toLower();
    domains << record;
    return domains.last();
}

AppConfig AppConfig::fromJson(const QJsonObject &o)
{
    AppConfig c;
    c.settings = AppSettings::fromJson(o.value(QLatin1String("settings")).toObject());
    for (const QJsonValue &v : o.value(QLatin1String("domains")).toArray())
        c.domains << DomainRecord::fromJson(v.toObject());
    for (const QJsonValue &v : o.value(QLatin1String("journal")).toArray())
        c.journal << JournalEntry::fromJson(v.toObject());
    return c;
}

} // namespace tw
