#include "provisioning/DesiredStateBuilder.h"

#include "domain/PhoneNumberValidator.h"
#include "provisioning/TrunkFinder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tw {

DesiredState DesiredStateBuilder::current(const DomainRecord &record, const LiveState &live, const QString &vapiRegion,
                                          const QString &chosenTrunkId)
{
    if (!record.intent.isEmpty()) {
        QList<FieldError> ignored; // the stored intent was validated when it was applied
        DesiredState desired = DesiredState::fromJson(record.intent, &ignored);
        if (!chosenTrunkId.isEmpty())
            desired.trunk.id = chosenTrunkId;
        return desired;
    }
    return fromLive(record, live, vapiRegion, chosenTrunkId);
}

DesiredState DesiredStateBuilder::fromLive(const DomainRecord &record, const LiveState &live, const QString &vapiRegion,
                                           const QString &chosenTrunkId)
{
    DesiredState desired;
    desired.domain = record.domain;
    desired.vapiRegion = vapiRegion;
    desired.cloudonix.allowBorderToBorder = live.domain.border.effectiveAllowedBorder();
    desired.cloudonix.redirectUnknownToBorder = live.domain.border.effectiveRedirectUnknown();
    const TrunkFinder::Result found = TrunkFinder::find(
        TrunkFinder::queryFor(record, &live.domain, chosenTrunkId, desired.defaultTrunkName()), live.trunks);
    desired.trunk.id = chosenTrunkId;
    if (found.trunk)
        desired.trunk = DesiredTrunk::fromLive(*found.trunk, live.domain.inboundSipHost());
    // The numbers it has: those on the trunk, and those recorded that Vapi still has.
    QSet<QString> listed;
    QHash<QString, const VapiPhoneNumber *> liveById;
    for (const VapiPhoneNumber &n : live.numbers)
        liveById.insert(n.id, &n);
    auto add = [&](const QString &number, const QString &assistantId, DesiredNumber::Mode mode) {
        if (!number.isEmpty() && !listed.contains(number)) {
            listed.insert(number);
            desired.numbers << DesiredNumber {number, assistantId, mode, {}};
        }
    };
    for (const NumberRecord &n : record.numbers)
        if (const VapiPhoneNumber *l = liveById.value(n.vapiId))
            add(n.number, l->assistantId,
                n.mode == QLatin1String("sip-uri") ? DesiredNumber::Mode::SipUri : DesiredNumber::Mode::Trunk);
    if (found.trunk)
        for (const VapiPhoneNumber &l : live.numbers)
            if (l.isByo() && l.credentialId == found.trunk->id)
                add(l.number, l.assistantId, DesiredNumber::Mode::Trunk);
    // The carrier trunks this tool made, as they are now (one deleted is no longer wanted).
    for (const CloudonixTrunk &t : live.cloudonixTrunks)
        if (record.carrierTrunks.value(t.name) == t.id && !t.id.isEmpty())
            desired.cloudonix.carrierTrunks
                << DesiredCarrierTrunk {t.name, t.ip, t.port, t.transport, t.prefix, t.metric};
    return desired;
}

DesiredState DesiredStateBuilder::accepting(const DomainRecord &record, const LiveState &live,
                                            const QString &vapiRegion, PlanAction::Resource resource,
                                            const QString &key)
{
    using Resource = PlanAction::Resource;
    DesiredState desired = current(record, live, vapiRegion);
    const DesiredState now = fromLive(record, live, vapiRegion);
    // Replaces the item named `name` by the live one, or drops it when it is gone.
    auto take = [](auto &wanted, const auto &there, auto nameOf, const QString &name) {
        auto same = [&](const auto &item) { return nameOf(item) == name; };
        const auto found = std::find_if(there.cbegin(), there.cend(), same);
        const auto it = std::find_if(wanted.begin(), wanted.end(), same);
        if (found == there.cend())
            wanted.removeIf(same);
        else if (it != wanted.end())
            *it = *found;
        else
            wanted << *found;
    };
    switch (resource) {
    case Resource::BorderFlags:
        desired.cloudonix.allowBorderToBorder = now.cloudonix.allowBorderToBorder;
        desired.cloudonix.redirectUnknownToBorder = now.cloudonix.redirectUnknownToBorder;
        break;
    case Resource::Trunk:
        desired.trunk = now.trunk;
        break;
    case Resource::PhoneNumber:
        take(
            desired.numbers, now.numbers, [](const DesiredNumber &n) { return n.number; }, key);
        break;
    case Resource::CarrierTrunk:
        take(
            desired.cloudonix.carrierTrunks, now.cloudonix.carrierTrunks,
            [](const DesiredCarrierTrunk &t) { return t.name; }, key);
        break;
    case Resource::Application:
    case Resource::Dnid:
        break; // routing is not part of what is there to accept: it can only be put back
    }
    return desired;
}

DesiredState DesiredStateBuilder::withTrunk(const DomainRecord &record, const LiveState &live,
                                            const QString &vapiRegion, const QString &name,
                                            const std::optional<QStringList> &inboundGateways,
                                            const QString &chosenTrunkId)
{
    DesiredState desired = current(record, live, vapiRegion, chosenTrunkId);
    if (!name.isEmpty())
        desired.trunk.name = name;
    if (inboundGateways) {
        desired.trunk.inboundGateways = inboundGateways;
        desired.trunk.inbound = true;
        desired.trunk.gatewayMode = DesiredTrunk::GatewayMode::Split; // IP gateways carry inbound
    }
    desired.cloudonix.allowBorderToBorder = true; // the guide's two domain settings
    desired.cloudonix.redirectUnknownToBorder = true;
    desired.inboundOptional = true;
    return desired;
}

DesiredState DesiredStateBuilder::withNumbers(const DomainRecord &record, const LiveState &live,
                                              const QString &vapiRegion, const QList<DesiredNumber> &numbers,
                                              const QString &numberRegion, const QString &chosenTrunkId)
{
    DesiredState desired = current(record, live, vapiRegion, chosenTrunkId);
    if (record.intent.isEmpty() && desired.trunk.id.isEmpty())
        desired.manageTrunk = false; // no trunk anywhere: the plan says to create it first
    desired.inboundOptional = true;
    for (const DesiredNumber &n : numbers) {
        const auto e164 = PhoneNumberValidator::normalize(n.number, numberRegion);
        bool replaced = false;
        for (DesiredNumber &existing : desired.numbers)
            if (e164.valid && existing.number == e164.e164) {
                existing = n;
                replaced = true;
            }
        if (!replaced)
            desired.numbers << n;
    }
    return desired;
}

QList<DesiredNumber> DesiredStateBuilder::numbersFromCsv(const QByteArray &text, const QString &defaultAssistant,
                                                         DesiredNumber::Mode defaultMode)
{
    QList<DesiredNumber> numbers;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1String("number"), Qt::CaseInsensitive))
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        const QString assistant = cells.value(1).trimmed();
        const QString mode = cells.value(2).trimmed();
        numbers << DesiredNumber {cells.value(0).trimmed(),
                                  assistant.isEmpty() ? defaultAssistant : assistant,
                                  mode.isEmpty()                         ? defaultMode
                                      : mode == QLatin1String("sip-uri") ? DesiredNumber::Mode::SipUri
                                                                         : DesiredNumber::Mode::Trunk,
                                  {}};
    }
    return numbers;
}

} // namespace tw
