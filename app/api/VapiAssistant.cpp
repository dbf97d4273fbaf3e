#include "api/VapiAssistant.h"

#include "api/JsonFields.h"

#include <QCoreApplication>

namespace tw {

QString VapiAssistant::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name;
    return QCoreApplication::translate("tw::VapiAssistant", "Unnamed assistant (%1)").arg(id.left(8));
}

VapiAssistant VapiAssistant::fromJson(const QJsonObject &o)
{
    VapiAssistant a;
    a.id = JsonFields::string(o, QLatin1String("id"));
    a.name = JsonFields::string(o, QLatin1String("name"));
    a.createdAt = QDateTime::fromString(JsonFields::string(o, QLatin1String("createdAt")), Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(JsonFields::string(o, QLatin1String("updatedAt")), Qt::ISODateWithMs);
    return a;
}

} // namespace tw
