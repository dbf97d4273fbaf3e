#include "config/JournalEntry.h"

namespace tw {

JournalEntry JournalEntry::fromJson(const QJsonObject &o)
{
    JournalEntry e;
    e.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    e.runId = o.value(QLatin1String("runId")).toString();
    e.domain = o.value(QLatin1String("domain")).toString();
    e.system = o.value(QLatin1String("system")).toString();
    e.action = o.value(QLatin1String("action")).toString();
    e.resource = o.value(QLatin1String("resource")).toString();
    e.resourceId = o.value(QLatin1String("resourceId")).toString();
    e.before = o.value(QLatin1String("before")).toString();
    e.after = o.value(QLatin1String("after")).toString();
    return e;
}

QJsonObject JournalEntry::toJson() const
{
    return QJsonObject {{QLatin1String("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                        {QLatin1String("runId"), runId},
                        {QLatin1String("domain"), domain},
                        {QLatin1String("system"), system},
                        {QLatin1String("action"), action},
                        {QLatin1String("resource"), resource},
                        {QLatin1String("resourceId"), resourceId},
                        {QLatin1String("before"), before},
                        {QLatin1String("after"), after}};
}

} // namespace tw
