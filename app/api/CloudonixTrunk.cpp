#include "api/CloudonixTrunk.h"

#include "api/JsonReader.h"

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

CloudonixTrunk CloudonixTrunk::fromJson(const JsonReader &r)
{
    CloudonixTrunk t;
    t.id = r.id(QLatin1String("id"));
    t.name = r.text(QLatin1String("name"));
    t.ip = r.text(QLatin1String("ip"));
    t.port = r.integer(QLatin1String("port")).value_or(0);
    if (t.port <= 0)
        t.port = 5060;
    t.transport = r.text(QLatin1String("transport")).toLower();
    if (t.transport.isEmpty())
        t.transport = QStringLiteral("udp");
    t.prefix = r.text(QLatin1String("prefix"));
    t.direction = r.text(QLatin1String("direction"));
    if (const std::optional<int> metric = r.integer(QLatin1String("metric")))
        t.metric = *metric;
    t.active = r.flag(QLatin1String("active")).value_or(true);
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
