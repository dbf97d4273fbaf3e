#include "wizard/RoutingPage.h"

#include "common/FormRows.h"
#include "common/GlossaryDialog.h"
#include "provisioning/CxmlBuilder.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace tw {

RoutingPage::RoutingPage(WizardSession *session, QWidget *parent)
    : WizardPageBase(session, tr("Route calls on Cloudonix"),
                     tr("Cloudonix passes calls between Vapi and the phone network; these settings let it."), parent)
    , m_border(new QCheckBox(tr("A&llow border-to-border calls (recommended)"), this))
    , m_redirect(new QCheckBox(tr("&Redirect unknown destination to border (recommended)"), this))
    , m_cxmlUrl(new QLineEdit(this))
    , m_cxmlProblem(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_carriers(new QTableView(this))
    , m_carrierModel(new QStandardItemModel(0, 4, this))
    , m_noCarrier(new QLabel(this))
    , m_carrierName(new QLineEdit(this))
    , m_carrierHost(new QLineEdit(this))
    , m_carrierPort(new QSpinBox(this))
    , m_carrierTransport(new QComboBox(this))
    , m_addCarrier(new QPushButton(tr("Add &carrier trunk"), this))
    , m_carrierProblem(new QLabel(this))
{
    auto *form = new QFormLayout;
    for (QCheckBox *box : {m_border, m_redirect})
        FormRows::name(box, box->text());
    form->addRow(QString(), m_border);
    FormRows::hint(form, tr("Lets a call that arrives from one external system (Vapi) leave to another (a carrier)."));
    form->addRow(QString(), m_redirect);
    FormRows::hint(form,
                   tr("Sends a call to a number the domain does not know out to the border (Vapi's outbound "
                      "calls to the phone network)."));
    m_cxmlUrl->setPlaceholderText(tr("optional: https://your-server.example.com/vapi.xml"));
    FormRows::add(form, tr("CXML application &URL:"), m_cxmlUrl);
    GlossaryDialog::explain(m_border, Glossary::Term::BorderToBorder);
    GlossaryDialog::explain(m_redirect, Glossary::Term::RedirectToBorder);
    GlossaryDialog::explain(m_cxmlUrl, Glossary::Term::CallRouting);
    GlossaryDialog::explain(m_carriers, Glossary::Term::CarrierTrunk);
    GlossaryDialog::explain(m_carrierHost, Glossary::Term::CarrierTrunk);
    form->addRow(QString(), m_cxmlProblem);
    form->setRowVisible(m_cxmlProblem, false);
    m_form = form;
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setFixedHeight(QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).lineSpacing() * 7 + 12);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    FormRows::add(form, tr("CXML each number gets:"), m_preview);
    body()->addLayout(form);

    auto *carriers = new QGroupBox(tr("Outbound carrier trunks"), this);
    auto *column = new QVBoxLayout(carriers);
    auto *intro = new QLabel(tr("Vapi's outbound calls reach the phone network through a carrier trunk on the domain "
                                "(the guide's example: Telnyx)."),
                             carriers);
    intro->setWordWrap(true);
    column->addWidget(intro);
    m_carrierModel->setHorizontalHeaderLabels({tr("Name"), tr("Host"), tr("Port / transport"), tr("Managed by")});
    m_carriers->setModel(m_carrierModel);
    m_carriers->setAccessibleName(tr("Outbound carrier trunks"));
    m_carriers->setTabKeyNavigation(false);
    m_carriers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_carriers->verticalHeader()->hide();
    m_carriers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_carriers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_carriers->setMaximumHeight(m_carriers->fontMetrics().lineSpacing() * 6);
    column->addWidget(m_carriers);
    m_noCarrier->setWordWrap(true);
    m_noCarrier->setText(tr("⚠ The domain has no outbound trunk yet, so Vapi's outbound calls have nowhere to go. "
                            "Add your carrier's trunk below, or later."));
    column->addWidget(m_noCarrier);
    auto *add = new QHBoxLayout;
    m_carrierName->setPlaceholderText(tr("telnyx"));
    m_carrierHost->setPlaceholderText(tr("sip.telnyx.com"));
    m_carrierPort->setRange(1, 65535);
    m_carrierPort->setValue(5060);
    m_carrierTransport->addItems({QStringLiteral("udp"), QStringLiteral("tcp"), QStringLiteral("tls")});
    const QList<std::pair<QString, QWidget *>> fields {{tr("Na&me:"), m_carrierName},
                                                       {tr("Ho&st:"), m_carrierHost},
                                                       {tr("P&ort:"), m_carrierPort},
                                                       {tr("&Transport:"), m_carrierTransport}};
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, carriers);
        label->setBuddy(field);
        FormRows::name(field, tr("Carrier %1").arg(FormRows::plain(text).toLower()));
        add->addWidget(label);
        add->addWidget(field, field == m_carrierHost ? 2 : 1);
    }
    FormRows::name(m_addCarrier, m_addCarrier->text());
    add->addWidget(m_addCarrier);
    column->addLayout(add);
    m_carrierProblem->setWordWrap(true);
    m_carrierProblem->hide();
    column->addWidget(m_carrierProblem);
    body()->addWidget(carriers);
    body()->addStretch(1);

    connect(m_cxmlUrl, &QLineEdit::textChanged, this, &RoutingPage::updatePreview);
    connect(m_addCarrier, &QPushButton::clicked, this, &RoutingPage::addCarrier);
    connect(m_carrierHost, &QLineEdit::returnPressed, this, &RoutingPage::addCarrier);
}

