#include "wizard/CloudonixAccountPage.h"

#include "common/BusyIndicator.h"
#include "common/FormRows.h"
#include "common/GlossaryDialog.h"
#include "common/MessageBanner.h"
#include "common/SecretLineEdit.h"
#include "common/SummaryCard.h"
#include "core/CoreContext.h"
#include "operations/VerifyCloudonixOperation.h"
#include "secrets/SecretStore.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardSession.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw {

namespace {
QString onOff(bool on)
{
    return on ? CloudonixAccountPage::tr("on") : CloudonixAccountPage::tr("off");
}
} // namespace

CloudonixAccountPage::CloudonixAccountPage(WizardSession *session, QWidget *parent)
    : WizardPageBase(session, tr("Connect your Cloudonix domain"),
                     tr("Trunk Wizard reads the domain's inbound SIP address from Cloudonix; nothing is changed yet."),
                     parent)
    , m_domain(new QLineEdit(this))
    , m_key(new SecretLineEdit(this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_busy(new BusyIndicator(this))
    , m_summary(new SummaryCard(this))
{
    auto *form = new QFormLayout;
    m_domain->setPlaceholderText(tr("acme.cloudonix.net"));
    FormRows::add(form, tr("&Domain:"), m_domain);
    GlossaryDialog::explain(m_domain, Glossary::Term::InboundSipHost);
    FormRows::hint(form, tr("The Cloudonix domain's name, as the Cloudonix cockpit shows it."));
    FormRows::add(form, tr("Cloudonix &API key:"), m_key);
    FormRows::hint(form, tr("A customer key or this domain's key. It is kept in your system keychain only."));
    addActionRow(form, m_verify, m_busy);
    body()->addLayout(form);
    body()->addWidget(m_summary);
    body()->addStretch(1);

    connect(m_domain, &QLineEdit::textChanged, this, &CloudonixAccountPage::invalidate);
    connect(m_key, &QLineEdit::textChanged, this, &CloudonixAccountPage::invalidate);
    connect(m_verify, &QPushButton::clicked, this, &CloudonixAccountPage::verify);
    connect(m_key, &QLineEdit::returnPressed, this, &CloudonixAccountPage::verify);
    connect(m_domain, &QLineEdit::returnPressed, this, &CloudonixAccountPage::verify);
}

void CloudonixAccountPage::initializePage()
{
    if (m_domain->text().isEmpty())
        m_domain->setText(session()->domain());
}

void CloudonixAccountPage::setDemo(const QString &domain, const QString &key)
{
    m_domain->setText(domain);
    m_key->setText(key);
}

int CloudonixAccountPage::nextId() const
{
    return int(SetupWizard::PageId::Vapi);
}

bool CloudonixAccountPage::isComplete() const
{
    return session()->cloudonix && m_verifiedFor == m_domain->text().trimmed().toLower() + u'\n' + m_key->secret();
}

void CloudonixAccountPage::invalidate()
{
    if (m_running)
        m_running->cancel();
    m_summary->clear();
    banner()->hide();
    m_verifiedFor.clear();
    session()->cloudonix.reset();
    m_verify->setEnabled(!m_domain->text().trimmed().isEmpty() && !m_key->secret().isEmpty());
    emit completeChanged();
}

void CloudonixAccountPage::verify()
{
    const QString domain = m_domain->text().trimmed().toLower();
    const QString key = m_key->secret();
    if (domain.isEmpty() || key.isEmpty() || m_running)
        return;
    banner()->hide();
    m_summary->clear();
    m_verify->setEnabled(false);
    m_busy->start(tr("Checking with Cloudonix…"));
    auto *op = new VerifyCloudonixOperation(session()->core(), domain, key, this);
    m_running = op;
    connect(op, &Operation::progressChanged, m_busy, [this](int, int, const QString &text) {
        if (!text.isEmpty())
            m_busy->setText(text);
    });
    connect(op, &VerifyCloudonixOperation::finished, this, [this, op, domain, key](const CloudonixAccountCheck &check) {
        op->deleteLater();
        m_busy->stop();
        m_verify->setEnabled(true);
        if (op->isCancelled())
            return;
        if (!check.ok())
            return banner()->showError(*check.error);
        session()->keys.cloudonixKey = key;
        session()->startFor(domain);
        session()->cloudonix = check;
        m_verifiedFor = domain + u'\n' + key;
        QStringList aliases;
        for (const CloudonixAlias &a : check.domain.aliases)
            aliases << QStringLiteral("%1 (%2)").arg(a.alias, a.type);
        m_summary->addRow(tr("Inbound SIP host"),
                          check.domain.inboundSipHost().isEmpty() ? tr("none: the domain has no auto alias")
                                                                  : check.domain.inboundSipHost());
        m_summary->addRow(tr("Aliases"), aliases.isEmpty() ? tr("none") : aliases.join(QStringLiteral(", ")));
        m_summary->addRow(tr("Allow border-to-border calls"), onOff(check.domain.border.effectiveAllowedBorder()));
        m_summary->addRow(tr("Redirect unknown destination to border"),
                          onOff(check.domain.border.effectiveRedirectUnknown()));
        m_summary->addRow(tr("Key"), check.isDomainScopedKey() ? tr("this domain's key") : tr("customer key"));
        keepKey(SecretStore::cloudonixAccount(domain), key); // for next time, in the keychain only
        emit completeChanged();
    });
    op->start();
}

} // namespace tw
