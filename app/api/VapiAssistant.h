#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tw {

struct VapiAssistant
{
    QString id;
    QString name; // optional at Vapi: use displayName()
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const;
    static VapiAssistant fromJson(const QJsonObject &o);
};

} // namespace tw
