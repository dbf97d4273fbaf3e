#pragma once

#include <QJsonObject>
#include <QString>

namespace tw {

// What POST /call needs for an outbound test call through the trunk.
struct VapiCallRequest
{
    QString assistantId;
    QString phoneNumberId;
    QString customerNumber; // E.164
    QJsonObject toJson() const;
};

} // namespace tw
