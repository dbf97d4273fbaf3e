#include "config/AppSettings.h"

namespace tw {

AppSettings AppSettings::fromJson(const QJsonObject &o)
{
    AppSettings s;
    s.vapiRegion = o.value(QLatin1String("vapiRegion")).toString(QStringLiteral("us"));
    s.cloudonixUrl = o.value(QLatin1String("cloudonixUrl")).toString();
    s.vapiUrl = o.value(QLatin1String("vapiUrl")).toString();
    s.defaultNumberRegion = o.value(QLatin1String("defaultNumberRegion")).toString();
    s.requestTimeoutSeconds = qBound(1, o.value(QLatin1String("requestTimeoutSeconds")).toInt(20), 600);
    return s;
}

QJsonObject AppSettings::toJson() const
{
    return QJsonObject {{QLatin1String("vapiRegion"), vapiRegion},
                        {QLatin1String("cloudonixUrl"), cloudonixUrl},
                        {QLatin1String("vapiUrl"), vapiUrl},
                        {QLatin1String("defaultNumberRegion"), defaultNumberRegion},
                        {QLatin1String("requestTimeoutSeconds"), requestTimeoutSeconds}};
}

} // namespace tw
