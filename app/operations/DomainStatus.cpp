#include "operations/DomainStatus.h"

#include "provisioning/TrunkFinder.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace tw {

DomainStatus DomainStatus::from(const DomainRecord &record, const PlanOutcome *live)
{
    DomainStatus s;
    s.domain = record.domain;
    s.inboundSipHost = record.inboundSipHost;
    s.trunkId = record.vapiCredentialId;
    s.trunkName = record.vapiCredentialName;
    s.applied = !record.intent.isEmpty();
    QHash<QString, const VapiPhoneNumber *> liveById;
    const VapiCredential *trunk = nullptr;
    if (live) {
        s.live = true;
        if (!live->live.domain.inboundSipHost().isEmpty())
            s.inboundSipHost = live->live.domain.inboundSipHost();
        // The domain's trunk wherever it was made (the same rule a plan uses).
        const TrunkFinder::Result found
            = TrunkFinder::find(TrunkFinder::queryFor(record, &live->live.domain), live->live.trunks);
        trunk = found.trunk;
        if (trunk) {
            s.trunkId = trunk->id;
            s.trunkName = trunk->name;
            s.gateways = trunk->gateways;
            s.leadingPlus = trunk->leadingPlus();
            if (found.rule != TrunkFinder::Rule::Recorded)
                s.notes << tr("The trunk \"%1\" was %2; Trunk Wizard has not recorded it yet (sync records it).")
                               .arg(trunk->name, TrunkFinder::ruleText(found.rule));
        } else if (found.ambiguous()) {
            s.notes << TrunkFinder::describeChoice(record.domain, found, live->live.numbers);
        }
        if (!found.note.isEmpty())
            s.drift << DriftFinding {PlanAction::Resource::Trunk, record.vapiCredentialName, found.note};
        s.assistants = live->live.assistants;
        for (const CloudonixTrunk &t : live->live.cloudonixTrunks)
            if (t.isOutbound())
                s.outboundTrunks << t;
        s.noOutboundTrunk = s.outboundTrunks.isEmpty();
        s.allowBorderToBorder = live->live.domain.border.effectiveAllowedBorder();
        s.redirectUnknownToBorder = live->live.domain.border.effectiveRedirectUnknown();
        for (const PlanAction &a : live->plan.actions)
            if (a.isWrite())
                // What is there now, unless the summary already says it ("… → …").
                s.drift << DriftFinding {a.resource, a.key,
                                         a.before.isEmpty() || a.summary.contains(QChar(0x2192))
                                             ? a.summary
                                             : QString(a.summary + tr(" (now: %1)").arg(a.before))};
        // Only this domain's: the account's list may hold the numbers of many domains.
        QSet<QString> recorded;
        for (const NumberRecord &n : record.numbers)
            recorded.insert(n.vapiId);
        for (const VapiPhoneNumber &l : live->live.numbers)
            if (recorded.contains(l.id))
                liveById.insert(l.id, &l);
    }
    QSet<QString> shown;
    for (const NumberRecord &n : record.numbers) {
        Number number {n.number,
                       n.vapiId,
                       n.assistantId,
                       QStringLiteral("unknown"),
                       n.mode.isEmpty() ? QStringLiteral("trunk") : n.mode,
                       {}};
        shown.insert(n.vapiId);
        if (live) {
            if (const VapiPhoneNumber *l = liveById.value(n.vapiId)) {
                number.status = l->status.isEmpty() ? QStringLiteral("active") : l->status;
                number.assistantId = l->assistantId;
            } else {
                number.status = QStringLiteral("missing");
                if (!n.vapiId.isEmpty()) {
                    // The plan's "create" says what a fix does; this says what happened.
                    const QString gone = tr("Number %1 (%2) no longer exists in Vapi.").arg(n.number, n.vapiId);
                    auto same = std::find_if(s.drift.begin(), s.drift.end(), [&n](const DriftFinding &f) {
                        return f.isAbout(PlanAction::Resource::PhoneNumber, n.number);
                    });
                    if (same != s.drift.end())
                        same->text = gone;
                    else
                        s.drift << DriftFinding {PlanAction::Resource::PhoneNumber, n.number, gone};
                }
            }
        }
        s.numbers << number;
    }
    // Every number on the trunk, also those made elsewhere (the dashboard, cx-vcc).
    if (live && trunk)
        for (const VapiPhoneNumber &l : live->live.numbers)
            if (l.credentialId == trunk->id && !shown.contains(l.id))
                s.numbers << Number {l.number,
                                     l.id,
                                     l.assistantId,
                                     l.status.isEmpty() ? QStringLiteral("active") : l.status,
                                     QStringLiteral("trunk"),
                                     {}};
    if (live)
        for (Number &n : s.numbers)
            if (const VapiAssistant *a = live->live.assistantById(n.assistantId))
                n.assistantName = a->displayName();
    return s;
}

