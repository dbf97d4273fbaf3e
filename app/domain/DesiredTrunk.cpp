#include "domain/DesiredTrunk.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tw {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tw::DesiredState", text);
}

bool readBool(const QJsonObject &o, const char *key, bool fallback, QList<FieldError> *errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        const QString field = QStringLiteral("trunk.") + QLatin1String(key);
        *errors << FieldError {field, tr("%1 must be true or false.").arg(field)};
        return fallback;
    }
    return v.toBool();
}
} // namespace

DesiredTrunk DesiredTrunk::fromJson(const QJsonObject &o, QList<FieldError> *errors)
{
    FieldError::checkKeys(o,
                          {QStringLiteral("name"), QStringLiteral("gateway"), QStringLiteral("inbound"),
                           QStringLiteral("outbound"), QStringLiteral("optionsPing"), QStringLiteral("leadingPlus"),
                           QStringLiteral("gatewayMode"), QStringLiteral("inboundGateways")},
                          QStringLiteral("trunk"), errors);
    DesiredTrunk t;
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
        *errors << FieldError {QStringLiteral("trunk.gatewayMode"),
                               tr("trunk.gatewayMode must be \"split\" or \"single\", not \"%1\".").arg(mode)};
    const QJsonValue inbound = o.value(QLatin1String("inboundGateways"));
    if (inbound.isArray()) {
        QStringList list;
        for (const QJsonValue &v : inbound.toArray())
            list << v.toString().trimmed();
        t.inboundGateways = list;
    } else if (!inbound.isUndefined() && !inbound.isNull()) {
        *errors << FieldError {QStringLiteral("trunk.inboundGateways"),
                               tr("trunk.inboundGateways must be a list of IPv4 addresses.")};
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
    if (inboundGateways)
        o.insert(QStringLiteral("inboundGateways"), QJsonArray::fromStringList(*inboundGateways));
    return o;
}

} // namespace tw
