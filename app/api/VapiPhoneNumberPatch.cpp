#include "api/VapiPhoneNumberPatch.h"

namespace tw {

QJsonObject VapiPhoneNumberPatch::toJson() const
{
    QJsonObject o;
    if (!provider.isEmpty())
        o.insert(QLatin1String("provider"), provider);
    if (name)
        o.insert(QLatin1String("name"), *name);
    if (credentialId)
        o.insert(QLatin1String("credentialId"), *credentialId);
    if (assistantId)
        o.insert(QLatin1String("assistantId"),
                 assistantId->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*assistantId));
    return o;
}

} // namespace tw