void RoutingPage::initializePage()
{
    const DesiredCloudonix &c = session()->desired.cloudonix;
    m_border->setChecked(c.allowBorderToBorder);
    m_redirect->setChecked(c.redirectUnknownToBorder);
    m_cxmlUrl->setText(c.cxmlUrl);
    showCarriers();
    updatePreview();
}

void RoutingPage::showCarriers()
{
    m_carrierModel->removeRows(0, m_carrierModel->rowCount());
    QStringList shown;
    auto row = [this](const QString &name, const QString &host, const QString &where, const QString &who) {
        QList<QStandardItem *> items;
        for (const QString &text : {name, host, where, who})
            items << new QStandardItem(text);
        m_carrierModel->appendRow(items);
    };
    for (const DesiredCarrierTrunk &t : std::as_const(session()->desired.cloudonix.carrierTrunks)) {
        row(t.name, t.host, QStringLiteral("%1/%2").arg(t.port).arg(t.transport), tr("Trunk Wizard"));
        shown << t.name;
    }
    if (session()->cloudonix)
        for (const CloudonixTrunk &t : session()->cloudonix->trunks)
            if (t.isOutbound() && !shown.contains(t.name))
                row(t.name, t.ip, QStringLiteral("%1/%2").arg(t.port).arg(t.transport), tr("already on the domain"));
    m_noCarrier->setVisible(m_carrierModel->rowCount() == 0);
}

void RoutingPage::addCarrier()
{
    DesiredCarrierTrunk t;
    t.name = m_carrierName->text().trimmed();
    t.host = m_carrierHost->text().trimmed();
    t.port = m_carrierPort->value();
    t.transport = m_carrierTransport->currentText();
    QStringList problems;
    for (const FieldError &e : t.validate(tr("Carrier trunk")))
        problems << e.message;
    for (const DesiredCarrierTrunk &other : std::as_const(session()->desired.cloudonix.carrierTrunks))
        if (other.name == t.name)
            problems << tr("A carrier trunk named \"%1\" is already in the list.").arg(t.name);
    m_carrierProblem->setText(problems.isEmpty() ? QString() : QStringLiteral("⚠ ") + problems.join(QLatin1Char(' ')));
    m_carrierProblem->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        return;
    session()->desired.cloudonix.carrierTrunks << t;
    m_carrierName->clear();
    m_carrierHost->clear();
    showCarriers();
}

void RoutingPage::updatePreview()
{
    const QString url = m_cxmlUrl->text().trimmed();
    const QUrl parsed(url);
    const bool bad = !url.isEmpty()
        && (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
            || parsed.host().isEmpty());
    m_cxmlProblem->setText(bad ? tr("⚠ Enter a full http:// or https:// address, or leave it empty.") : QString());
    m_form->setRowVisible(m_cxmlProblem, bad);
    const QString example = session()->desired.numbers.isEmpty() ? QStringLiteral("+12127773456")
                                                                 : session()->desired.numbers.first().number;
    m_preview->setPlainText(CxmlBuilder::dialVapi(example));
    m_preview->moveCursor(QTextCursor::Start);
    emit completeChanged();
}

bool RoutingPage::isComplete() const
{
    return m_cxmlProblem->text().isEmpty();
}

bool RoutingPage::validatePage()
{
    DesiredCloudonix &c = session()->desired.cloudonix;
    c.allowBorderToBorder = m_border->isChecked();
    c.redirectUnknownToBorder = m_redirect->isChecked();
    c.cxmlUrl = m_cxmlUrl->text().trimmed();
    return true;
}

int RoutingPage::nextId() const
{
    return int(SetupWizard::PageId::Numbers);
}

} // namespace tw
