#include "provisioning/Planner.h"

#include "api/EndpointPolicy.h"
#include "domain/GatewayAddress.h"
#include "provisioning/AssistantResolver.h"
#include "provisioning/CxmlBuilder.h"
#include "provisioning/TrunkFinder.h"
#include "provisioning/steps/ResourceSteps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace tw {

namespace {

QString describe(const QList<VapiGateway> &gateways, bool leadingPlus)
{
    QStringList parts;
    for (const VapiGateway &g : gateways) {
        QStringList flags;
        if (g.inbound())
            flags << QStringLiteral("in");
        if (g.outbound())
            flags << QStringLiteral("out");
        if (g.optionsPing())
            flags << QStringLiteral("ping");
        QString address
            = g.effectiveNetmask() == 32 ? g.ip : QStringLiteral("%1/%2").arg(g.ip).arg(g.effectiveNetmask());
        if (g.effectivePort() != 5060 || g.effectiveProtocol() != QLatin1String("udp"))
            address += QStringLiteral(":%1 %2").arg(g.effectivePort()).arg(g.effectiveProtocol());
        parts << QStringLiteral("%1 [%2]").arg(address, flags.join(QLatin1Char(',')));
    }
    return parts.join(QStringLiteral(", "))
        + (leadingPlus ? QCoreApplication::translate("tw::Planner", "; leading plus on")
                       : QCoreApplication::translate("tw::Planner", "; leading plus off"));
}

QString flagText(const std::optional<bool> &v)
{
    return v
        ? (*v ? QCoreApplication::translate("tw::Planner", "on") : QCoreApplication::translate("tw::Planner", "off"))
        : QCoreApplication::translate("tw::Planner", "not set");
}

QString borderText(const CloudonixBorderSettings &b)
{
    return QCoreApplication::translate("tw::Planner", "allow border-to-border %1, redirect unknown to border %2")
        .arg(flagText(b.allowedBorder), flagText(b.redirectUnknownToBorder));
}

// A removal of something that exists (its id) in the plan.
PlanAction removal(ApiError::System system, PlanAction::Resource resource, const QString &key, const QString &id,
                   const QString &summary)
{
    PlanAction a;
    a.system = system;
    a.resource = resource;
    a.kind = PlanAction::Kind::Delete;
    a.key = key;
    a.existingId = id;
    a.summary = summary;
    return a;
}

bool sameGateways(const QList<VapiGateway> &a, const QList<VapiGateway> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!a.at(i).sameEffect(b.at(i)))
            return false;
    return true;
}

} // namespace

Plan Planner::plan(const Input &in)
{
    Plan plan;
    plan.domain = in.desired.domain;
    const QString host = in.desired.trunk.gateway == QLatin1String("auto") ? in.live.domain.inboundSipHost()
                                                                           : in.desired.trunk.gateway.toLower();
    plan.inboundSipHost = host;
    if (host.isEmpty()) {
        plan.errors
            << tr("Cloudonix has no inbound SIP host for %1 (no auto alias and no UUID); give the trunk's gateway "
                  "(\"Gateway IP address / FQDN\") as the host name Vapi should send calls to.")
                   .arg(in.desired.domain);
        return plan;
    }
    if (!in.live.domain.active)
        plan.warnings
            << tr("The Cloudonix domain %1 is not active; calls will not flow until it is.").arg(in.desired.domain);

    planCloudonix(in, plan); // the domain settings come first: Vapi's outbound calls need them
    QString trunkId;
    if (in.desired.manageTrunk) {
        planTrunk(in, host, plan, &trunkId);
    } else if (const TrunkFinder::Result found = TrunkFinder::find(
                   TrunkFinder::queryFor(in.stored, &in.live.domain, in.desired.trunk.id), in.live.trunks);
               found.ambiguous()) {
        plan.errors << TrunkFinder::describeChoice(in.desired.domain, found, in.live.numbers);
    } else if (found.trunk) {
        trunkId = found.trunk->id;
    } else if (!in.desired.numbers.isEmpty()) {
        plan.errors
            << tr("%1 has no Vapi trunk yet; create it first (trunkwizard-cli service --name NAME --domain %1).")
                   .arg(in.desired.domain);
    }
    planNumbers(in, trunkId, plan);

    // In run order, stably. The order is found on ranks and the actions are moved once: an
    // action is large, and a plan may hold thousands.
    QList<std::pair<int, qsizetype>> order;
    order.reserve(plan.actions.size());
    for (qsizetype i = 0; i < plan.actions.size(); ++i)
        order.append({ResourceSteps::rank(plan.actions.at(i)), i});
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<PlanAction> sorted;
    sorted.reserve(plan.actions.size());
    for (const auto &[rank, index] : std::as_const(order))
        sorted.append(std::move(plan.actions[index]));
    plan.actions = std::move(sorted);
    return plan;
}

