#include "api/VapiCall.h"

#include "api/JsonReader.h"

namespace tw {

VapiCall VapiCall::fromJson(const JsonReader &r)
{
    VapiCall c;
    c.id = r.id(QLatin1String("id"));
    c.type = r.text(QLatin1String("type"));
    c.status = r.text(QLatin1String("status"));
    c.endedReason = r.text(QLatin1String("endedReason"));
    c.endedMessage = r.text(QLatin1String("endedMessage"));
    c.assistantId = r.id(QLatin1String("assistantId"));
    c.phoneNumberId = r.id(QLatin1String("phoneNumberId"));
    c.customerNumber = r.object(QLatin1String("customer")).text(QLatin1String("number"));
    c.createdAt = r.time(QLatin1String("createdAt"));
    c.startedAt = r.time(QLatin1String("startedAt"));
    c.endedAt = r.time(QLatin1String("endedAt"));
    return c;
}

} // namespace tw
