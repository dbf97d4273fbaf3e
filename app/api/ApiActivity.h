#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tw {

// One request as the activity log keeps it: when, which system, method and path (no query, no
// body, no key), what came back and how long it took.
struct ApiActivity
{
    QDateTime at;
    QString system; // "Cloudonix" | "Vapi"
    QString method;
    QString path;
    int status = 0; // HTTP status; 0 when none came
    QString error; // no status: why (timeout, refused…), redacted
    qint64 durationMs = 0;
    int attempt = 1;

    QString result() const { return status ? QString::number(status) : error; }
    QJsonObject toJson() const;
    static ApiActivity fromJson(const QJsonObject &o);
};

} // namespace tw