Plan Planner::teardown(const DomainRecord &record, const LiveState &live, bool restoreCloudonix)
{
    Plan plan;
    plan.domain = record.domain;
    plan.inboundSipHost = record.inboundSipHost;
    auto remove = [&](ApiError::System system, PlanAction::Resource resource, const QString &key, const QString &id,
                      const QString &summary) {
        PlanAction a = removal(system, resource, key, id, summary);
        a.teardown = true;
        plan.actions << a;
    };
    for (const NumberRecord &n : record.numbers)
        for (const VapiPhoneNumber &l : live.numbers)
            if (!n.vapiId.isEmpty() && l.id == n.vapiId)
                remove(ApiError::System::Vapi, PlanAction::Resource::PhoneNumber, n.number, l.id,
                       tr("Remove number %1 from Vapi (%2)").arg(n.number, l.id));
    for (const NumberRecord &n : record.numbers)
        for (const CloudonixDnid &d : live.dnids)
            if (!n.dnidId.isEmpty() && d.id == n.dnidId)
                remove(ApiError::System::Cloudonix, PlanAction::Resource::Dnid, n.number, d.id,
                       tr("Unbind %1 from the voice application").arg(n.number));
    if (!record.applicationName.isEmpty() && live.application)
        remove(ApiError::System::Cloudonix, PlanAction::Resource::Application, record.applicationName,
               live.application->id, tr("Remove voice application \"%1\"").arg(record.applicationName));
    if (const VapiCredential *trunk = live.trunkById(record.vapiCredentialId))
        remove(ApiError::System::Vapi, PlanAction::Resource::Trunk, trunk->name, trunk->id,
               tr("Remove trunk \"%1\" (%2)").arg(trunk->name, trunk->id));
    for (auto it = record.carrierTrunks.cbegin(); it != record.carrierTrunks.cend(); ++it)
        for (const CloudonixTrunk &t : live.cloudonixTrunks)
            if (t.id == it.value())
                remove(ApiError::System::Cloudonix, PlanAction::Resource::CarrierTrunk, it.key(), t.id,
                       tr("Remove outbound trunk \"%1\" (%2)").arg(it.key(), t.id));
    if (restoreCloudonix) {
        if (!record.borderBeforeRecorded) {
            plan.warnings << tr(
                "Trunk Wizard has no record of the domain settings before it changed them; they are left as they are.");
        } else {
            const CloudonixBorderSettings before {record.allowedBorderBefore.value_or(false),
                                                  record.redirectUnknownBefore.value_or(true)};
            PlanAction a;
            a.system = ApiError::System::Cloudonix;
            a.resource = PlanAction::Resource::BorderFlags;
            a.key = record.domain;
            a.border = before;
            a.borderBefore = live.domain.border;
            a.before = borderText(live.domain.border);
            a.after = borderText(before);
            a.teardown = true;
            a.kind = live.domain.border == before ? PlanAction::Kind::Unchanged : PlanAction::Kind::Update;
            a.summary = tr("Restore the domain settings of %1: %2").arg(record.domain, a.after);
            plan.actions << a;
        }
    }
    return plan;
}

