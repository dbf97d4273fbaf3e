#include "api/VapiAssistant.h"

#include "api/JsonFields.h"

#include <QCoreApplication>

#include <algorithm>

namespace tw {

QString VapiAssistant::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name;
    return QCoreApplication::translate("tw::VapiAssistant", "Unnamed assistant (%1)").arg(id.left(8));
}

QString VapiAssistant::labelAmong(const QList<VapiAssistant> &all) const
{
    const QString shown = displayName();
    if (name.trimmed().isEmpty())
        return shown; // already carries the id
    const auto same
        = std::count_if(all.cbegin(), all.cend(), [this](const VapiAssistant &a) { return a.name == name; });
    return same > 1 ? QStringLiteral("%1 (%2)").arg(shown, id.left(8)) : shown;
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
