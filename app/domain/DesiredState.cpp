#include "domain/DesiredState.h"

#include "domain/Excerpt.h"
#include "domain/GatewayAddress.h"
#include "domain/PhoneNumberValidator.h"
#include "domain/VapiLimits.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace tw {

DesiredState DesiredState::fromJson(const QJsonObject &o, QList<FieldError> *errors)
{
    DesiredState s;
    FieldError::checkKeys(o,
                          {QStringLiteral("domain"), QStringLiteral("vapiRegion"), QStringLiteral("trunk"),
                           QStringLiteral("cloudonix"), QStringLiteral("numbers")},
                          QString(), errors);
    s.domain = o.value(QLatin1String("domain")).toString().trimmed().toLower();
    s.vapiRegion = o.value(QLatin1String("vapiRegion")).toString(QStringLiteral("us")).trimmed().toLower();
    s.trunk = DesiredTrunk::fromJson(o.value(QLatin1String("trunk")).toObject(), errors);
    s.cloudonix = DesiredCloudonix::fromJson(o.value(QLatin1String("cloudonix")).toObject(), errors);
    const QJsonValue numbers = o.value(QLatin1String("numbers"));
    if (!numbers.isUndefined() && !numbers.isArray())
        *errors << FieldError {QStringLiteral("numbers"), tr("\"numbers\" must be a list.")};
    const QJsonArray list = numbers.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue v = list.at(i);
        if (v.isString())
            s.numbers << DesiredNumber {v.toString().trimmed(), {}, DesiredNumber::Mode::Trunk, {}};
        else
            s.numbers << DesiredNumber::fromJson(v.toObject(), QStringLiteral("numbers[%1]").arg(i), errors);
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

QString DesiredState::defaultTrunkName() const
{
    return VapiLimits::fitName(QStringLiteral("Cloudonix %1").arg(Excerpt::of(domain)));
}

QString DesiredState::defaultNumberName(const QString &e164) const
{
    return VapiLimits::fitName(QStringLiteral("[%1] %2").arg(domain, e164));
}

QList<FieldError> DesiredState::validate(const QString &defaultNumberRegion)
{
    QList<FieldError> errors;
    auto add = [&errors](const QString &field, const QString &message) { errors << FieldError {field, message}; };
    const QString domainField = QStringLiteral("domain");
    if (domain.isEmpty())
        add(domainField, tr("The Cloudonix domain is missing (\"domain\", for example \"acme.cloudonix.net\")."));
    else if (!GatewayAddress::isHostName(domain))
        add(domainField, tr("\"%1\" is not a Cloudonix domain name.").arg(Excerpt::of(domain)));
    if (vapiRegion != QLatin1String("us") && vapiRegion != QLatin1String("eu"))
        add(QStringLiteral("vapiRegion"),
            tr("vapiRegion must be \"us\" or \"eu\", not \"%1\".").arg(Excerpt::of(vapiRegion)));

    if (const QString e = trunk.name.isEmpty() ? QString() : VapiLimits::checkName(trunk.name, true); !e.isEmpty())
        add(QStringLiteral("trunk.name"), tr("Trunk name: %1").arg(e));
    if (trunk.gateway != QLatin1String("auto")) {
        const GatewayAddress g = GatewayAddress::parse(trunk.gateway);
        if (!g.isValid())
            add(QStringLiteral("trunk.gateway"), tr("Trunk gateway: %1").arg(g.error()));
    }
    if (trunk.inboundGateways) {
        for (qsizetype i = 0; i < trunk.inboundGateways->size(); ++i) {
            const QString &text = trunk.inboundGateways->at(i);
            const QString field = QStringLiteral("trunk.inboundGateways[%1]").arg(i);
            const GatewayAddress g = GatewayAddress::parse(text);
            if (!g.isValid())
                add(field, tr("Inbound gateway: %1").arg(g.error()));
            else if (g.kind() != GatewayAddress::Kind::Ipv4)
                add(field,
                    tr("Inbound gateway \"%1\" is a host name; Vapi matches inbound calls on IPv4 addresses only.")
                        .arg(Excerpt::of(text)));
        }
    }
    if (trunk.port)
        if (const QString e = VapiLimits::checkPort(*trunk.port); !e.isEmpty())
            add(QStringLiteral("trunk.port"), tr("Trunk port: %1").arg(e));
    if (trunk.transport
        && !QStringList {QStringLiteral("udp"), QStringLiteral("tcp"), QStringLiteral("tls"),
                         QStringLiteral("tls/srtp")}
                .contains(*trunk.transport))
        add(QStringLiteral("trunk.transport"),
            tr("trunk.transport must be udp, tcp, tls or tls/srtp, not \"%1\".").arg(Excerpt::of(*trunk.transport)));
    if (!trunk.inbound && !trunk.outbound)
        add(QStringLiteral("trunk.inbound"),
            tr("The trunk allows neither inbound nor outbound calls; turn on at least one."));

    if (!cloudonix.cxmlUrl.isEmpty()) {
        const QUrl url(cloudonix.cxmlUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            add(QStringLiteral("cloudonix.cxmlUrl"),
                tr("cloudonix.cxmlUrl \"%1\" is not an http(s) address.").arg(Excerpt::of(cloudonix.cxmlUrl)));
        if (cloudonix.applicationName.isEmpty())
            add(QStringLiteral("cloudonix.applicationName"), tr("cloudonix.applicationName is empty."));
        if (cloudonix.cxmlMethod != QLatin1String("POST") && cloudonix.cxmlMethod != QLatin1String("GET"))
            add(QStringLiteral("cloudonix.cxmlMethod"), tr("cloudonix.cxmlMethod must be GET or POST."));
    }

    QSet<QString> seen;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        DesiredNumber &n = numbers[i];
        const QString field = QStringLiteral("numbers[%1]").arg(i);
        const auto check = PhoneNumberValidator::normalize(n.number, defaultNumberRegion);
        if (!check.valid) {
            add(field + QStringLiteral(".number"), check.error);
            continue;
        }
        n.number = check.e164;
        if (seen.contains(n.number))
            add(field + QStringLiteral(".number"), tr("%1 is listed twice.").arg(Excerpt::of(n.number)));
        seen.insert(n.number);
        if (const QString e = VapiLimits::checkName(n.name); !e.isEmpty())
            add(field + QStringLiteral(".name"), tr("Number %1: %2").arg(Excerpt::of(n.number), e));
    }
    QSet<QString> carrierNames;
    for (qsizetype i = 0; i < cloudonix.carrierTrunks.size(); ++i) {
        const DesiredCarrierTrunk &t = cloudonix.carrierTrunks.at(i);
        const QString field = QStringLiteral("cloudonix.carrierTrunks[%1]").arg(i);
        errors << t.validate(field);
        if (!t.name.isEmpty() && carrierNames.contains(t.name))
            add(field + QStringLiteral(".name"),
                tr("Two carrier trunks are named \"%1\"; names must differ.").arg(Excerpt::of(t.name)));
        carrierNames.insert(t.name);
    }
    return errors;
}

} // namespace tw
