#include "api/CloudonixDnid.h"

#include "api/JsonReader.h"

namespace tw {

CloudonixDnid CloudonixDnid::fromJson(const JsonReader &r)
{
    CloudonixDnid d;
    d.id = r.id(QLatin1String("id"));
    d.source = r.id(QLatin1String("source"));
    if (d.source.isEmpty())
        d.source = r.id(QLatin1String("dnid"));
    d.prefix = r.flag(QLatin1String("prefix")).value_or(false);
    d.expression = r.flag(QLatin1String("expression")).value_or(false);
    d.asteriskCompatible = r.flag(QLatin1String("asteriskCompatible")).value_or(false);
    d.active = r.flag(QLatin1String("active")).value_or(true);
    // The application comes as an object, a name or an id, depending on the endpoint.
    const QJsonValue app = r.raw().value(QLatin1String("application"));
    if (app.isObject()) {
        const JsonReader application = r.object(QLatin1String("application"));
        d.applicationName = application.text(QLatin1String("name"));
        d.applicationId = application.id(QLatin1String("id"));
    } else if (app.isString()) {
        d.applicationName = app.toString();
    } else {
        d.applicationId = r.id(QLatin1String("application"));
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
