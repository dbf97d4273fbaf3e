#include "domain/DesiredState.h"

#include "domain/GatewayAddress.h"
#include "domain/PhoneNumberValidator.h"
#include "domain/VapiLimits.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace tw {

DesiredState DesiredState::fromJson(const QJsonObject &o, QStringList *errors)
{
    DesiredState s;
    static const QStringList known {QStringLiteral("domain"), QStringLiteral("vapiRegion"), QStringLiteral("trunk"),
                                    QStringLiteral("cloudonix"), QStringLiteral("numbers")};
    for (const QString &key : o.keys())
        if (!known.contains(key))
            *errors << tr("\"%1\" is not a field of the desired state (fields: %2).")
                           .arg(key, known.join(QStringLiteral(", ")));
    s.domain = o.value(QLatin1String("domain")).toString().trimmed().toLower();
    s.vapiRegion = o.value(QLatin1String("vapiRegion")).toString(QStringLiteral("us")).trimmed().toLower();
    s.trunk = DesiredTrunk::fromJson(o.value(QLatin1String("trunk")).toObject(), errors);
    s.cloudonix = DesiredCloudonix::fromJson(o.value(QLatin1String("cloudonix")).toObject(), errors);
    const QJsonValue numbers = o.value(QLatin1String("numbers"));
    if (!numbers.isUndefined() && !numbers.isArray())
        *errors << tr("\"numbers\" must be a list.");
    for (const QJsonValue &v : numbers.toArray()) {
        if (v.isString())
            s.numbers << DesiredNumber {v.toString().trimmed(), {}, DesiredNumber::Mode::Trunk, {}};
        else
            s.numbers << DesiredNumber::fromJson(v.toObject(), errors);
    }
    return s;
}

QJsonObject DesiredState::toJson() const
{
    QJsonArray list;
    for (const DesiredNumber &n : numbers)
        list.append(n.toJson());
    return QJsonObject {{QStringLiteral("domain"), domain},
                        {QStringLiteral("vapiRegion"), vapiRegion},
                        {QStringLiteral("trunk"), trunk.toJson()},
                        {QStringLiteral("cloudonix"), cloudonix.toJson()},
                        {QStringLiteral("numbers"), list}};
}

QString DesiredState::defaultNumberName(const QString &e164) const
{
    return VapiLimits::fitName(QStringLiteral("[%1] %2").arg(domain, e164));
}

QStringList DesiredState::validate(const QString &defaultNumberRegion)
{
    QStringList errors;
    if (domain.isEmpty())
        errors << tr("The Cloudonix domain is missing (\"domain\", for example \"acme.cloudonix.net\").");
    else if (!GatewayAddress::isHostName(domain))
        errors << tr("\"%1\" is not a Cloudonix domain name.").arg(domain);
    if (vapiRegion != QLatin1String("us") && vapiRegion != QLatin1String("eu"))
        errors << tr("vapiRegion must be \"us\" or \"eu\", not \"%1\".").arg(vapiRegion);

    if (const QString e = VapiLimits::checkName(trunk.name, true); !e.isEmpty())
        errors << tr("Trunk name: %1").arg(e);
    if (trunk.gateway != QLatin1String("auto")) {
        const GatewayAddress g = GatewayAddress::parse(trunk.gateway);
        if (!g.isValid())
            errors << tr("Trunk gateway: %1").arg(g.error());
    }
    if (trunk.inboundGateways) {
        for (const QString &text : *trunk.inboundGateways) {
            const GatewayAddress g = GatewayAddress::parse(text);
            if (!g.isValid())
                errors << tr("Inbound gateway: %1").arg(g.error());
            else if (g.kind() != GatewayAddress::Kind::Ipv4)
                errors
                    << tr("Inbound gateway \"%1\" is a host name; Vapi matches inbound calls on IPv4 addresses only.")
                           .arg(text);
        }
    }
    if (!trunk.inbound && !trunk.outbound)
        errors << tr("The trunk allows neither inbound nor outbound calls; turn on at least one.");

    if (!cloudonix.cxmlUrl.isEmpty()) {
        const QUrl url(cloudonix.cxmlUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            errors << tr("cloudonix.cxmlUrl \"%1\" is not an http(s) address.").arg(cloudonix.cxmlUrl);
        if (cloudonix.applicationName.isEmpty())
            errors << tr("cloudonix.applicationName is empty.");
        if (cloudonix.cxmlMethod != QLatin1String("POST") && cloudonix.cxmlMethod != QLatin1String("GET"))
            errors << tr("cloudonix.cxmlMethod must be GET or POST.");
    }

    QSet<QString> seen;
    for (DesiredNumber &n : numbers) {
        const auto check = PhoneNumberValidator::normalize(n.number, defaultNumberRegion);
        if (!check.valid) {
            errors << check.error;
            continue;
        }
        n.number = check.e164;
        if (seen.contains(n.number))
            errors << tr("%1 is listed twice.").arg(n.number);
        seen.insert(n.number);
        if (const QString e = VapiLimits::checkName(n.name); !e.isEmpty())
            errors << tr("Number %1: %2").arg(n.number, e);
    }
    return errors;
}

} // namespace tw
