#include "dashboard/DomainCards.h"

#include "common/FormRows.h"
#include "common/SummaryCard.h"
#include "operations/DomainStatus.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tw {

namespace {
QString onOff(bool on)
{
    return on ? DomainCards::tr("on") : DomainCards::tr("off");
}

} // namespace

DomainCards::DomainCards(QWidget *parent)
    : QWidget(parent)
    , m_cloudonix(new SummaryCard(this))
    , m_vapi(new SummaryCard(this))
{
    m_cloudonix->setAccessibleName(tr("Cloudonix"));
    m_vapi->setAccessibleName(tr("Vapi"));
    // One above the other: host names do not wrap, and side by side they would widen the window.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(FormRows::heading(tr("Cloudonix"), this));
    column->addWidget(m_cloudonix);
    column->addWidget(FormRows::heading(tr("Vapi"), this));
    column->addWidget(m_vapi);
}

void DomainCards::clear()
{
    m_cloudonix->clear();
    m_vapi->clear();
}

void DomainCards::showStatus(const DomainStatus &status, bool live)
{
    m_cloudonix->clear();
    m_vapi->clear();
    m_cloudonix->addRow(tr("Inbound SIP host"),
                        status.inboundSipHost.isEmpty() ? tr("unknown") : status.inboundSipHost);
    if (live) {
        m_cloudonix->addRow(tr("Allow border-to-border calls"), onOff(status.allowBorderToBorder));
        m_cloudonix->addRow(tr("Redirect unknown destination to border"), onOff(status.redirectUnknownToBorder));
        QStringList carriers;
        for (const CloudonixTrunk &t : status.outboundTrunks)
            carriers << QStringLiteral("%1 (%2)").arg(t.name, t.describe());
        m_cloudonix->addRow(tr("Outbound trunks"),
                            carriers.isEmpty() ? tr("⚠ none") : carriers.join(QLatin1Char('\n')));
    }
    m_vapi->addRow(tr("SIP trunk"),
                   status.trunkId.isEmpty() ? tr("none")
                                            : QStringLiteral("%1 (%2)").arg(status.trunkName, status.trunkId));
    if (!live)
        return;
    QStringList gateways;
    for (const VapiGateway &g : status.gateways) {
        QStringList uses;
        if (g.inbound())
            uses << tr("inbound");
        if (g.outbound())
            uses << tr("outbound");
        if (g.optionsPing())
            uses << tr("options ping");
        gateways << QStringLiteral("%1 (%2)").arg(g.ip,
                                                  uses.isEmpty() ? tr("not used") : uses.join(QStringLiteral(", ")));
    }
    m_vapi->addRow(tr("Gateways"), gateways.isEmpty() ? tr("none") : gateways.join(QLatin1Char('\n')));
    if (status.leadingPlus)
        m_vapi->addRow(tr("Leading plus for outbound calls"), onOff(*status.leadingPlus));
}

} // namespace tw
