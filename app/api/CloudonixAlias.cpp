#include "api/CloudonixAlias.h"

#include "api/JsonFields.h"

namespace tw {

CloudonixAlias CloudonixAlias::fromJson(const QJsonObject &o)
{
    CloudonixAlias a;
    a.alias = JsonFields::string(o, QLatin1String("alias"));
    a.type = JsonFields::string(o, QLatin1String("type"));
    a.active = JsonFields::optionalBool(o, QLatin1String("active")).value_or(true);
    return a;
}

} // namespace tw
