#include "provisioning/TrunkFinder.h"

#include "domain/GatewayAddress.h"

#include <QJsonArray>
#include <QSet>

namespace tw {

namespace {

QList<const VapiCredential *> withGateway(const QList<VapiCredential> &trunks, const QSet<QString> &addresses)
{
    QList<const VapiCredential *> found;
    if (addresses.isEmpty())
        return found;
    for (const VapiCredential &t : trunks)
        if (std::any_of(t.gateways.cbegin(), t.gateways.cend(),
                        [&](const VapiGateway &g) { return addresses.contains(g.ip.toLower()); }))
            found << &t;
    return found;
}

// A trunk with a gateway on another Cloudonix domain's SIP host is that domain's: Cloudonix's
// inbound addresses are shared by every domain, and names are free text.
QList<const VapiCredential *> notElsewhere(const QList<const VapiCredential *> &trunks, const QSet<QString> &hosts)
{
    QList<const VapiCredential *> kept;
    for (const VapiCredential *t : trunks)
        if (std::none_of(t->gateways.cbegin(), t->gateways.cend(), [&](const VapiGateway &g) {
                const QString ip = g.ip.toLower();
                return ip.endsWith(CloudonixDomain::SipHostSuffix) && !hosts.contains(ip);
            }))
            kept << t;
    return kept;
}

} // namespace

TrunkFinder::Query TrunkFinder::queryFor(const DomainRecord &record, const CloudonixDomain *live,
                                         const QString &chosenId, const QString &name)
{
    Query q;
    q.chosenId = chosenId;
    q.recordedId = record.vapiCredentialId;
    q.name = name;
    q.hosts << record.inboundSipHost;
    if (!record.autoAlias.isEmpty())
        q.hosts << record.autoAlias + CloudonixDomain::SipHostSuffix;
    if (live) {
        q.hosts << live->inboundSipHost();
        if (!live->uuid.isEmpty())
            q.hosts << live->uuid + CloudonixDomain::SipHostSuffix;
    }
    const QJsonArray inbound
        = record.intent.value(QLatin1String("trunk")).toObject().value(QLatin1String("inboundGateways")).toArray();
    for (const QJsonValue &v : inbound)
        q.inboundAddresses << v.toString();
    return q;
}

TrunkFinder::Result TrunkFinder::find(const Query &query, const QList<VapiCredential> &trunks)
{
    Result result;
    auto byId = [&trunks](const QString &id) -> const VapiCredential * {
        for (const VapiCredential &t : trunks)
            if (!id.isEmpty() && t.id == id)
                return &t;
        return nullptr;
    };
    if (!query.chosenId.isEmpty()) {
        result.trunk = byId(query.chosenId);
        result.rule = result.trunk ? Rule::Chosen : Rule::None;
        if (!result.trunk)
            result.chosenMissing = tr("Vapi has no SIP trunk with the id %1.").arg(query.chosenId);
        return result;
    }
    if ((result.trunk = byId(query.recordedId))) {
        result.rule = Rule::Recorded;
        return result;
    }
    if (!query.recordedId.isEmpty())
        result.note = tr("The trunk %1 recorded for this domain no longer exists in Vapi.").arg(query.recordedId);

    QSet<QString> hosts;
    for (const QString &h : query.hosts)
        if (!h.isEmpty())
            hosts.insert(h.toLower());
    QSet<QString> addresses;
    for (const QString &a : query.inboundAddresses) {
        const GatewayAddress parsed = GatewayAddress::parse(a);
        if (parsed.kind() == GatewayAddress::Kind::Ipv4)
            addresses.insert(parsed.host());
    }
    QList<const VapiCredential *> named;
    for (const VapiCredential &t : trunks)
        if (!query.name.isEmpty() && t.name == query.name)
            named << &t;
    const std::pair<Rule, QList<const VapiCredential *>> tiers[] = {
        {Rule::Host, withGateway(trunks, hosts)},
        {Rule::InboundAddress, notElsewhere(withGateway(trunks, addresses), hosts)},
        {Rule::Name, notElsewhere(named, hosts)},
    };
    for (const auto &[rule, found] : tiers) {
        if (found.isEmpty())
            continue;
        if (found.size() == 1) {
            result.trunk = found.first();
            result.rule = rule;
        } else {
            result.candidates = found;
        }
        break;
    }
    return result;
}

QString TrunkFinder::describeChoice(const QString &domain, const Result &result, const QList<VapiPhoneNumber> &numbers)
{
    QStringList lines;
    lines << tr("Vapi has %1 SIP trunks that could be the one of %2; nothing was changed. Choose one with --trunk ID "
                "(or \"trunk\": {\"id\": ...} in the desired state):")
                 .arg(result.candidates.size())
                 .arg(domain);
    for (const VapiCredential *t : result.candidates) {
        QStringList gateways;
        for (const VapiGateway &g : t->gateways)
            gateways << g.ip;
        const auto count = std::count_if(numbers.cbegin(), numbers.cend(),
                                         [t](const VapiPhoneNumber &n) { return n.credentialId == t->id; });
        lines << tr("  %1  \"%2\"  gateways %3  %n number(s)", nullptr, int(count))
                     .arg(t->id, t->name, gateways.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TrunkFinder::ruleText(Rule rule)
{
    switch (rule) {
    case Rule::Chosen:
        return tr("chosen by its id");
    case Rule::Recorded:
        return tr("recorded by Trunk Wizard");
    case Rule::Host:
        return tr("found by its gateway on the domain's inbound SIP host");
    case Rule::InboundAddress:
        return tr("found by its gateway on the domain's inbound address");
    case Rule::Name:
        return tr("found by its name");
    case Rule::None:
        break;
    }
    return tr("not found");
}

} // namespace tw
