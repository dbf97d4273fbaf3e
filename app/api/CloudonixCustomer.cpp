#include "api/CloudonixCustomer.h"

#include "api/JsonFields.h"

namespace tw {

CloudonixCustomer CloudonixCustomer::fromJson(const QJsonObject &o)
{
    CloudonixCustomer c;
    c.name = JsonFields::string(o, QLatin1String("name"));
    c.uuid = JsonFields::string(o, QLatin1String("uuid"));
    c.active = JsonFields::optionalBool(o, QLatin1String("active")).value_or(true);
    return c;
}

} // namespace tw