void Planner::planTrunk(const Input &in, const QString &host, Plan &plan, QString *trunkId)
{
    const DesiredTrunk &want = in.desired.trunk;
    const bool hostIsName = GatewayAddress::isHostName(host);

    // The gateways this tool is responsible for.
    QList<VapiGateway> ours;
    if (want.gatewayMode == DesiredTrunk::GatewayMode::Single) {
        VapiGateway g;
        g.ip = host;
        g.inboundEnabled = want.inbound;
        g.outboundEnabled = want.outbound;
        g.optionsPingEnabled = want.optionsPing;
        g.port = want.port;
        g.outboundProtocol = want.transport;
        ours << g;
    } else {
        if (want.outbound) {
            VapiGateway g;
            g.ip = host;
            g.inboundEnabled = !hostIsName && want.inbound && !want.inboundGateways; // an IPv4 host may carry both
            g.outboundEnabled = true;
            g.optionsPingEnabled = want.optionsPing;
            g.port = want.port;
            g.outboundProtocol = want.transport;
            ours << g;
        }
        if (want.inbound) {
            QStringList addresses;
            if (want.inboundGateways) {
                addresses = *want.inboundGateways;
            } else if (hostIsName) {
                if (!in.resolveError.isEmpty() && !in.desired.inboundOptional)
                    plan.errors
                        << tr("The inbound SIP host %1 could not be resolved (%2), so its addresses for the inbound "
                              "gateways are unknown; list them in trunk.inboundGateways or check DNS, then try again.")
                               .arg(host, in.resolveError);
                addresses = in.resolvedHosts;
            } else if (!want.outbound) {
                addresses << host;
            }
            for (const QString &text : std::as_const(addresses)) {
                const GatewayAddress address = GatewayAddress::parse(text);
                if (address.kind() != GatewayAddress::Kind::Ipv4)
                    continue; // validate() already reported it
                VapiGateway g;
                g.ip = address.host();
                g.netmask = address.netmask();
                g.inboundEnabled = true;
                g.outboundEnabled = false;
                ours << g;
            }
            if (addresses.isEmpty() && hostIsName && (in.resolveError.isEmpty() || in.desired.inboundOptional))
                plan.warnings << tr(
                    "Inbound calls need the inbound IP gateways of Cloudonix; none are known yet, so only the "
                    "outbound part of the trunk is set up. Add them as inbound gateways (trunk.inboundGateways in a "
                    "desired state, --inbound-ip on the command line).");
        }
    }

    // The trunk this domain already has, wherever it was made (README: "Which trunk is the domain's").
    TrunkFinder::Query query = TrunkFinder::queryFor(in.stored, &in.live.domain, want.id,
                                                     want.name.isEmpty() ? in.desired.defaultTrunkName() : want.name);
    query.hosts << host;
    if (want.inboundGateways)
        query.inboundAddresses << *want.inboundGateways;
    const TrunkFinder::Result found = TrunkFinder::find(query, in.live.trunks);
    if (!found.chosenMissing.isEmpty()) {
        plan.errors << found.chosenMissing;
        return;
    }
    if (found.ambiguous()) {
        plan.errors << TrunkFinder::describeChoice(in.desired.domain, found, in.live.numbers);
        return;
    }
    if (!found.note.isEmpty())
        plan.warnings << found.note + QLatin1Char(' ')
                + (found.trunk
                       ? tr("Using the trunk %1 (%2) instead.").arg(found.trunk->id, TrunkFinder::ruleText(found.rule))
                       : tr("A new one will be created."));
    const VapiCredential *existing = found.trunk;
    const QString name = !want.name.isEmpty() ? want.name : existing ? existing->name : in.desired.defaultTrunkName();
    if (existing && found.rule != TrunkFinder::Rule::Recorded && found.rule != TrunkFinder::Rule::Chosen
        && found.note.isEmpty())
        plan.notes << tr("The trunk \"%1\" (%2) already exists in Vapi (%3); it is updated in place and its numbers "
                         "are kept.")
                          .arg(existing->name, existing->id, TrunkFinder::ruleText(found.rule));

    PlanAction action;
    action.system = ApiError::System::Vapi;
    action.resource = PlanAction::Resource::Trunk;
    action.key = name;
    if (!existing) {
        action.kind = PlanAction::Kind::Create;
        action.trunk.name = name;
        action.trunk.gateways = ours;
        action.trunk.outboundLeadingPlusEnabled = want.leadingPlus;
        action.after = describe(ours, want.leadingPlus);
        action.summary = tr("Create trunk \"%1\" with %n gateway(s)", nullptr, int(ours.size())).arg(name);
        *trunkId = PendingTrunkId;
    } else {
        // Read, merge, write back the whole list: gateways added elsewhere are kept.
        VapiCredential merged = *existing;
        for (const VapiGateway &g : std::as_const(ours)) {
            bool replaced = false;
            for (VapiGateway &current : merged.gateways) {
                if (current.ip.compare(g.ip, Qt::CaseInsensitive) != 0)
                    continue;
                VapiGateway next = g;
                next.unknownFields = current.unknownFields;
                if (!next.port) // what the intent does not say stays as it is
                    next.port = current.port;
                if (!next.outboundProtocol)
                    next.outboundProtocol = current.outboundProtocol;
                current = next;
                replaced = true;
            }
            if (!replaced)
                merged.gateways << g;
        }
        merged.name = name;
        merged.outboundLeadingPlusEnabled = want.leadingPlus;
        action.existingId = existing->id;
        action.trunk = merged;
        action.trunkBefore = *existing;
        action.before = describe(existing->gateways, existing->leadingPlus());
        action.after = describe(merged.gateways, want.leadingPlus);
        const bool same = sameGateways(existing->gateways, merged.gateways)
            && existing->leadingPlus() == want.leadingPlus && existing->name == name;
        action.kind = same ? PlanAction::Kind::Unchanged : PlanAction::Kind::Update;
        action.summary = same ? tr("Trunk \"%1\" (%2) is as wanted").arg(name, existing->id)
                              : tr("Update trunk \"%1\" (%2)").arg(name, existing->id);
        *trunkId = existing->id;
    }
    const bool singleHostInbound = want.gatewayMode == DesiredTrunk::GatewayMode::Single && want.inbound && hostIsName;
    if (singleHostInbound && action.kind != PlanAction::Kind::Unchanged) // one that exists was accepted
        plan.warnings
            << tr("The single gateway %1 is a host name with inbound calls allowed; current Vapi accounts refuse "
                  "that (\"SIP gateway creation failed\"). If Vapi refuses it, use the split gateway mode.")
                   .arg(host);
    for (const VapiGateway &g : action.trunk.gateways)
        if (g.inbound() && g.outbound() && GatewayAddress::isIpv4(g.ip))
            plan.warnings
                << tr("Gateway %1 is open for inbound and outbound calls; Cloudonix's inbound addresses only need "
                      "inbound.")
                       .arg(g.ip);
    plan.actions << action;
}

