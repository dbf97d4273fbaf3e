#include "wizard/WelcomePage.h"

#include "common/MessageBanner.h"
#include "config/ConfigStore.h"
#include "config/CxVccImporter.h"
#include "core/CoreContext.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardDraft.h"
#include "wizard/WizardSession.h"

#include <QCommandLinkButton>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tw {

WelcomePage::WelcomePage(WizardSession *session, QWidget *parent)
    : WizardPageBase(session, tr("Connect a Cloudonix domain to Vapi"),
                     tr("Trunk Wizard sets up a Vapi SIP trunk to your Cloudonix domain, the domain's routing and "
                        "your numbers, and checks every step. Nothing is changed until you confirm the plan."),
                     parent)
    , m_resume(new QCommandLinkButton(tr("Continue setting up"), this))
    , m_start(new QCommandLinkButton(tr("Set up a connection"),
                                     tr("Enter your Cloudonix and Vapi keys, then choose the trunk and numbers."),
                                     this))
    , m_import(new QCommandLinkButton(tr("Import my cx-vcc setup"),
                                      tr("Read ~/.cx-vcc/config.yaml, move its keys into the keychain and continue "
                                         "with its domain."),
                                      this))
    , m_sandbox(new QCommandLinkButton(tr("Try it in the sandbox"),
                                       tr("Walk through the whole flow against simulated Cloudonix and Vapi accounts "
                                          "on this computer."),
                                       this))
{
    for (QCommandLinkButton *b : {m_resume, m_start, m_import, m_sandbox}) {
        b->setAccessibleName(b->text());
        body()->addWidget(b);
    }
    body()->addStretch(1);
    m_import->setVisible(QFileInfo::exists(CxVccImporter::defaultPath()));
    m_sandbox->setVisible(!session->isSandbox());
    if (session->isSandbox()) {
        auto *note = new QLabel(tr("This is the sandbox: the keys and domain are filled in for you, and nothing "
                                   "leaves this computer."),
                                this);
        note->setWordWrap(true);
        body()->insertWidget(0, note);
    }
    connect(m_resume, &QCommandLinkButton::clicked, this, &WelcomePage::resumeRequested);
    connect(m_start, &QCommandLinkButton::clicked, this, [this] {
        WizardDraft::clear(this->session()->core()->store()->directory()); // starting over
        wizard()->next();
    });
    connect(m_import, &QCommandLinkButton::clicked, this, &WelcomePage::importCxVcc);
    connect(m_sandbox, &QCommandLinkButton::clicked, this, &WelcomePage::sandboxRequested);
}

void WelcomePage::initializePage()
{
    const WizardDraft draft = WizardDraft::load(session()->core()->store()->directory());
    m_resume->setVisible(draft.isValid());
    if (!draft.isValid())
        return;
    m_resume->setText(tr("Continue setting up %1").arg(draft.desired.domain));
    m_resume->setDescription(tr("Left on %1. What you entered is kept; your keys come from the keychain.")
                                 .arg(QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)));
    m_resume->setAccessibleName(m_resume->text());
    m_start->setText(tr("Start over"));
    m_start->setAccessibleName(m_start->text());
    m_resume->setFocus();
}

int WelcomePage::nextId() const
{
    return int(SetupWizard::PageId::Cloudonix);
}

void WelcomePage::importCxVcc()
{
    CoreContext *core = session()->core();
    const ConfigStore::LoadResult loaded = core->store()->load();
    auto *importer = new CxVccImporter(core->secrets(), this);
    m_import->setEnabled(false);
    banner()->showMessage(MessageBanner::Level::Information, tr("Reading %1…").arg(CxVccImporter::defaultPath()));
    importer->import(CxVccImporter::defaultPath(), loaded.config, loaded.config.settings.defaultNumberRegion,
                     [this, importer, core](const CxVccImportReport &report, const AppConfig &merged) {
                         importer->deleteLater();
                         m_import->setEnabled(true);
                         if (!report.ok)
                             return banner()->showMessage(MessageBanner::Level::Error, report.error);
                         if (const QString error = core->store()->save(merged); !error.isEmpty())
                             return banner()->showMessage(MessageBanner::Level::Error, error);
                         banner()->showMessage(MessageBanner::Level::Positive,
                                               tr("Imported %n domain(s) and their keys from cx-vcc.", nullptr,
                                                  int(report.domains.size())),
                                               report.warnings.join(QLatin1Char('\n')));
                         if (!report.domains.isEmpty())
                             emit imported(report.domains.first()); // opens it with its keys
                         else
                             wizard()->next();
                     });
}

} // namespace tw
