#include "wizard/FinishPage.h"

#include "common/BusyIndicator.h"
#include "common/FormRows.h"
#include "common/MessageBanner.h"
#include "common/SummaryCard.h"
#include "domain/PhoneNumberValidator.h"
#include "operations/TestCallOperation.h"
#include "wizard/WizardSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw {

FinishPage::FinishPage(WizardSession *session, QWidget *parent)
    : WizardPageBase(session, tr("Your domain is connected to Vapi"),
                     tr("Place a test call to hear an assistant answer through the new trunk."), parent)
    , m_summary(new SummaryCard(this))
    , m_from(new QComboBox(this))
    , m_to(new QLineEdit(this))
    , m_assistant(new QComboBox(this))
    , m_call(new QPushButton(tr("&Place a test call"), this))
    , m_busy(new BusyIndicator(this))
    , m_dashboard(new QPushButton(tr("Open &dashboard"), this))
{
    body()->addWidget(m_summary);
    auto *call = new QGroupBox(tr("Test call"), this);
    auto *form = new QFormLayout(call);
    FormRows::add(form, tr("Fro&m number:"), m_from);
    m_to->setPlaceholderText(tr("+1 212 555 0100"));
    FormRows::add(form, tr("&To number:"), m_to);
    FormRows::hint(form, tr("Your own phone: Vapi calls it from the number above through the trunk."));
    FormRows::add(form, tr("&Assistant:"), m_assistant);
    addActionRow(form, m_call, m_busy);
    body()->addWidget(call);
    body()->addStretch(1);
    FormRows::name(m_dashboard, m_dashboard->text());
    auto *end = new QHBoxLayout;
    end->addStretch(1);
    end->addWidget(m_dashboard);
    body()->addLayout(end);
    connect(m_call, &QPushButton::clicked, this, &FinishPage::placeCall);
    connect(m_to, &QLineEdit::returnPressed, this, &FinishPage::placeCall);
    connect(m_dashboard, &QPushButton::clicked, this, &FinishPage::dashboardRequested);
}

void FinishPage::initializePage()
{
    const DesiredState &d = session()->desired;
    m_summary->clear();
    const AppConfig config = session()->applied ? session()->applied->config : AppConfig();
    if (const DomainRecord *r = config.findDomain(d.domain)) {
        m_summary->addRow(tr("Domain"), r->domain);
        m_summary->addRow(tr("Inbound SIP host"), r->inboundSipHost);
        m_summary->addRow(tr("Vapi SIP trunk"),
                          QStringLiteral("%1 (%2)").arg(r->vapiCredentialName, r->vapiCredentialId));
        m_summary->addRow(tr("Numbers"), QString::number(r->numbers.size()));
    }
    m_from->clear();
    for (const DesiredNumber &n : d.numbers)
        if (n.mode == DesiredNumber::Mode::Trunk) // a SIP URI number receives calls only
            m_from->addItem(n.number, n.number);
    m_assistant->clear();
    if (session()->vapi)
        for (const VapiAssistant &a : session()->vapi->assistants)
            m_assistant->addItem(a.displayName(), a.id);
    if (!d.numbers.isEmpty())
        m_assistant->setCurrentIndex(std::max(0, m_assistant->findData(d.numbers.first().assistant)));
    m_call->setEnabled(m_from->count() > 0 && m_assistant->count() > 0);
}

void FinishPage::cleanupPage()
{
    if (m_running)
        m_running->cancel();
}

void FinishPage::placeCall()
{
    if (m_running || !m_call->isEnabled())
        return;
    const PhoneNumberValidator::Result to = PhoneNumberValidator::normalize(m_to->text());
    if (!to.valid)
        return banner()->showMessage(MessageBanner::Level::Error, tr("To number: %1").arg(to.error));
    banner()->hide();
    TestCallOperation::Request request;
    request.domain = session()->domain();
    request.from = m_from->currentData().toString();
    request.to = to.e164;
    request.assistant = m_assistant->currentData().toString();
    auto *op = new TestCallOperation(session()->core(), session()->keys, request, this);
    m_running = op;
    m_call->setEnabled(false);
    m_busy->start(tr("Placing the call…"));
    connect(op, &TestCallOperation::callStatusChanged, this,
            [this](const QString &status) { m_busy->setText(tr("Call status: %1").arg(status)); });
    connect(op, &TestCallOperation::finished, this, [this, op](const TestCallResult &result) {
        op->deleteLater();
        m_busy->stop();
        m_call->setEnabled(true);
        if (!result.inputError.isEmpty())
            return banner()->showMessage(MessageBanner::Level::Error, result.inputError);
        if (result.error)
            return banner()->showError(*result.error);
        banner()->showMessage(
            result.connected() ? MessageBanner::Level::Positive : MessageBanner::Level::Warning, result.message(),
            result.call.endedReason.isEmpty()
                ? QString()
                : tr("Vapi's reason: %1; side: %2").arg(result.call.endedReason, result.explanation.side));
    });
    op->start();
}

} // namespace tw
