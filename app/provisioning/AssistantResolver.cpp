#include "provisioning/AssistantResolver.h"

namespace tw {

AssistantResolver::Result AssistantResolver::resolve(const QString &idOrName, const QList<VapiAssistant> &assistants,
                                                     const QString &forWhat)
{
    const QString wanted = idOrName.trimmed();
    QStringList ids;
    for (const VapiAssistant &a : assistants) {
        if (a.id == wanted)
            return {a.id, {}};
        if (a.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            ids << a.id;
    }
    if (ids.size() == 1)
        return {ids.first(), {}};
    const QString forText = forWhat.isEmpty() ? QString() : tr(" (for %1)").arg(forWhat);
    if (ids.isEmpty())
        return {
            {},
            tr("No Vapi assistant is named \"%1\"%2; check the name or use the assistant's id.").arg(wanted, forText)};
    return {{},
            tr("\"%1\" matches %2 Vapi assistants (%3)%4; use the id of the one you mean.")
                .arg(wanted)
                .arg(ids.size())
                .arg(ids.join(QStringLiteral(", ")), forText)};
}

} // namespace tw
