#pragma once

#include "api/JsonReader.h"
#include <QJsonObject>
#include <QString>

namespace tw {

// A voice application: where Cloudonix fetches the CXML that routes a call.
struct CloudonixApplication
{
    QString id;
    QString uuid;
    QString name;
    QString type = QStringLiteral("cxml");
    QString url;
    QString method = QStringLiteral("POST");
    bool active = true;

    static CloudonixApplication fromJson(const JsonReader &r);
    QJsonObject toCreateJson() const;
    QJsonObject toUpdateJson() const; // url, method, type: the editable fields
};

} // namespace tw
