#include "api/ApiActivity.h"

namespace tw {

QJsonObject ApiActivity::toJson() const
{
    QJsonObject o {{QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                   {QStringLiteral("system"), system},
                   {QStringLiteral("method"), method},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("ms"), durationMs},
                   {QStringLiteral("try"), attempt}};
    if (waitedMs > 0)
        o.insert(QStringLiteral("waitedMs"), waitedMs);
    if (status)
        o.insert(QStringLiteral("status"), status);
    else
        o.insert(QStringLiteral("error"), error);
    return o;
}

ApiActivity ApiActivity::fromJson(const QJsonObject &o)
{
    ApiActivity a;
    a.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    a.system = o.value(QLatin1String("system")).toString();
    a.method = o.value(QLatin1String("method")).toString();
    a.path = o.value(QLatin1String("path")).toString();
    a.status = o.value(QLatin1String("status")).toInt();
    a.error = o.value(QLatin1String("error")).toString();
    a.durationMs = o.value(QLatin1String("ms")).toInteger();
    a.waitedMs = o.value(QLatin1String("waitedMs")).toInteger();
    a.attempt = o.value(QLatin1String("try")).toInt(1);
    return a;
}

} // namespace tw
