#include "api/JsonFields.h"

namespace tw {

void JsonFields::putIfSet(QJsonObject &o, QLatin1String key, const std::optional<bool> &v)
{
    if (v)
        o.insert(key, *v);
}

void JsonFields::putIfSet(QJsonObject &o, QLatin1String key, const std::optional<int> &v)
{
    if (v)
        o.insert(key, *v);
}

void JsonFields::putIfNotEmpty(QJsonObject &o, QLatin1String key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(key, v);
}

} // namespace tw
