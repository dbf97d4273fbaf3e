#include "api/VapiAssistant.h"

#include "api/JsonReader.h"

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

VapiAssistant VapiAssistant::fromJson(const JsonReader &r)
{
    VapiAssistant a;
    a.id = r.id(QLatin1String("id"));
    a.name = r.text(QLatin1String("name"));
    a.createdAt = r.time(QLatin1String("createdAt"));
    a.updatedAt = r.time(QLatin1String("updatedAt"));
    return a;
}

} // namespace tw
