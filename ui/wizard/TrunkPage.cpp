#include "wizard/TrunkPage.h"

#include "common/FormRows.h"
#include "common/GlossaryDialog.h"
#include "core/CoreContext.h"
#include "domain/GatewayAddress.h"
#include "domain/VapiLimits.h"
#include "provisioning/HostResolver.h"
#include "wizard/SetupWizard.h"
#include "wizard/SipCheckRow.h"
#include "wizard/WizardSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw {

namespace {
QLabel *problemLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->hide();
    return l;
}

void showProblem(QFormLayout *form, QLabel *label, const QString &problem)
{
    // An icon and words, never colour alone.
    label->setText(problem.isEmpty() ? QString() : QStringLiteral("⚠ ") + problem);
    form->setRowVisible(label, !problem.isEmpty());
}
} // namespace

TrunkPage::TrunkPage(WizardSession *session, QWidget *parent)
    : WizardPageBase(session, tr("Set up the SIP trunk"),
                     tr("Vapi sends and receives calls through this trunk; its gateway is your Cloudonix domain's "
                        "inbound SIP host."),
                     parent)
    , m_name(new QLineEdit(this))
    , m_nameCount(new QLabel(this))
    , m_gateway(new QLineEdit(this))
    , m_gatewayError(problemLabel(this))
    , m_sipCheck(new SipCheckRow(session->core(), this))
    , m_inbound(new QCheckBox(tr("Allow &inbound calls"), this))
    , m_outbound(new QCheckBox(tr("Allow &outbound calls"), this))
    , m_optionsPing(new QCheckBox(tr("Enable o&ptions ping"), this))
    , m_advancedToggle(new QToolButton(this))
    , m_leadingPlus(new QCheckBox(tr("Enable &leading plus for outbound calls"), this))
    , m_mode(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_transport(new QComboBox(this))
    , m_inboundGateways(new QPlainTextEdit(this))
    , m_inboundError(problemLabel(this))
    , m_inboundSource(new QLabel(this))
    , m_existing(new QLabel(this))
    , m_existingChoice(new QComboBox(this))
{
    m_existing->setWordWrap(true);
    m_existing->hide();
    m_existingChoice->hide();
    FormRows::name(m_existingChoice, tr("Trunk to use"));
    body()->addWidget(m_existing);
    body()->addWidget(m_existingChoice);

    // One form, so the advanced rows line up with the rest; rows are hidden, not removed.
    auto *form = new QFormLayout;
    m_form = form;
    m_name->setMaxLength(VapiLimits::MaxNameLength);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_nameCount);
    auto *nameLabel = new QLabel(tr("T&runk name:"), this);
    nameLabel->setBuddy(m_name);
    FormRows::name(m_name, nameLabel->text());
    form->addRow(nameLabel, nameRow);
    FormRows::add(form, tr("&Gateway IP address / FQDN:"), m_gateway);
    GlossaryDialog::explain(m_gateway, Glossary::Term::InboundSipHost);
    GlossaryDialog::explain(m_name, Glossary::Term::SipTrunk);
    GlossaryDialog::explain(m_inbound, Glossary::Term::Gateway);
    GlossaryDialog::explain(m_outbound, Glossary::Term::Gateway);
    GlossaryDialog::explain(m_optionsPing, Glossary::Term::OptionsPing);
    GlossaryDialog::explain(m_leadingPlus, Glossary::Term::LeadingPlus);
    GlossaryDialog::explain(m_inboundGateways, Glossary::Term::Gateway);
    FormRows::hint(form, tr("Where Vapi sends calls: your domain's inbound SIP host, <alias>.sip.cloudonix.net."));
    form->addRow(QString(), m_gatewayError);
    form->addRow(tr("SIP check:"), m_sipCheck);
    for (QCheckBox *box : {m_inbound, m_outbound, m_optionsPing}) {
        FormRows::name(box, box->text());
        form->addRow(QString(), box);
    }
    FormRows::hint(form, tr("Options ping: Vapi checks every few seconds that the gateway answers SIP."));

    m_advancedToggle->setText(tr("&Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    FormRows::name(m_advancedToggle, m_advancedToggle->text());
    form->addRow(m_advancedToggle);
    m_firstAdvancedRow = form->rowCount();
    FormRows::name(m_leadingPlus, m_leadingPlus->text());
    form->addRow(QString(), m_leadingPlus);
    FormRows::hint(form,
                   tr("Vapi adds the + of E.164 to the numbers it dials: 12127773456 goes out as "
                      "+12127773456, 442071234567 as +442071234567. Cloudonix expects E.164, so keep it on."));
    m_mode->addItem(tr("Split: outbound host gateway, inbound IP gateways"), QStringLiteral("split"));
    m_mode->addItem(tr("Single: one gateway for both (older Vapi accounts)"), QStringLiteral("single"));
    FormRows::add(form, tr("Gateway &mode:"), m_mode);
    m_port->setRange(1, 65535);
    m_port->setValue(5060);
    m_transport->addItem(tr("UDP"), QStringLiteral("udp"));
    m_transport->addItem(tr("TCP"), QStringLiteral("tcp"));
    m_transport->addItem(tr("TLS"), QStringLiteral("tls"));
    m_transport->addItem(tr("TLS with SRTP"), QStringLiteral("tls/srtp"));
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    auto *transportLabel = new QLabel(tr("Transpor&t:"), this);
    transportLabel->setBuddy(m_transport);
    FormRows::name(m_transport, transportLabel->text());
    portRow->addSpacing(12);
    portRow->addWidget(transportLabel);
    portRow->addWidget(m_transport);
    portRow->addStretch(1);
    auto *portLabel = new QLabel(tr("&SIP port:"), this);
    portLabel->setBuddy(m_port);
    FormRows::name(m_port, portLabel->text());
    form->addRow(portLabel, portRow);
    FormRows::hint(form, tr("How Vapi reaches the gateway; Cloudonix answers on 5060 over UDP."));
    m_inboundGateways->setTabChangesFocus(true);
    m_inboundGateways->setPlaceholderText(
        tr("One IPv4 address or range per line, e.g. 203.0.113.10 or 203.0.113.0/24"));
    m_inboundGateways->setFixedHeight(m_inboundGateways->fontMetrics().lineSpacing() * 4 + 12);
    FormRows::add(form, tr("Inbound IP gate&ways:"), m_inboundGateways);
    FormRows::hint(form,
                   tr("The Cloudonix addresses that send calls to Vapi. Vapi accepts only IP addresses for "
                      "inbound calls; left empty, they are looked up from the gateway's host name."));
    form->addRow(QString(), m_inboundError);
    m_inboundSource->setWordWrap(true);
    m_inboundSource->setTextFormat(Qt::RichText); // FormRows::wrappedText
    form->addRow(QString(), m_inboundSource);
    body()->addLayout(form);
    body()->addStretch(1);
    showAdvanced(false);
    form->setRowVisible(m_gatewayError, false);
    form->setRowVisible(m_inboundSource, false);

    connect(m_advancedToggle, &QToolButton::toggled, this, &TrunkPage::showAdvanced);
    for (QLineEdit *edit : {m_name, m_gateway})
        connect(edit, &QLineEdit::textChanged, this, &TrunkPage::check);
    connect(m_inboundGateways, &QPlainTextEdit::textChanged, this, &TrunkPage::check);
    // The check follows what Vapi would use: the gateway, its port and its transport.
    connect(m_gateway, &QLineEdit::textChanged, this, &TrunkPage::scheduleSipCheck);
    connect(m_port, &QSpinBox::valueChanged, this, &TrunkPage::scheduleSipCheck);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &TrunkPage::scheduleSipCheck);
    for (QCheckBox *box : {m_inbound, m_outbound})
        connect(box, &QCheckBox::toggled, this, &TrunkPage::check);
}

void TrunkPage::initializePage()
{
    const DesiredState &d = session()->desired;
    m_name->setText(d.trunk.name.isEmpty() ? d.defaultTrunkName() : d.trunk.name);
    m_gateway->setText(d.trunk.gateway == QLatin1String("auto") ? session()->inboundSipHost() : d.trunk.gateway);
    m_inbound->setChecked(d.trunk.inbound);
    m_outbound->setChecked(d.trunk.outbound);
    m_optionsPing->setChecked(d.trunk.optionsPing);
    m_leadingPlus->setChecked(d.trunk.leadingPlus);
    m_mode->setCurrentIndex(d.trunk.gatewayMode == DesiredTrunk::GatewayMode::Single ? 1 : 0);
    m_port->setValue(d.trunk.port.value_or(5060));
    m_transport->setCurrentIndex(std::max(0, m_transport->findData(d.trunk.transport.value_or(QStringLiteral("udp")))));
    m_inboundGateways->setPlainText(d.trunk.inboundGateways ? d.trunk.inboundGateways->join(QLatin1Char('\n'))
                                                            : QString());

    // No inbound addresses yet: look them up from the host, for the admin to check and edit.
    if (!d.trunk.inboundGateways && GatewayAddress::isHostName(m_gateway->text().trimmed())
        && session()->core()->resolver()) {
        const QString host = m_gateway->text().trimmed();
        session()->core()->resolver()->resolve(host, this, [this, host](const QStringList &addresses, const QString &) {
            if (!m_inboundGateways->toPlainText().trimmed().isEmpty() || addresses.isEmpty())
                return; // the admin typed some meanwhile, or the name did not resolve
            m_inboundGateways->setPlainText(addresses.join(QLatin1Char('\n')));
            m_inboundSource->setText(
                FormRows::wrappedText(tr("Note: Looked up from %1; check them against Cloudonix's list.").arg(host)));
            m_form->setRowVisible(m_inboundSource, m_advancedToggle->isChecked());
        });
    }

    // A trunk this domain already has (the CLI's rule): reused and updated in place.
    const QList<VapiCredential> existing = session()->existingTrunks();
    m_existingChoice->clear();
    m_existing->setVisible(!existing.isEmpty());
    m_existingChoice->setVisible(existing.size() > 1);
    if (existing.size() == 1) {
        m_existing->setText(
            tr("Note: Vapi already has a trunk for this domain: \"%1\" (%2). It will be updated in place "
               "and keep its numbers; no second trunk is made.")
                .arg(existing.first().name, existing.first().id));
        if (d.trunk.name.isEmpty())
            m_name->setText(existing.first().name);
    } else if (existing.size() > 1) {
        m_existing->setText(
            tr("Note: Vapi has %1 trunks that could be this domain's. Choose the one to use; the others "
               "are left alone.")
                .arg(existing.size()));
        for (const VapiCredential &t : existing)
            m_existingChoice->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.id), t.id);
        const int chosen = m_existingChoice->findData(d.trunk.id);
        m_existingChoice->setCurrentIndex(std::max(chosen, 0));
    }
    check();
    scheduleSipCheck();
}

