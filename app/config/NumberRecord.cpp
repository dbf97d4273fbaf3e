#include "config/NumberRecord.h"

namespace tw {

NumberRecord NumberRecord::fromJson(const QJsonObject &o)
{
    NumberRecord n;
    n.number = o.value(QLatin1String("number")).toString();
    n.mode = o.value(QLatin1String("mode")).toString(QStringLiteral("trunk"));
    n.vapiId = o.value(QLatin1String("vapiId")).toString();
    n.assistantId = o.value(QLatin1String("assistantId")).toString();
    n.assistantName = o.value(QLatin1String("assistantName")).toString();
    n.name = o.value(QLatin1String("name")).toString();
    n.dnidId = o.value(QLatin1String("dnidId")).toString();
    return n;
}

QJsonObject NumberRecord::toJson() const
{
    QJsonObject o {{QLatin1String("number"), number}, {QLatin1String("mode"), mode}};
    if (!vapiId.isEmpty())
        o.insert(QLatin1String("vapiId"), vapiId);
    if (!assistantId.isEmpty())
        o.insert(QLatin1String("assistantId"), assistantId);
    if (!assistantName.isEmpty())
        o.insert(QLatin1String("assistantName"), assistantName);
    if (!name.isEmpty())
        o.insert(QLatin1String("name"), name);
    if (!dnidId.isEmpty())
        o.insert(QLatin1String("dnidId"), dnidId);
    return o;
}

} // namespace tw
