#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace tw {

// Reads one object of an API answer, tolerant where the APIs are loose (ids as numbers or
// text, booleans as true/1/"true") and strict where a wrong type means a broken answer: a
// domain whose uuid is a number, or whose aliases are an object, must not become a gateway.
// The first field of the wrong type is kept in problem() (shared with the readers made from
// this one), so a decoder can refuse the whole answer as a bad response naming that field.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object = {}, QString path = {});

    QString id(QLatin1String key) const; // text or a whole number; missing or null is empty
    QString text(QLatin1String key) const; // text only; missing or null is empty
    std::optional<bool> flag(QLatin1String key) const;
    std::optional<int> integer(QLatin1String key) const; // a whole number, also as text
    QDateTime time(QLatin1String key) const; // ISO 8601 text; an unreadable time is invalid
    JsonReader object(QLatin1String key) const; // missing or null reads as empty
    QList<JsonReader> objects(QLatin1String key) const; // a list of objects; missing is empty

    bool has(QLatin1String key) const;
    const QJsonObject &raw() const { return m_object; }

    // "aliases: an object where a list belongs", or empty when every field read was usable.
    QString problem() const { return *m_problem; }
    void reportProblem(const QString &field, const QString &what) const;

    // A child reader for the value at `path` (a list item), sharing this reader's problem.
    JsonReader child(const QJsonObject &object, const QString &path) const;

    static QString typeName(const QJsonValue &v);

private:
    JsonReader(QJsonObject object, QString path, std::shared_ptr<QString> problem);
    QString fieldPath(QLatin1String key) const;
    void wrongType(QLatin1String key, const QJsonValue &v, const char *expected) const;

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_problem;
};

} // namespace tw
