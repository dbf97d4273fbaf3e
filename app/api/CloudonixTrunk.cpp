#include "api/CloudonixTrunk.h"

#include "api/JsonFields.h"

namespace tw {

bool CloudonixTrunk::sameSettings(const CloudonixTrunk &o) const
{
    return ip.compare(o.ip, Qt::CaseInsensitive) == 0 && port == o.port
        && transport.compare(o.transport, Qt::CaseInsensitive) == 0 && prefix == o.prefix && metric == o.metric;
}

QString CloudonixTrunk::describe() const
{
    QString text = QStringLiteral("%1:%2/%3").arg(ip).arg(port).arg(transport);
    if (!prefix.isEmpty())
        text += QStringLiteral(", prefix %1").arg(prefix);
    if (metric)
        text += QStringLiteral(", metric %1").arg(*metric);
    return text;
}

CloudonixTrunk CloudonixTrunk::fromJson(const QJsonObject &o)
{
    CloudonixTrunk t;
    t.id = JsonFields::string(o, QLatin1String("id"));
    t.name = JsonFields::string(o, QLatin1String("name"));
    t.ip = JsonFields::string(o, QLatin1String("ip"));
    const QJsonValue port = o.value(QLatin1String("port"));
    t.port = port.isDouble() ? port.toInt() : port.toString().toInt();
    if (t.port <= 0)
        t.port = 5060;
    t.transport = JsonFields::string(o, QLatin1String("transport")).toLower();
    if (t.transport.isEmpty())
        t.transport = QStringLiteral("udp");
    const QJsonValue prefix = o.value(QLatin1String("prefix"));
    t.prefix = prefix.isString() ? prefix.toString() : QString();
    t.direction = JsonFields::string(o, QLatin1String("direction"));
    const QJsonValue metric = o.value(QLatin1String("metric"));
    if (metric.isDouble())
        t.metric = metric.toInt();
    t.active = JsonFields::optionalBool(o, QLatin1String("active")).value_or(true);
    return t;
}

QJsonObject CloudonixTrunk::toCreateJson() const
{
    QJsonObject o = toUpdateJson();
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("direction"), direction);
    return o;
}

QJsonObject CloudonixTrunk::toUpdateJson() const
{
    QJsonObject o {{QLatin1String("ip"), ip},
                   {QLatin1String("port"), port},
                   {QLatin1String("transport"), transport},
                   {QLatin1String("prefix"), prefix}};
    if (metric)
        o.insert(QLatin1String("metric"), *metric);
    return o;
}

} // namespace tw
