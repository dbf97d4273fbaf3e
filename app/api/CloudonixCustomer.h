#pragma once

#include "api/JsonReader.h"
#include <QJsonObject>
#include <QString>

namespace tw {

// The customer (tenant) that owns an API key: GET /customers/self.
struct CloudonixCustomer
{
    QString name;
    QString uuid;
    bool active = true;

    static CloudonixCustomer fromJson(const JsonReader &r);
};

} // namespace tw
