#include "api/JsonFields.h"

namespace tw {

QString JsonFields::string(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

std::optional<bool> JsonFields::toBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no"))
            return false;
    }
    return std::nullopt;
}

std::optional<bool> JsonFields::optionalBool(const QJsonObject &o, QLatin1String key)
{
    return toBool(o.value(key));
}

std::optional<int> JsonFields::optionalInt(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return int(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().toInt(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

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
