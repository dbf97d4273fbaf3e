#include "domain/DesiredTrunk.h"

#include "domain/DesiredState.h"
#include "domain/Excerpt.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tw {

namespace {

bool readBool(const QJsonObject &o, const char *key, bool fallback, QList<FieldError> *errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        const QString field = QStringLiteral("trunk.") + QLatin1String(key);
        *errors << FieldError {field, DesiredState::tr("%1 must be true or false.").arg(field)};
        return fallback;
    }
    return v.toBool();
}
} // namespace

DesiredTrunk DesiredTrunk::fromJson(const QJsonObject &o, QList<FieldError> *errors)
{
    FieldError::checkKeys(o,
                          {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("gateway"),
                           QStringLiteral("inbound"), QStringLiteral("outbound"), QStringLiteral("optionsPing"),
                           QStringLiteral("leadingPlus"), QStringLiteral("gatewayMode"),
                           QStringLiteral("inboundGateways"), QStringLiteral("port"), QStringLiteral("transport")},
                          QStringLiteral("trunk"), errors);
    DesiredTrunk t;
    t.id = o.value(QLatin1String("id")).toString().trimmed();
    t.name = o.value(QLatin1String("name")).toString();
    t.gateway = o.value(QLatin1String("gateway")).toString(QStringLiteral("auto")).trimmed();
    t.inbound = readBool(o, "inbound", true, errors);
    t.outbound = readBool(o, "outbound", true, errors);
    t.optionsPing = readBool(o, "optionsPing", true, errors);
    t.leadingPlus = readBool(o, "leadingPlus", true, errors);
    const QString mode = o.value(QLatin1String("gatewayMode")).toString(QStringLiteral("split"));
    if (mode == QLatin1String("single"))
        t.gatewayMode = GatewayMode::Single;
    else if (mode != QLatin1String("split"))
        *errors << FieldError {
            QStringLiteral("trunk.gatewayMode"),
            DesiredState::tr("trunk.gatewayMode must be \"split\" or \"single\", not \"%1\".").arg(Excerpt::of(mode))};
    const QJsonValue port = o.value(QLatin1String("port"));
    if (port.isDouble() && port.toDouble() == double(port.toInt()))
        t.port = port.toInt();
    else if (!port.isUndefined() && !port.isNull())
        *errors << FieldError {QStringLiteral("trunk.port"), DesiredState::tr("trunk.port must be a whole number.")};
    const QJsonValue transport = o.value(QLatin1String("transport"));
    if (transport.isString())
        t.transport = transport.toString().trimmed().toLower();
    else if (!transport.isUndefined() && !transport.isNull())
        *errors << FieldError {QStringLiteral("trunk.transport"),
                               DesiredState::tr("trunk.transport must be udp, tcp, tls or tls/srtp.")};
    const QJsonValue inbound = o.value(QLatin1String("inboundGateways"));
    if (inbound.isArray()) {
        QStringList list;
        for (const QJsonValue &v : inbound.toArray())
            list << v.toString().trimmed();
        t.inboundGateways = list;
    } else if (!inbound.isUndefined() && !inbound.isNull()) {
        *errors << FieldError {QStringLiteral("trunk.inboundGateways"),
                               DesiredState::tr("trunk.inboundGateways must be a list of IPv4 addresses.")};
    }
    return t;
}

DesiredTrunk DesiredTrunk::fromLive(const VapiCredential &live, const QString &host)
{
    DesiredTrunk t;
    t.id = live.id;
    t.name = live.name;
    t.leadingPlus = live.leadingPlus();
    const VapiGateway *onHost = nullptr;
    QStringList inbound;
    for (const VapiGateway &g : live.gateways) {
        if (g.ip.compare(host, Qt::CaseInsensitive) == 0)
            onHost = &g;
        else if (g.inbound())
            inbound << (g.effectiveNetmask() == 32 ? g.ip
                                                   : QStringLiteral("%1/%2").arg(g.ip).arg(g.effectiveNetmask()));
    }
    if (!onHost && !live.gateways.isEmpty())
        onHost = &live.gateways.first(); // a gateway on another host: keep it as the trunk's gateway
    if (onHost && onHost->ip.compare(host, Qt::CaseInsensitive) != 0)
        t.gateway = onHost->ip;
    t.outbound = onHost && onHost->outbound();
    if (onHost) {
        t.port = onHost->port;
        t.transport = onHost->outboundProtocol;
    }
    t.optionsPing = onHost && onHost->optionsPing();
    if (onHost && onHost->inbound() && inbound.isEmpty()) {
        // The guide's one gateway for both directions (older Vapi accounts).
        t.gatewayMode = GatewayMode::Single;
        t.inbound = true;
    } else {
        t.inbound = !inbound.isEmpty();
        t.inboundGateways = inbound;
    }
    return t;
}

QJsonObject DesiredTrunk::toJson() const
{
    QJsonObject o {{QStringLiteral("name"), name},
                   {QStringLiteral("gateway"), gateway},
                   {QStringLiteral("inbound"), inbound},
                   {QStringLiteral("outbound"), outbound},
                   {QStringLiteral("optionsPing"), optionsPing},
                   {QStringLiteral("leadingPlus"), leadingPlus},
                   {QStringLiteral("gatewayMode"),
                    gatewayMode == GatewayMode::Split ? QStringLiteral("split") : QStringLiteral("single")}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (port)
        o.insert(QStringLiteral("port"), *port);
    if (transport)
        o.insert(QStringLiteral("transport"), *transport);
    if (inboundGateways)
        o.insert(QStringLiteral("inboundGateways"), QJsonArray::fromStringList(*inboundGateways));
    return o;
}

} // namespace tw