void Planner::planNumbers(const Input &in, const QString &trunkId, Plan &plan)
{
    EndpointPolicy::VapiRegion region = EndpointPolicy::VapiRegion::Us;
    EndpointPolicy::parseRegion(in.desired.vapiRegion, &region);
    // Vapi's numbers by E.164 and by SIP URI, in Vapi's order: a lookup per wanted number, not a
    // scan (10,000 numbers would otherwise cost 10^8 comparisons). Only this domain's are indexed:
    // the account may hold the numbers of 50 domains, read once for all of them.
    const QString sipHost = EndpointPolicy::vapiSipHost(region);
    QSet<QString> keys;
    for (const DesiredNumber &n : in.desired.numbers)
        keys.insert(n.mode == DesiredNumber::Mode::SipUri ? QStringLiteral("sip:%1@%2").arg(n.number, sipHost).toLower()
                                                          : n.number);
    QSet<QString> recordedIds;
    for (const NumberRecord &old : in.stored.numbers)
        recordedIds.insert(old.vapiId);
    QHash<QString, QList<const VapiPhoneNumber *>> liveByKey;
    QHash<QString, const VapiPhoneNumber *> liveById;
    for (const VapiPhoneNumber &live : in.live.numbers) {
        const QString key = live.isSipUri() ? live.sipUri.toLower() : live.number;
        if (keys.contains(key))
            liveByKey[key] << &live;
        if (recordedIds.contains(live.id))
            liveById.insert(live.id, &live);
    }
    QSet<QString> wanted;
    for (const DesiredNumber &n : in.desired.numbers) {
        wanted.insert(n.number);
        plan.cxml << CxmlBuilder::dialVapi(n.number);

        QString assistantId;
        if (!n.assistant.isEmpty()) {
            const AssistantResolver::Result assistant
                = AssistantResolver::resolve(n.assistant, in.live.assistants, n.number);
            assistantId = assistant.id;
            if (!assistant.ok())
                plan.errors << assistant.error;
        }

        const bool sip = n.mode == DesiredNumber::Mode::SipUri;
        const QString sipUri = QStringLiteral("sip:%1@%2").arg(n.number, sipHost);
        const VapiPhoneNumber *found = nullptr;
        for (const VapiPhoneNumber *live : liveByKey.value(sip ? sipUri.toLower() : n.number)) {
            found = live;
            if (!sip && live->credentialId == trunkId)
                break; // prefer the one already on our trunk
        }
        PlanAction action;
        action.system = ApiError::System::Vapi;
        action.resource = PlanAction::Resource::PhoneNumber;
        action.key = n.number;
        const QString assistantText
            = assistantId.isEmpty() ? tr("no assistant") : tr("assistant %1").arg(in.live.assistantLabel(assistantId));
        if (!found) {
            action.kind = PlanAction::Kind::Create;
            action.number.provider = sip ? VapiPhoneNumber::VapiProvider : VapiPhoneNumber::ByoProvider;
            action.number.number = sip ? QString() : n.number;
            action.number.sipUri = sip ? sipUri : QString();
            action.number.credentialId = sip ? QString() : trunkId;
            action.number.name = n.name.isEmpty() ? in.desired.defaultNumberName(n.number) : n.name;
            action.number.assistantId = assistantId;
            action.number.numberE164CheckEnabled = false;
            action.after = sip ? QStringLiteral("%1, %2").arg(sipUri, assistantText) : assistantText;
            action.summary = sip ? tr("Create SIP URI number %1 (%2)").arg(sipUri, assistantText)
                                 : tr("Create number %1 on the trunk (%2)").arg(n.number, assistantText);
            plan.actions << action;
            continue;
        }
        if (!sip && !found->isByo()) {
            plan.errors
                << tr("%1 already exists in Vapi as a \"%2\" number; remove it there first, or use mode sip-uri.")
                       .arg(n.number, found->provider);
            continue;
        }
        action.existingId = found->id;
        action.number = *found; // what is there now: adopted into the record even when unchanged
        action.numberPatch.provider = found->provider;
        QStringList changes;
        if (found->assistantId != assistantId) {
            action.numberPatch.assistantId = assistantId; // empty detaches
            changes << tr("assistant %1 → %2")
                           .arg(found->assistantId.isEmpty() ? tr("none") : in.live.assistantLabel(found->assistantId),
                                assistantId.isEmpty() ? tr("none") : in.live.assistantLabel(assistantId));
        }
        if (!sip && found->credentialId != trunkId) {
            plan.warnings << tr("%1 is on another trunk (%2) in Vapi; it will be moved to this domain's trunk.")
                                 .arg(n.number, found->credentialId.isEmpty() ? tr("none") : found->credentialId);
            action.numberPatch.credentialId = trunkId;
            changes << tr("trunk %1 → this trunk").arg(found->credentialId);
        }
        if (!n.name.isEmpty() && found->name != n.name) {
            action.numberPatch.name = n.name;
            changes << tr("name \"%1\" → \"%2\"").arg(found->name, n.name);
        }
        action.kind = changes.isEmpty() ? PlanAction::Kind::Unchanged : PlanAction::Kind::Update;
        action.before = QStringLiteral("%1, %2").arg(
            found->id, found->assistantId.isEmpty() ? tr("no assistant") : in.live.assistantLabel(found->assistantId));
        action.after = changes.join(QStringLiteral("; "));
        action.summary = changes.isEmpty()
            ? tr("Number %1 is as wanted (%2)").arg(n.number, found->id)
            : tr("Update number %1: %2").arg(n.number, changes.join(QStringLiteral("; ")));
        plan.actions << action;
    }

    // Numbers this tool set up earlier that are no longer wanted: remove them (only ours).
    for (const NumberRecord &old : in.stored.numbers) {
        if (wanted.contains(old.number) || old.vapiId.isEmpty())
            continue;
        if (const VapiPhoneNumber *live = liveById.value(old.vapiId)) {
            PlanAction action = removal(ApiError::System::Vapi, PlanAction::Resource::PhoneNumber, old.number, live->id,
                                        tr("Remove number %1 (%2), no longer wanted").arg(old.number, live->id));
            action.before = live->isSipUri() ? live->sipUri : live->number;
            plan.actions << action;
        }
    }
}

