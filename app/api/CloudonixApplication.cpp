#include "api/CloudonixApplication.h"

#include "api/JsonFields.h"

namespace tw {

CloudonixApplication CloudonixApplication::fromJson(const QJsonObject &o)
{
    CloudonixApplication a;
    a.id = JsonFields::string(o, QLatin1String("id"));
    a.uuid = JsonFields::string(o, QLatin1String("uuid"));
    a.name = JsonFields::string(o, QLatin1String("name"));
    a.type = JsonFields::string(o, QLatin1String("type"));
    a.url = JsonFields::string(o, QLatin1String("url"));
    a.method = JsonFields::string(o, QLatin1String("method"));
    a.active = JsonFields::optionalBool(o, QLatin1String("active")).value_or(true);
    return a;
}

QJsonObject CloudonixApplication::toCreateJson() const
{
    QJsonObject o = toUpdateJson();
    o.insert(QLatin1String("name"), name);
    return o;
}

QJsonObject CloudonixApplication::toUpdateJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("type"), type);
    o.insert(QLatin1String("url"), url);
    o.insert(QLatin1String("method"), method);
    return o;
}

} // namespace tw
