#pragma once

#include "api/JsonReader.h"
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tw {

struct VapiAssistant
{
    QString id;
    QString name; // optional at Vapi: use displayName()
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const;
    // As people tell it apart in `all`: its name, with the start of its id when another has the
    // same name (Vapi allows that).
    QString labelAmong(const QList<VapiAssistant> &all) const;
    static VapiAssistant fromJson(const JsonReader &r);
};

} // namespace tw
