#include "api/JsonReader.h"

#include "domain/Excerpt.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace tw {

namespace {

bool isWhole(double d, double limit)
{
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= limit;
}

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

} // namespace

JsonReader::JsonReader(QJsonObject object, QString path)
    : JsonReader(std::move(object), std::move(path), std::make_shared<QString>())
{ }

JsonReader::JsonReader(QJsonObject object, QString path, std::shared_ptr<QString> problem)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_problem(std::move(problem))
{ }

QString JsonReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString JsonReader::fieldPath(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

void JsonReader::reportProblem(const QString &field, const QString &what) const
{
    if (m_problem->isEmpty())
        *m_problem = QStringLiteral("%1: %2").arg(Excerpt::of(field), what);
}

void JsonReader::wrongType(QLatin1String key, const QJsonValue &v, const char *expected) const
{
    reportProblem(fieldPath(key), QStringLiteral("%1 where %2 belongs").arg(typeName(v), QLatin1String(expected)));
}

bool JsonReader::has(QLatin1String key) const
{
    return !absent(m_object.value(key));
}

QString JsonReader::id(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble() && isWhole(v.toDouble(), 9007199254740992.0))
        return QString::number(qint64(v.toDouble()));
    if (!absent(v))
        wrongType(key, v, "an id");
    return {};
}

QString JsonReader::text(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return v.toString();
    if (!absent(v))
        wrongType(key, v, "text");
    return {};
}

std::optional<bool> JsonReader::flag(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
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
    if (!absent(v))
        wrongType(key, v, "true/false");
    return std::nullopt;
}

std::optional<int> JsonReader::integer(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isDouble() && isWhole(v.toDouble(), std::numeric_limits<int>::max()))
        return int(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().trimmed().toInt(&ok);
        if (ok)
            return i;
    }
    if (!absent(v))
        wrongType(key, v, "a whole number");
    return std::nullopt;
}

QDateTime JsonReader::time(QLatin1String key) const
{
    return QDateTime::fromString(text(key), Qt::ISODateWithMs);
}

JsonReader JsonReader::object(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (!v.isObject() && !absent(v))
        wrongType(key, v, "an object");
    return JsonReader(v.toObject(), fieldPath(key), m_problem);
}

QList<JsonReader> JsonReader::objects(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        if (!absent(v))
            wrongType(key, v, "a list");
        return {};
    }
    const QJsonArray list = v.toArray();
    QList<JsonReader> readers;
    readers.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(fieldPath(key)).arg(i);
        if (!list.at(i).isObject()) {
            reportProblem(path, QStringLiteral("%1 where an object belongs").arg(typeName(list.at(i))));
            continue;
        }
        readers << JsonReader(list.at(i).toObject(), path, m_problem);
    }
    return readers;
}

JsonReader JsonReader::child(const QJsonObject &object, const QString &path) const
{
    return JsonReader(object, path, m_problem);
}

} // namespace tw
