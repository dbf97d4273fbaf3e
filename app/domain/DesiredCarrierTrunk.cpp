#include "domain/DesiredCarrierTrunk.h"

#include "domain/DesiredState.h"
#include "domain/Excerpt.h"
#include "domain/GatewayAddress.h"

#include <QCoreApplication>

namespace tw {

namespace { } // namespace

DesiredCarrierTrunk DesiredCarrierTrunk::fromJson(const QJsonObject &o, const QString &field, QList<FieldError> *errors)
{
    FieldError::checkKeys(o,
                          {QStringLiteral("name"), QStringLiteral("host"), QStringLiteral("port"),
                           QStringLiteral("transport"), QStringLiteral("prefix"), QStringLiteral("metric")},
                          field, errors);
    DesiredCarrierTrunk t;
    t.name = o.value(QLatin1String("name")).toString().trimmed();
    t.host = o.value(QLatin1String("host")).toString().trimmed();
    t.transport = o.value(QLatin1String("transport")).toString(QStringLiteral("udp")).trimmed().toLower();
    t.prefix = o.value(QLatin1String("prefix")).toString().trimmed();
    for (const auto &[key, target] :
         {std::pair {"port", std::optional<int>(5060)}, std::pair {"metric", std::optional<int>()}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        std::optional<int> value = target;
        if (v.isDouble() && v.toDouble() == double(v.toInt()))
            value = v.toInt();
        else if (!v.isUndefined() && !v.isNull())
            *errors << FieldError {field + QLatin1Char('.') + QLatin1String(key),
                                   DesiredState::tr("%1.%2 must be a whole number.").arg(field, QLatin1String(key))};
        if (qstrcmp(key, "port") == 0)
            t.port = value.value_or(5060);
        else
            t.metric = value;
    }
    return t;
}

QJsonObject DesiredCarrierTrunk::toJson() const
{
    QJsonObject o {{QStringLiteral("name"), name},
                   {QStringLiteral("host"), host},
                   {QStringLiteral("port"), port},
                   {QStringLiteral("transport"), transport}};
    if (!prefix.isEmpty())
        o.insert(QStringLiteral("prefix"), prefix);
    if (metric)
        o.insert(QStringLiteral("metric"), *metric);
    return o;
}

QList<FieldError> DesiredCarrierTrunk::validate(const QString &field) const
{
    QList<FieldError> errors;
    if (name.isEmpty())
        errors << FieldError {field + QStringLiteral(".name"),
                              DesiredState::tr("The carrier trunk needs a name (%1.name).").arg(field)};
    if (host.isEmpty() || !(GatewayAddress::isHostName(host) || GatewayAddress::isIpv4(host)))
        errors << FieldError {field + QStringLiteral(".host"),
                              DesiredState::tr("%1.host must be the carrier's host name or IPv4 address, not \"%2\".")
                                  .arg(field, Excerpt::of(host))};
    if (port < 1 || port > 65535)
        errors << FieldError {field + QStringLiteral(".port"),
                              DesiredState::tr("%1.port must be between 1 and 65535.").arg(field)};
    if (transport != QLatin1String("udp") && transport != QLatin1String("tcp") && transport != QLatin1String("tls"))
        errors << FieldError {
            field + QStringLiteral(".transport"),
            DesiredState::tr("%1.transport must be udp, tcp or tls, not \"%2\".").arg(field, Excerpt::of(transport))};
    return errors;
}

CloudonixTrunk DesiredCarrierTrunk::toTrunk() const
{
    CloudonixTrunk t;
    t.name = name;
    t.ip = host;
    t.port = port;
    t.transport = transport;
    t.prefix = prefix;
    t.direction = QStringLiteral("outbound");
    t.metric = metric;
    return t;
}

} // namespace tw
