#include "dashboard/TestCallDialog.h"

#include "common/BusyIndicator.h"
#include "common/FormRows.h"
#include "common/MessageBanner.h"
#include "core/CoreContext.h"
#include "domain/PhoneNumberValidator.h"
#include "operations/AccountKeysReader.h"
#include "operations/DomainStatus.h"
#include "operations/TestCallOperation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw {

TestCallDialog::TestCallDialog(CoreContext *core, const DomainStatus &status, const QString &vapiRegion,
                               QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_domain(status.domain)
    , m_region(vapiRegion)
    , m_banner(new MessageBanner(this))
    , m_from(new QComboBox(this))
    , m_to(new QLineEdit(this))
    , m_assistant(new QLineEdit(this))
    , m_call(new QPushButton(tr("&Place the call"), this))
    , m_busy(new BusyIndicator(this))
{
    setWindowTitle(tr("Test call through %1").arg(status.domain));
    setAttribute(Qt::WA_DeleteOnClose);
    // Only a number on the trunk can call out; a SIP URI number receives calls only.
    int inboundOnly = 0;
    for (const DomainStatus::Number &n : status.numbers) {
        if (n.mode == QLatin1String("sip-uri"))
            ++inboundOnly;
        else
            m_from->addItem(n.number, n.number);
    }
    if (m_from->count() == 0 && inboundOnly > 0)
        m_banner->showMessage(MessageBanner::Level::Information,
                              tr("%1 has only SIP URI numbers, which receive calls but cannot make them: add a "
                                 "number on the trunk to place a test call.")
                                  .arg(status.domain));
    if (!status.numbers.isEmpty())
        m_assistant->setText(status.numbers.first().assistantName.isEmpty() ? status.numbers.first().assistantId
                                                                            : status.numbers.first().assistantName);
    m_to->setPlaceholderText(tr("+1 212 555 0100"));
    auto *form = new QFormLayout;
    FormRows::add(form, tr("&From number:"), m_from);
    FormRows::add(form, tr("&To number:"), m_to);
    FormRows::hint(form, tr("Your own phone: Vapi calls it from the number above through the trunk."));
    FormRows::add(form, tr("&Assistant (name or id):"), m_assistant);
    FormRows::name(m_call, m_call->text());
    auto *row = new QHBoxLayout;
    row->addWidget(m_call);
    row->addWidget(m_busy, 1);
    form->addRow(QString(), row);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(close);
    m_call->setEnabled(m_from->count() > 0);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_call, &QPushButton::clicked, this, &TestCallDialog::place);
    connect(m_to, &QLineEdit::returnPressed, this, &TestCallDialog::place);
    connect(this, &QDialog::finished, this, [this] {
        if (m_running)
            m_running->cancel();
    });
}

void TestCallDialog::place()
{
    if (m_running || !m_call->isEnabled())
        return;
    const PhoneNumberValidator::Result to = PhoneNumberValidator::normalize(m_to->text());
    if (!to.valid)
        return m_banner->showMessage(MessageBanner::Level::Error, tr("To number: %1").arg(to.error));
    m_banner->hide();
    m_call->setEnabled(false);
    m_busy->start(tr("Placing the call…"));
    TestCallOperation::Request request;
    request.domain = m_domain;
    request.from = m_from->currentData().toString();
    request.to = to.e164;
    request.assistant = m_assistant->text().trimmed();
    AccountKeysReader::read(
        m_core->secrets(), m_domain, m_region, this, [this, request](const AccountKeys &keys, const QString &problem) {
            if (!problem.isEmpty()) {
                m_busy->stop();
                m_call->setEnabled(true);
                return m_banner->showMessage(MessageBanner::Level::Error, problem);
            }
            auto *op = new TestCallOperation(m_core, keys, request, this);
            m_running = op;
            connect(op, &TestCallOperation::callStatusChanged, this,
                    [this](const QString &s) { m_busy->setText(tr("Call status: %1").arg(s)); });
            connect(op, &TestCallOperation::finished, this, [this, op](const TestCallResult &r) {
                op->deleteLater();
                m_running.clear();
                m_busy->stop();
                m_call->setEnabled(true);
                if (!r.inputError.isEmpty())
                    return m_banner->showMessage(MessageBanner::Level::Error, r.inputError);
                if (r.error)
                    return m_banner->showError(*r.error);
                m_banner->showMessage(
                    r.connected() ? MessageBanner::Level::Positive : MessageBanner::Level::Warning, r.message(),
                    r.call.endedReason.isEmpty() ? QString() : tr("Vapi's reason: %1").arg(r.call.endedReason));
                emit callEnded();
            });
            op->start();
        });
}

} // namespace tw
