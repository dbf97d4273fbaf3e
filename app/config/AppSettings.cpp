#include "config/AppSettings.h"

namespace tw {

AppSettings AppSettings::fromJson(const QJsonObject &o)
{
    AppSettings s;
    s.vapiRegion = o.value(QLatin1String("vapiRegion")).toString(QStringLiteral("us"));
    s.cloudonixUrl = o.value(QLatin1String("cloudonixUrl")).toString();
    s.vapiUrl = o.value(QLatin1String("vapiUrl")).toString();
    s.defaultNumberRegion = o.value(QLatin1String("defaultNumberRegion")).toString();
    s.requestTimeoutSeconds = qBound(0, o.value(QLatin1String("requestTimeoutSeconds")).toInt(0), 600);
    const QJsonObject pacing = o.value(QLatin1String("cloudonixPacing")).toObject();
    s.cloudonixPacingRequests = qBound(0, pacing.value(QLatin1String("requests")).toInt(0), 1000);
    s.cloudonixPacingWindowMs = qBound(0, pacing.value(QLatin1String("windowMs")).toInt(0), 3600000);
    s.caFile = o.value(QLatin1String("caFile")).toString();
    s.language = o.value(QLatin1String("language")).toString();
    s.theme = o.value(QLatin1String("theme")).toString();
    return s;
}

QJsonObject AppSettings::toJson() const
{
    QJsonObject o {{QLatin1String("vapiRegion"), vapiRegion},
                   {QLatin1String("cloudonixUrl"), cloudonixUrl},
                   {QLatin1String("vapiUrl"), vapiUrl},
                   {QLatin1String("defaultNumberRegion"), defaultNumberRegion},
                   {QLatin1String("requestTimeoutSeconds"), requestTimeoutSeconds}};
    if (cloudonixPacingRequests > 0 && cloudonixPacingWindowMs > 0)
        o.insert(QLatin1String("cloudonixPacing"),
                 QJsonObject {{QLatin1String("requests"), cloudonixPacingRequests},
                              {QLatin1String("windowMs"), cloudonixPacingWindowMs}});
    if (!caFile.isEmpty())
        o.insert(QLatin1String("caFile"), caFile);
    if (!language.isEmpty())
        o.insert(QLatin1String("language"), language);
    if (!theme.isEmpty())
        o.insert(QLatin1String("theme"), theme);
    return o;
}

} // namespace tw
