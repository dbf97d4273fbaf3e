#include "cli/CliDomainView.h"

namespace tw {

namespace {
QString onOff(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}
} // namespace

QStringList CliDomainView::remoteText(const DomainStatus &status)
{
    QStringList lines;
    lines << QStringLiteral("Domain: %1").arg(status.domain);
    lines << tr("  Inbound SIP host: %1").arg(status.inboundSipHost);
    lines << (status.trunkId.isEmpty() ? tr("  Vapi trunk: none found")
                                       : tr("  Vapi trunk: %1 %2").arg(status.trunkName, status.trunkId));
    for (const VapiGateway &g : status.gateways)
        lines << tr("    gateway %1/%2 inbound %3, outbound %4, options ping %5")
                     .arg(g.ip)
                     .arg(g.effectiveNetmask())
                     .arg(onOff(g.inbound()), onOff(g.outbound()), onOff(g.optionsPing()));
    for (const QString &n : status.notes)
        lines << QStringLiteral("  Note: %1").arg(n);
    lines << QStringLiteral("  Numbers: %1").arg(status.numbers.size());
    for (const DomainStatus::Number &n : status.numbers)
        lines << QStringLiteral("  Number %1: %2, %3")
                     .arg(n.number, n.status,
                          n.assistantId.isEmpty() ? tr("no assistant")
                                                  : QStringLiteral("assistant %1").arg(n.assistantId));
    lines << tr("  Cloudonix: allow border-to-border %1, redirect unknown to border %2")
                 .arg(onOff(status.allowBorderToBorder), onOff(status.redirectUnknownToBorder));
    for (const CloudonixTrunk &t : status.outboundTrunks)
        lines << tr("    outbound trunk \"%1\": %2").arg(t.name, t.describe());
    if (status.noOutboundTrunk)
        lines << QStringLiteral("  Warning: %1 %2")
                     .arg(DomainStatus::noOutboundTrunkText(),
                          tr("Add the carrier's trunk: cloudonix.carrierTrunks in the desired state."));
    for (const QString &w : status.warnings)
        lines << QStringLiteral("  Warning: %1").arg(w);
    lines << (!status.drift.isEmpty() ? tr("  Drift:")
                  : status.applied    ? tr("  No drift: everything is as last applied.")
                                      : tr("  Nothing applied with Trunk Wizard yet, so no drift to show."));
    for (const DriftFinding &d : status.drift)
        lines << QStringLiteral("    - %1").arg(d.text);
    return lines;
}

QStringList CliDomainView::localText(const DomainRecord &record)
{
    QStringList lines;
    lines << QStringLiteral("Domain: %1").arg(record.domain);
    lines << tr("  Inbound SIP host: %1")
                 .arg(record.inboundSipHost.isEmpty() ? QStringLiteral("(unknown)") : record.inboundSipHost);
    lines << tr("  Vapi trunk: %1")
                 .arg(record.vapiCredentialId.isEmpty()
                          ? QStringLiteral("(none)")
                          : QStringLiteral("%1 (%2)").arg(record.vapiCredentialName, record.vapiCredentialId));
    if (record.numbers.isEmpty())
        lines << QStringLiteral("  Numbers: none");
    for (const NumberRecord &n : record.numbers)
        lines << QStringLiteral("  Number: %1%2%3")
                     .arg(n.number, n.vapiId.isEmpty() ? QString() : tr(" (Vapi id %1)").arg(n.vapiId),
                          n.assistantId.isEmpty() ? QString() : QStringLiteral(", assistant %1").arg(n.assistantId));
    return lines;
}

} // namespace tw
