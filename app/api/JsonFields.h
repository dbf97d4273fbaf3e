#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace tw {

// Tolerant readers for API JSON: ids may come as numbers or strings, booleans as true/1/"true".
class JsonFields
{
public:
    static QString string(const QJsonObject &o, QLatin1String key);
    static std::optional<bool> optionalBool(const QJsonObject &o, QLatin1String key);
    static std::optional<int> optionalInt(const QJsonObject &o, QLatin1String key);
    static std::optional<bool> toBool(const QJsonValue &v);
    static void putIfSet(QJsonObject &o, QLatin1String key, const std::optional<bool> &v);
    static void putIfSet(QJsonObject &o, QLatin1String key, const std::optional<int> &v);
    static void putIfNotEmpty(QJsonObject &o, QLatin1String key, const QString &v);
};

} // namespace tw
