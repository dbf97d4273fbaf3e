#include "config/PendingCreate.h"

namespace tw {

PendingCreate PendingCreate::fromJson(const QJsonObject &o)
{
    PendingCreate p;
    p.resource = o.value(QLatin1String("resource")).toString();
    p.key = o.value(QLatin1String("key")).toString();
    p.runId = o.value(QLatin1String("runId")).toString();
    p.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs).toUTC();
    return p;
}

QJsonObject PendingCreate::toJson() const
{
    return QJsonObject {{QLatin1String("resource"), resource},
                        {QLatin1String("key"), key},
                        {QLatin1String("runId"), runId},
                        {QLatin1String("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
}

} // namespace tw
