#pragma once

#include "api/JsonReader.h"
#include <QJsonObject>
#include <QString>

namespace tw {

// A DNID binds a dialled number (exact match when all three flags are false) to an application.
struct CloudonixDnid
{
    QString id;
    QString source; // "+12125551234"
    bool prefix = false;
    bool expression = false;
    bool asteriskCompatible = false;
    QString applicationName;
    QString applicationId;
    bool active = true;

    static CloudonixDnid fromJson(const JsonReader &r);
    QJsonObject toCreateJson() const;
};

} // namespace tw
