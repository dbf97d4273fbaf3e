#include "sandbox/RequestLogEntry.h"

namespace tw {

QJsonObject RequestLogEntry::toJson() const
{
    QJsonObject o {{QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
                   {QStringLiteral("method"), QString::fromLatin1(method)},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("status"), status},
                   {QStringLiteral("body"), body}};
    if (!query.isEmpty())
        o.insert(QStringLiteral("query"), query);
    if (!fault.isEmpty())
        o.insert(QStringLiteral("fault"), fault);
    return o;
}

} // namespace tw
