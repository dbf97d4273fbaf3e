#include "api/CloudonixCustomer.h"

#include "api/JsonReader.h"

namespace tw {

CloudonixCustomer CloudonixCustomer::fromJson(const JsonReader &r)
{
    CloudonixCustomer c;
    c.name = r.text(QLatin1String("name"));
    c.uuid = r.text(QLatin1String("uuid"));
    c.active = r.flag(QLatin1String("active")).value_or(true);
    return c;
}

} // namespace tw