QStringList DomainStatus::allWarnings() const
{
    return (noOutboundTrunk ? QStringList {noOutboundTrunkText()} : QStringList()) + warnings;
}

QString DomainStatus::noOutboundTrunkText()
{
    return tr("The Cloudonix domain has no outbound trunk, so Vapi's outbound calls have nowhere to go.");
}

QJsonObject DomainStatus::toJson() const
{
    QJsonArray gatewayList;
    for (const VapiGateway &g : gateways)
        gatewayList.append(QJsonObject {{QStringLiteral("ip"), g.ip},
                                        {QStringLiteral("netmask"), g.effectiveNetmask()},
                                        {QStringLiteral("port"), g.effectivePort()},
                                        {QStringLiteral("inbound"), g.inbound()},
                                        {QStringLiteral("outbound"), g.outbound()},
                                        {QStringLiteral("optionsPing"), g.optionsPing()}});
    QJsonObject trunk {{QStringLiteral("id"), trunkId},
                       {QStringLiteral("name"), trunkName},
                       {QStringLiteral("gateways"), gatewayList}};
    if (leadingPlus)
        trunk.insert(QStringLiteral("leadingPlus"), *leadingPlus);
    QJsonArray numberList;
    for (const Number &n : numbers)
        numberList.append(QJsonObject {{QStringLiteral("number"), n.number},
                                       {QStringLiteral("id"), n.id},
                                       {QStringLiteral("assistantId"), n.assistantId},
                                       {QStringLiteral("assistantName"), n.assistantName},
                                       {QStringLiteral("mode"), n.mode},
                                       {QStringLiteral("status"), n.status}});
    QJsonArray carriers;
    for (const CloudonixTrunk &t : outboundTrunks)
        carriers.append(QJsonObject {{QStringLiteral("id"), t.id},
                                     {QStringLiteral("name"), t.name},
                                     {QStringLiteral("host"), t.ip},
                                     {QStringLiteral("port"), t.port},
                                     {QStringLiteral("transport"), t.transport},
                                     {QStringLiteral("prefix"), t.prefix}});
    const QJsonValue cloudonix = live
        ? QJsonValue(QJsonObject {{QStringLiteral("allowBorderToBorder"), allowBorderToBorder},
                                  {QStringLiteral("redirectUnknownToBorder"), redirectUnknownToBorder},
                                  {QStringLiteral("outboundTrunks"), carriers}})
        : QJsonValue();
    return QJsonObject {{QStringLiteral("domain"), domain},
                        {QStringLiteral("inboundSipHost"), inboundSipHost},
                        {QStringLiteral("trunk"), trunk},
                        {QStringLiteral("numbers"), numberList},
                        {QStringLiteral("cloudonix"), cloudonix},
                        {QStringLiteral("drift"), QJsonArray::fromStringList(DriftFinding::texts(drift))},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(allWarnings())}};
}

} // namespace tw
