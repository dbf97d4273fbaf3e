#include "api/VapiPhoneNumber.h"

#include "api/JsonFields.h"

namespace tw {

VapiPhoneNumber VapiPhoneNumber::fromJson(const QJsonObject &o)
{
    VapiPhoneNumber n;
    n.id = JsonFields::string(o, QLatin1String("id"));
    n.provider = JsonFields::string(o, QLatin1String("provider"));
    n.number = JsonFields::string(o, QLatin1String("number"));
    n.name = JsonFields::string(o, QLatin1String("name"));
    n.credentialId = JsonFields::string(o, QLatin1String("credentialId"));
    n.assistantId = JsonFields::string(o, QLatin1String("assistantId"));
    n.sipUri = JsonFields::string(o, QLatin1String("sipUri"));
    n.status = JsonFields::string(o, QLatin1String("status"));
    n.numberE164CheckEnabled = JsonFields::optionalBool(o, QLatin1String("numberE164CheckEnabled"));
    n.createdAt = QDateTime::fromString(JsonFields::string(o, QLatin1String("createdAt")), Qt::ISODateWithMs);
    n.updatedAt = QDateTime::fromString(JsonFields::string(o, QLatin1String("updatedAt")), Qt::ISODateWithMs);
    return n;
}

QJsonObject VapiPhoneNumber::toCreateJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("provider"), provider);
    if (isSipUri()) {
        o.insert(QLatin1String("sipUri"), sipUri);
    } else {
        o.insert(QLatin1String("number"), number);
        o.insert(QLatin1String("credentialId"), credentialId);
        o.insert(QLatin1String("numberE164CheckEnabled"), numberE164CheckEnabled.value_or(false));
    }
    JsonFields::putIfNotEmpty(o, QLatin1String("name"), name);
    JsonFields::putIfNotEmpty(o, QLatin1String("assistantId"), assistantId);
    return o;
}

} // namespace tw
