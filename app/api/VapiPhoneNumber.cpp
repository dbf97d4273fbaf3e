#include "api/VapiPhoneNumber.h"

#include "api/JsonFields.h"
#include "api/JsonReader.h"

namespace tw {

VapiPhoneNumber VapiPhoneNumber::fromJson(const JsonReader &r)
{
    VapiPhoneNumber n;
    n.id = r.id(QLatin1String("id"));
    n.provider = r.text(QLatin1String("provider"));
    n.number = r.text(QLatin1String("number"));
    n.name = r.text(QLatin1String("name"));
    n.credentialId = r.id(QLatin1String("credentialId"));
    n.assistantId = r.id(QLatin1String("assistantId"));
    n.sipUri = r.text(QLatin1String("sipUri"));
    n.status = r.text(QLatin1String("status"));
    n.numberE164CheckEnabled = r.flag(QLatin1String("numberE164CheckEnabled"));
    n.createdAt = r.time(QLatin1String("createdAt"));
    n.updatedAt = r.time(QLatin1String("updatedAt"));
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
