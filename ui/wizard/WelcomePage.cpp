#include "wizard/WelcomePage.h"

#include "common/MessageBanner.h"
#include "config/ConfigStore.h"
#include "config/CxVccImporter.h"
#include "core/CoreContext.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardSession.h"

#include <QCommandLinkButton>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace tw {

WelcomePage::WelcomePage(WizardSession *session, QWidget *parent)
    : WizardPageBase(session, tr("Connect a Cloudonix domain to Vapi"),
                     tr("Trunk Wizard sets up a Vapi SIP trunk to your Cloudonix domain, the domain's routing and "
                        "your numbers, and checks every step. Nothing is changed until you confirm the plan."),
                     parent)
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
    for (QCommandLinkButton *b : {m_start, m_import, m_sandbox}) {
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
    connect(m_start, &QCommandLinkButton::clicked, this, [this] { wizard()->next(); });
    connect(m_import, &QCommandLinkButton::clicked, this, &WelcomePage::importCxVcc);
    connect(m_sandbox, &QCommandLinkButton::clicked, this, &WelcomePage::sandboxRequested);
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
                             session()->startFor(report.domains.first());
                         wizard()->next();
                     });
}

} // namespace tw
