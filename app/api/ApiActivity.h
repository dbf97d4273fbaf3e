#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tw {

// One request as the activity log keeps it: when, which system, method and path (no query, no
// body, no key), what came back, how long it took and how long it waited first.
struct ApiActivity
{
    QDateTime at;
    QString system; // "Cloudonix" | "Vapi"
    QString method;
    QString path;
    int status = 0; // HTTP status; 0 when none came
    QString error; // no status: why (timeout, refused…), redacted
    qint64 durationMs = 0; // the try that answered, from sending to its end
    qint64 waitedMs = 0; // before it: Cloudonix's pacing, retry backoff, earlier tries
    int attempt = 1;

    QString result() const { return status ? QString::number(status) : error; }
    QJsonObject toJson() const;
    static ApiActivity fromJson(const QJsonObject &o);
};

} // namespace tw
