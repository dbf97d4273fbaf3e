#pragma once

#include "api/JsonReader.h"
#include <QJsonObject>
#include <QString>

namespace tw {

// A domain alias. Type "auto" is created by the platform and names the inbound SIP host.
struct CloudonixAlias
{
    QString alias;
    QString type; // "auto", "subscribers", ...
    bool active = true;

    static CloudonixAlias fromJson(const JsonReader &r);
};

} // namespace tw