void Planner::planCarrierTrunks(const Input &in, Plan &plan)
{
    QSet<QString> wanted;
    for (const DesiredCarrierTrunk &want : in.desired.cloudonix.carrierTrunks) {
        wanted.insert(want.name);
        PlanAction a;
        a.system = ApiError::System::Cloudonix;
        a.resource = PlanAction::Resource::CarrierTrunk;
        a.key = want.name;
        a.carrier = want.toTrunk();
        a.after = a.carrier.describe();
        const auto found = std::find_if(in.live.cloudonixTrunks.cbegin(), in.live.cloudonixTrunks.cend(),
                                        [&](const CloudonixTrunk &t) { return t.name == want.name; });
        if (found == in.live.cloudonixTrunks.cend()) {
            a.kind = PlanAction::Kind::Create;
            a.summary = tr("Create outbound trunk \"%1\" to %2").arg(want.name, a.after);
        } else {
            a.existingId = found->id;
            a.carrier.id = found->id;
            a.carrierBefore = *found;
            a.before = found->describe();
            if (!found->isOutbound())
                plan.warnings << tr("The Cloudonix trunk \"%1\" is an %2 trunk; carrier trunks are outbound. Rename "
                                    "one of them.")
                                     .arg(want.name, found->direction);
            const bool same = found->sameSettings(a.carrier);
            a.kind = same ? PlanAction::Kind::Unchanged : PlanAction::Kind::Update;
            a.summary = same ? tr("Outbound trunk \"%1\" is as wanted (%2)").arg(want.name, a.after)
                             : tr("Update outbound trunk \"%1\" to %2").arg(want.name, a.after);
        }
        plan.actions << a;
    }
    // Carrier trunks this tool created that are no longer wanted (one made by hand stays).
    for (auto it = in.stored.carrierTrunks.cbegin(); it != in.stored.carrierTrunks.cend(); ++it) {
        if (wanted.contains(it.key()))
            continue;
        for (const CloudonixTrunk &t : in.live.cloudonixTrunks)
            if (t.id == it.value())
                plan.actions << removal(ApiError::System::Cloudonix, PlanAction::Resource::CarrierTrunk, it.key(), t.id,
                                        tr("Remove outbound trunk \"%1\" (%2), no longer wanted").arg(it.key(), t.id));
    }
}

