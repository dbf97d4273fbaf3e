#include "cli/CliDomainView.h"

#include <QJsonArray>

namespace tw {

namespace {
QString onOff(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}
} // namespace

QJsonObject CliDomainView::toJson(const DomainRecord &record, const PlanOutcome *live)
{
    QJsonObject trunk {{QStringLiteral("id"), record.vapiCredentialId},
                       {QStringLiteral("name"), record.vapiCredentialName},
                       {QStringLiteral("gateways"), QJsonArray {}}};
    QJsonArray numbers;
    QJsonObject cloudonix;
    QJsonArray drift;
    if (live) {
        if (const VapiCredential *t = live->live.trunkById(record.vapiCredentialId)) {
            QJsonArray gateways;
            for (const VapiGateway &g : t->gateways)
                gateways.append(QJsonObject {{QStringLiteral("ip"), g.ip},
                                             {QStringLiteral("netmask"), g.effectiveNetmask()},
                                             {QStringLiteral("port"), g.effectivePort()},
                                             {QStringLiteral("inbound"), g.inbound()},
                                             {QStringLiteral("outbound"), g.outbound()},
                                             {QStringLiteral("optionsPing"), g.optionsPing()}});
            trunk = QJsonObject {{QStringLiteral("id"), t->id},
                                 {QStringLiteral("name"), t->name},
                                 {QStringLiteral("gateways"), gateways},
                                 {QStringLiteral("leadingPlus"), t->leadingPlus()}};
        } else if (!record.vapiCredentialId.isEmpty()) {
            drift.append(QStringLiteral("The trunk %1 no longer exists in Vapi.").arg(record.vapiCredentialId));
        }
        cloudonix = QJsonObject {
            {QStringLiteral("allowBorderToBorder"), live->live.domain.border.effectiveAllowedBorder()},
            {QStringLiteral("redirectUnknownToBorder"), live->live.domain.border.effectiveRedirectUnknown()}};
        for (const PlanAction &a : live->plan.actions)
            if (a.isWrite())
                drift.append(
                    QString(a.summary + (a.before.isEmpty() ? QString() : QStringLiteral(" (now: %1)").arg(a.before))));
    }
    for (const NumberRecord &n : record.numbers) {
        QString status = QStringLiteral("unknown");
        QString assistant = n.assistantId;
        if (live) {
            status = QStringLiteral("missing");
            for (const VapiPhoneNumber &l : live->live.numbers)
                if (l.id == n.vapiId) {
                    status = l.status.isEmpty() ? QStringLiteral("active") : l.status;
                    assistant = l.assistantId;
                }
            if (status == QLatin1String("missing") && !n.vapiId.isEmpty())
                drift.append(QStringLiteral("Number %1 (%2) no longer exists in Vapi.").arg(n.number, n.vapiId));
        }
        numbers.append(QJsonObject {{QStringLiteral("number"), n.number},
                                    {QStringLiteral("id"), n.vapiId},
                                    {QStringLiteral("assistantId"), assistant},
                                    {QStringLiteral("status"), status}});
    }
    QJsonObject o {{QStringLiteral("domain"), record.domain},
                   {QStringLiteral("inboundSipHost"),
                    live && !live->live.domain.inboundSipHost().isEmpty() ? live->live.domain.inboundSipHost()
                                                                          : record.inboundSipHost},
                   {QStringLiteral("trunk"), trunk},
                   {QStringLiteral("numbers"), numbers},
                   {QStringLiteral("cloudonix"), live ? QJsonValue(cloudonix) : QJsonValue()},
                   {QStringLiteral("drift"), drift}};
    return o;
}

QStringList CliDomainView::remoteText(const QJsonObject &json)
{
    QStringList lines;
    lines << QStringLiteral("Domain: %1").arg(json.value(QStringLiteral("domain")).toString());
    lines << QStringLiteral("  Inbound SIP host: %1").arg(json.value(QStringLiteral("inboundSipHost")).toString());
    const QJsonObject trunk = json.value(QStringLiteral("trunk")).toObject();
    lines << QStringLiteral("  Vapi trunk: %1 %2")
                 .arg(trunk.value(QStringLiteral("name")).toString(), trunk.value(QStringLiteral("id")).toString());
    for (const QJsonValue &g : trunk.value(QStringLiteral("gateways")).toArray()) {
        const QJsonObject o = g.toObject();
        lines << QStringLiteral("    gateway %1/%2 inbound %3, outbound %4, options ping %5")
                     .arg(o.value(QStringLiteral("ip")).toString())
                     .arg(o.value(QStringLiteral("netmask")).toInt())
                     .arg(onOff(o.value(QStringLiteral("inbound")).toBool()),
                          onOff(o.value(QStringLiteral("outbound")).toBool()),
                          onOff(o.value(QStringLiteral("optionsPing")).toBool()));
    }
    for (const QJsonValue &v : json.value(QStringLiteral("numbers")).toArray()) {
        const QJsonObject n = v.toObject();
        lines << QStringLiteral("  Number %1: %2, %3")
                     .arg(n.value(QStringLiteral("number")).toString(), n.value(QStringLiteral("status")).toString(),
                          n.value(QStringLiteral("assistantId")).toString());
    }
    const QJsonObject cx = json.value(QStringLiteral("cloudonix")).toObject();
    lines << QStringLiteral("  Cloudonix: allow border-to-border %1, redirect unknown to border %2")
                 .arg(onOff(cx.value(QStringLiteral("allowBorderToBorder")).toBool()),
                      onOff(cx.value(QStringLiteral("redirectUnknownToBorder")).toBool()));
    const QJsonArray drift = json.value(QStringLiteral("drift")).toArray();
    lines << (drift.isEmpty() ? QStringLiteral("  No drift: everything is as last applied.")
                              : QStringLiteral("  Drift:"));
    for (const QJsonValue &d : drift)
        lines << QStringLiteral("    - %1").arg(d.toString());
    return lines;
}

QStringList CliDomainView::localText(const DomainRecord &record)
{
    QStringList lines;
    lines << QStringLiteral("Domain: %1").arg(record.domain);
    lines << QStringLiteral("  Inbound SIP host: %1")
                 .arg(record.inboundSipHost.isEmpty() ? QStringLiteral("(unknown)") : record.inboundSipHost);
    lines << QStringLiteral("  Vapi trunk: %1")
                 .arg(record.vapiCredentialId.isEmpty()
                          ? QStringLiteral("(none)")
                          : QStringLiteral("%1 (%2)").arg(record.vapiCredentialName, record.vapiCredentialId));
    if (record.numbers.isEmpty())
        lines << QStringLiteral("  Numbers: none");
    for (const NumberRecord &n : record.numbers)
        lines << QStringLiteral("  Number: %1%2%3")
                     .arg(n.number, n.vapiId.isEmpty() ? QString() : QStringLiteral(" (Vapi id %1)").arg(n.vapiId),
                          n.assistantId.isEmpty() ? QString() : QStringLiteral(", assistant %1").arg(n.assistantId));
    return lines;
}

} // namespace tw
