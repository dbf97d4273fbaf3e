#pragma once

#include "api/JsonReader.h"
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tw {

// A Vapi call (POST /call, GET /call/{id}). status moves queued -> ringing -> in-progress ->
// ended; endedReason tells why it ended.
struct VapiCall
{
    QString id;
    QString type;
    QString status;
    QString endedReason;
    QString endedMessage;
    QString assistantId;
    QString phoneNumberId;
    QString customerNumber;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime endedAt;

    bool isEnded() const { return status == QLatin1String("ended"); }
    static VapiCall fromJson(const JsonReader &r);
};

} // namespace tw
