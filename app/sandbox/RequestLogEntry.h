#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tw {

// One request the sandbox received, as the admin endpoint /sandbox/log reports it. The body
// is stored with every known key redacted.
struct RequestLogEntry
{
    QDateTime at;
    QByteArray method;
    QString path;
    QString query;
    int status = 0; // 0: no answer (timeout or dropped connection)
    QString fault; // the fault that answered instead of the simulator, if any
    QString body;

    QJsonObject toJson() const;
};

} // namespace tw
