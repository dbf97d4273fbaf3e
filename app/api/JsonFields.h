#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace tw {

// Writers for API request bodies: a field unset or empty is left out, not sent as null.
// (Answers are read with JsonReader.)
class JsonFields
{
public:
    static void putIfSet(QJsonObject &o, QLatin1String key, const std::optional<bool> &v);
    static void putIfSet(QJsonObject &o, QLatin1String key, const std::optional<int> &v);
    static void putIfNotEmpty(QJsonObject &o, QLatin1String key, const QString &v);
};

} // namespace tw
