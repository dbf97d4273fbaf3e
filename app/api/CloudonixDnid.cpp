#include "api/CloudonixDnid.h"

#include "api/JsonFields.h"

namespace tw {

CloudonixDnid CloudonixDnid::fromJson(const QJsonObject &o)
{
    CloudonixDnid d;
    d.id = JsonFields::string(o, QLatin1String("id"));
    d.source = JsonFields::string(o, QLatin1String("source"));
    if (d.source.isEmpty())
        d.source = JsonFields::string(o, QLatin1String("dnid"));
    d.prefix = JsonFields::optionalBool(o, QLatin1String("prefix")).value_or(false);
    d.expression = JsonFields::optionalBool(o, QLatin1String("expression")).value_or(false);
    d.asteriskCompatible = JsonFields::optionalBool(o, QLatin1String("asteriskCompatible")).value_or(false);
    d.active = JsonFields::optionalBool(o, QLatin1String("active")).value_or(true);
    const QJsonValue app = o.value(QLatin1String("application"));
    if (app.isObject()) {
        d.applicationName = JsonFields::string(app.toObject(), QLatin1String("name"));
        d.applicationId = JsonFields::string(app.toObject(), QLatin1String("id"));
    } else if (app.isString()) {
        d.applicationName = app.toString();
    } else if (app.isDouble()) {
        d.applicationId = QString::number(qint64(app.toDouble()));
    }
    return d;
}

QJsonObject CloudonixDnid::toCreateJson() const
{
    return QJsonObject {{QLatin1String("source"), source},
                        {QLatin1String("prefix"), prefix},
                        {QLatin1String("expression"), expression},
                        {QLatin1String("asteriskCompatible"), asteriskCompatible}};
}

} // namespace tw
