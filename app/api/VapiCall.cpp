#include "api/VapiCall.h"

#include "api/JsonFields.h"

namespace tw {

VapiCall VapiCall::fromJson(const QJsonObject &o)
{
    VapiCall c;
    c.id = JsonFields::string(o, QLatin1String("id"));
    c.type = JsonFields::string(o, QLatin1String("type"));
    c.status = JsonFields::string(o, QLatin1String("status"));
    c.endedReason = JsonFields::string(o, QLatin1String("endedReason"));
    c.endedMessage = JsonFields::string(o, QLatin1String("endedMessage"));
    c.assistantId = JsonFields::string(o, QLatin1String("assistantId"));
    c.phoneNumberId = JsonFields::string(o, QLatin1String("phoneNumberId"));
    c.customerNumber = JsonFields::string(o.value(QLatin1String("customer")).toObject(), QLatin1String("number"));
    c.createdAt = QDateTime::fromString(JsonFields::string(o, QLatin1String("createdAt")), Qt::ISODateWithMs);
    c.startedAt = QDateTime::fromString(JsonFields::string(o, QLatin1String("startedAt")), Qt::ISODateWithMs);
    c.endedAt = QDateTime::fromString(JsonFields::string(o, QLatin1String("endedAt")), Qt::ISODateWithMs);
    return c;
}

} // namespace tw
