#include "operations/DomainStatus.h"

#include <QJsonArray>

namespace tw {

DomainStatus DomainStatus::from(const DomainRecord &record, const PlanOutcome *live)
{
    DomainStatus s;
    s.domain = record.domain;
    s.inboundSipHost = record.inboundSipHost;
    s.trunkId = record.vapiCredentialId;
    s.trunkName = record.vapiCredentialName;
    if (live) {
        s.live = true;
        if (!live->live.domain.inboundSipHost().isEmpty())
            s.inboundSipHost = live->live.domain.inboundSipHost();
        if (const VapiCredential *t = live->live.trunkById(record.vapiCredentialId)) {
            s.trunkId = t->id;
            s.trunkName = t->name;
            s.gateways = t->gateways;
            s.leadingPlus = t->leadingPlus();
        } else if (!record.vapiCredentialId.isEmpty()) {
            s.drift << tr("The trunk %1 no longer exists in Vapi.").arg(record.vapiCredentialId);
        }
        s.allowBorderToBorder = live->live.domain.border.effectiveAllowedBorder();
        s.redirectUnknownToBorder = live->live.domain.border.effectiveRedirectUnknown();
        for (const PlanAction &a : live->plan.actions)
            if (a.isWrite())
                s.drift << QString(a.summary + (a.before.isEmpty() ? QString() : tr(" (now: %1)").arg(a.before)));
    }
    for (const NumberRecord &n : record.numbers) {
        Number number {n.number, n.vapiId, n.assistantId, QStringLiteral("unknown")};
        if (live) {
            number.status = QStringLiteral("missing");
            for (const VapiPhoneNumber &l : live->live.numbers)
                if (l.id == n.vapiId) {
                    number.status = l.status.isEmpty() ? QStringLiteral("active") : l.status;
                    number.assistantId = l.assistantId;
                }
            if (number.status == QLatin1String("missing") && !n.vapiId.isEmpty())
                s.drift << tr("Number %1 (%2) no longer exists in Vapi.").arg(n.number, n.vapiId);
        }
        s.numbers << number;
    }
    return s;
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
                                       {QStringLiteral("status"), n.status}});
    const QJsonValue cloudonix = live
        ? QJsonValue(QJsonObject {{QStringLiteral("allowBorderToBorder"), allowBorderToBorder},
                                  {QStringLiteral("redirectUnknownToBorder"), redirectUnknownToBorder}})
        : QJsonValue();
    return QJsonObject {
        {QStringLiteral("domain"), domain},       {QStringLiteral("inboundSipHost"), inboundSipHost},
        {QStringLiteral("trunk"), trunk},         {QStringLiteral("numbers"), numberList},
        {QStringLiteral("cloudonix"), cloudonix}, {QStringLiteral("drift"), QJsonArray::fromStringList(drift)}};
}

} // namespace tw