void Planner::planCloudonix(const Input &in, Plan &plan)
{
    const DesiredCloudonix &want = in.desired.cloudonix;
    const CloudonixBorderSettings wanted {want.allowBorderToBorder, want.redirectUnknownToBorder};
    const CloudonixBorderSettings live = in.live.domain.border;
    PlanAction flags;
    flags.system = ApiError::System::Cloudonix;
    flags.resource = PlanAction::Resource::BorderFlags;
    flags.key = in.desired.domain;
    flags.border = wanted;
    flags.borderBefore = live;
    flags.before = borderText(live);
    flags.after = borderText(wanted);
    // An absent key already has its default effect: writing it would change nothing.
    const bool sameEffect = live.effectiveAllowedBorder() == wanted.effectiveAllowedBorder()
        && live.effectiveRedirectUnknown() == wanted.effectiveRedirectUnknown();
    flags.kind = sameEffect ? PlanAction::Kind::Unchanged : PlanAction::Kind::Update;
    flags.summary = flags.kind == PlanAction::Kind::Unchanged
        ? tr("Domain settings of %1 are as wanted (%2)").arg(in.desired.domain, flags.after)
        : tr("Set domain settings of %1: %2").arg(in.desired.domain, flags.after);
    plan.actions << flags;
    planCarrierTrunks(in, plan);

    if (want.cxmlUrl.isEmpty())
        return;
    PlanAction app;
    app.system = ApiError::System::Cloudonix;
    app.resource = PlanAction::Resource::Application;
    app.key = want.applicationName;
    app.application.name = want.applicationName;
    app.application.url = want.cxmlUrl;
    app.application.method = want.cxmlMethod;
    app.after = QStringLiteral("%1 %2").arg(want.cxmlMethod, want.cxmlUrl);
    if (!in.live.application) {
        app.kind = PlanAction::Kind::Create;
        app.summary = tr("Create voice application \"%1\" (%2)").arg(want.applicationName, app.after);
    } else {
        app.existingId = in.live.application->id;
        app.before = QStringLiteral("%1 %2").arg(in.live.application->method, in.live.application->url);
        const bool same = in.live.application->url == want.cxmlUrl
            && in.live.application->method.compare(want.cxmlMethod, Qt::CaseInsensitive) == 0;
        app.kind = same ? PlanAction::Kind::Unchanged : PlanAction::Kind::Update;
        app.summary = same ? tr("Voice application \"%1\" is as wanted").arg(want.applicationName)
                           : tr("Update voice application \"%1\" to %2").arg(want.applicationName, app.after);
    }
    plan.actions << app;

    for (const DesiredNumber &n : in.desired.numbers) {
        PlanAction dnid;
        dnid.system = ApiError::System::Cloudonix;
        dnid.resource = PlanAction::Resource::Dnid;
        dnid.key = n.number;
        dnid.dnid.source = n.number;
        dnid.dnid.applicationName = want.applicationName;
        const CloudonixDnid *found = nullptr;
        for (const CloudonixDnid &d : in.live.dnids)
            if (d.source == n.number)
                found = &d;
        if (!found) {
            dnid.kind = PlanAction::Kind::Create;
            dnid.summary = tr("Bind %1 to voice application \"%2\"").arg(n.number, want.applicationName);
        } else if (found->applicationName == want.applicationName
                   || (in.live.application && found->applicationId == in.live.application->id)) {
            dnid.kind = PlanAction::Kind::Unchanged;
            dnid.existingId = found->id;
            dnid.summary = tr("%1 is bound to \"%2\"").arg(n.number, want.applicationName);
        } else {
            plan.warnings << tr("%1 is already bound to another Cloudonix application (%2); it was left as it is.")
                                 .arg(n.number,
                                      found->applicationName.isEmpty() ? found->applicationId : found->applicationName);
            continue;
        }
        plan.actions << dnid;
    }

    // Bindings this tool made for numbers that are no longer wanted go with them.
    for (const NumberRecord &old : in.stored.numbers) {
        const bool stillWanted = std::any_of(in.desired.numbers.cbegin(), in.desired.numbers.cend(),
                                             [&](const DesiredNumber &n) { return n.number == old.number; });
        if (stillWanted || old.dnidId.isEmpty())
            continue;
        for (const CloudonixDnid &d : in.live.dnids) {
            if (d.id != old.dnidId)
                continue;
            plan.actions << removal(
                ApiError::System::Cloudonix, PlanAction::Resource::Dnid, old.number, d.id,
                tr("Unbind %1 from voice application \"%2\", no longer wanted").arg(old.number, want.applicationName));
        }
    }
}

} // namespace tw
