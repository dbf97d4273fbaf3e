#include "api/CloudonixAlias.h"

#include "api/JsonReader.h"

namespace tw {

CloudonixAlias CloudonixAlias::fromJson(const JsonReader &r)
{
    CloudonixAlias a;
    a.alias = r.text(QLatin1String("alias"));
    a.type = r.text(QLatin1String("type"));
    a.active = r.flag(QLatin1String("active")).value_or(true);
    return a;
}

} // namespace tw