void TrunkPage::scheduleSipCheck()
{
    const QString host = m_gateway->text().trimmed();
    const GatewayAddress gateway = GatewayAddress::parse(host);
    const std::optional<SipTarget::Transport> transport = SipTarget::fromVapi(m_transport->currentData().toString());
    if (host.isEmpty() || !gateway.isValid() || !transport)
        return m_sipCheck->schedule(std::nullopt);
    SipTarget target;
    target.host = host;
    target.port = quint16(m_port->value());
    target.transport = *transport;
    m_sipCheck->schedule(target);
}

void TrunkPage::cleanupPage()
{
    m_sipCheck->cancel(); // Back: nothing keeps asking in the background
    WizardPageBase::cleanupPage();
}

QStringList TrunkPage::inboundLines() const
{
    QStringList lines;
    for (const QString &line : m_inboundGateways->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

void TrunkPage::check()
{
    m_nameCount->setText(tr("%1/%2").arg(m_name->text().size()).arg(VapiLimits::MaxNameLength));
    m_nameCount->setAccessibleDescription(
        tr("%1 of %2 characters").arg(m_name->text().size()).arg(VapiLimits::MaxNameLength));
    const GatewayAddress gateway = GatewayAddress::parse(m_gateway->text().trimmed());
    QString gatewayProblem;
    if (m_gateway->text().trimmed().isEmpty())
        gatewayProblem = tr("Enter the host Vapi should send calls to.");
    else if (!gateway.isValid())
        gatewayProblem = gateway.error();
    showProblem(m_form, m_gatewayError, gatewayProblem);
    QStringList inboundProblems;
    const QStringList lines = inboundLines();
    for (int i = 0; i < lines.size(); ++i) {
        const GatewayAddress a = GatewayAddress::parse(lines.at(i));
        if (a.kind() != GatewayAddress::Kind::Ipv4)
            inboundProblems << tr("Line %1 (%2): %3")
                                   .arg(i + 1)
                                   .arg(lines.at(i), a.isValid() ? tr("an IPv4 address is needed") : a.error());
    }
    showProblem(m_form, m_inboundError, inboundProblems.join(QLatin1Char('\n')));
    if (!m_advancedToggle->isChecked())
        m_form->setRowVisible(m_inboundError, false);
    if (!inboundProblems.isEmpty() && !m_advancedToggle->isChecked())
        m_advancedToggle->setChecked(true);
    const bool direction = m_inbound->isChecked() || m_outbound->isChecked();
    const bool valid
        = !m_name->text().trimmed().isEmpty() && gatewayProblem.isEmpty() && inboundProblems.isEmpty() && direction;
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool TrunkPage::isComplete() const
{
    return m_valid;
}

bool TrunkPage::validatePage()
{
    DesiredTrunk &t = session()->desired.trunk;
    t.name = m_name->text().trimmed();
    const QString gateway = m_gateway->text().trimmed();
    t.gateway
        = gateway.compare(session()->inboundSipHost(), Qt::CaseInsensitive) == 0 ? QStringLiteral("auto") : gateway;
    t.inbound = m_inbound->isChecked();
    t.outbound = m_outbound->isChecked();
    t.optionsPing = m_optionsPing->isChecked();
    t.leadingPlus = m_leadingPlus->isChecked();
    t.gatewayMode = m_mode->currentData() == QLatin1String("single") ? DesiredTrunk::GatewayMode::Single
                                                                     : DesiredTrunk::GatewayMode::Split;
    // Only what differs from Vapi's defaults is wanted explicitly; the rest stays as it is.
    t.port = m_port->value() == 5060 && !t.port ? std::nullopt : std::optional<int>(m_port->value());
    const QString transport = m_transport->currentData().toString();
    t.transport = transport == QLatin1String("udp") && !t.transport ? std::nullopt : std::optional<QString>(transport);
    const QStringList lines = inboundLines();
    if (lines.isEmpty())
        t.inboundGateways.reset();
    else
        t.inboundGateways = lines;
    t.id = m_existingChoice->isVisible() ? m_existingChoice->currentData().toString() : QString();
    return true;
}

void TrunkPage::showAdvanced(bool on)
{
    m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    for (int row = m_firstAdvancedRow; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, on);
    if (on) {
        m_form->setRowVisible(m_inboundError, !m_inboundError->text().isEmpty());
        m_form->setRowVisible(m_inboundSource, !m_inboundSource->text().isEmpty());
    }
}

int TrunkPage::nextId() const
{
    return int(SetupWizard::PageId::Routing);
}

} // namespace tw
