#include "wizard/VapiAccountPage.h"

#include "common/BusyIndicator.h"
#include "common/FormRows.h"
#include "common/MessageBanner.h"
#include "common/SecretLineEdit.h"
#include "common/SummaryCard.h"
#include "core/CoreContext.h"
#include "operations/VerifyVapiOperation.h"
#include "secrets/SecretStore.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw {

VapiAccountPage::VapiAccountPage(WizardSession *session, QWidget *parent)
    : WizardPageBase(session, tr("Connect your Vapi organisation"),
                     tr("Trunk Wizard reads your assistants and the SIP trunks you already have; nothing is changed "
                        "yet."),
                     parent)
    , m_key(new SecretLineEdit(this))
    , m_region(new QComboBox(this))
    , m_verify(new QPushButton(tr("V&erify"), this))
    , m_busy(new BusyIndicator(this))
    , m_summary(new SummaryCard(this))
{
    auto *form = new QFormLayout;
    FormRows::add(form, tr("Vapi &API key:"), m_key);
    FormRows::hint(form, tr("Your private API key from the Vapi dashboard (Organization settings, API keys)."));
    m_region->addItem(tr("Detect automatically"), QString());
    m_region->addItem(tr("United States (api.vapi.ai)"), QStringLiteral("us"));
    m_region->addItem(tr("Europe (api.eu.vapi.ai)"), QStringLiteral("eu"));
    FormRows::add(form, tr("&Region:"), m_region);
    addActionRow(form, m_verify, m_busy);
    body()->addLayout(form);
    body()->addWidget(m_summary);
    body()->addStretch(1);

    connect(m_key, &QLineEdit::textChanged, this, &VapiAccountPage::invalidate);
    connect(m_region, &QComboBox::currentIndexChanged, this, &VapiAccountPage::invalidate);
    connect(m_verify, &QPushButton::clicked, this, &VapiAccountPage::verify);
    connect(m_key, &QLineEdit::returnPressed, this, &VapiAccountPage::verify);
}

void VapiAccountPage::setDemo(const QString &key)
{
    m_key->setText(key);
}

int VapiAccountPage::nextId() const
{
    return int(SetupWizard::PageId::Trunk);
}

bool VapiAccountPage::isComplete() const
{
    return session()->vapi && m_verifiedFor == m_key->secret() + u'\n' + m_region->currentData().toString();
}

void VapiAccountPage::invalidate()
{
    if (m_running)
        m_running->cancel();
    m_summary->clear();
    banner()->hide();
    m_verifiedFor.clear();
    session()->vapi.reset();
    m_verify->setEnabled(!m_key->secret().isEmpty());
    emit completeChanged();
}

void VapiAccountPage::verify()
{
    const QString key = m_key->secret();
    const QString chosen = m_region->currentData().toString();
    if (key.isEmpty() || m_running)
        return;
    banner()->hide();
    m_summary->clear();
    m_verify->setEnabled(false);
    m_busy->start(chosen.isEmpty() ? tr("Checking with Vapi (US and EU)…") : tr("Checking with Vapi…"));
    auto *op = new VerifyVapiOperation(session()->core(), key, chosen, this);
    m_running = op;
    connect(op, &VerifyVapiOperation::finished, this, [this, op, key, chosen](const VapiAccountCheck &check) {
        op->deleteLater();
        m_busy->stop();
        m_verify->setEnabled(true);
        if (op->isCancelled())
            return;
        if (!check.ok())
            return banner()->showError(*check.error);
        session()->keys.vapiKey = key;
        session()->keys.vapiRegion = check.region;
        session()->desired.vapiRegion = check.region;
        session()->vapi = check;
        m_verifiedFor = key + u'\n' + chosen;
        m_summary->addRow(tr("Region"), check.region == QLatin1String("eu") ? tr("Europe") : tr("United States"));
        m_summary->addRow(tr("Assistants"), QString::number(check.assistants.size()));
        QStringList trunks;
        for (const VapiCredential &t : check.trunks)
            trunks << QStringLiteral("%1 (%2)").arg(t.name, t.id);
        m_summary->addRow(tr("SIP trunks"), trunks.isEmpty() ? tr("none yet") : trunks.join(QLatin1Char('\n')));
        keepKey(SecretStore::vapiAccount(check.region), key); // for next time, in the keychain only
        emit completeChanged();
    });
    op->start();
}

} // namespace tw
