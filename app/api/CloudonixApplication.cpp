#include "api/CloudonixApplication.h"

#include "api/JsonReader.h"

namespace tw {

CloudonixApplication CloudonixApplication::fromJson(const JsonReader &r)
{
    CloudonixApplication a;
    a.id = r.id(QLatin1String("id"));
    a.uuid = r.text(QLatin1String("uuid"));
    a.name = r.text(QLatin1String("name"));
    a.type = r.text(QLatin1String("type"));
    a.url = r.text(QLatin1String("url"));
    a.method = r.text(QLatin1String("method"));
    a.active = r.flag(QLatin1String("active")).value_or(true);
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
