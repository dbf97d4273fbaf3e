#include "api/VapiCallRequest.h"

namespace tw {

QJsonObject VapiCallRequest::toJson() const
{
    return QJsonObject {
        {QLatin1String("assistantId"), assistantId},
        {QLatin1String("phoneNumberId"), phoneNumberId},
        {QLatin1String("customer"),
         QJsonObject {{QLatin1String("number"), customerNumber}, {QLatin1String("numberE164CheckEnabled"), false}}}};
}

} // namespace tw
