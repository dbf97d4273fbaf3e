#include "wizard/SetupWizard.h"

#include "common/GlossaryDialog.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "operations/AccountKeysReader.h"
#include "wizard/ApplyPage.h"
#include "wizard/CloudonixAccountPage.h"
#include "wizard/FinishPage.h"
#include "wizard/NumbersPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/RoutingPage.h"
#include "wizard/StepList.h"
#include "wizard/TrunkPage.h"
#include "wizard/VapiAccountPage.h"
#include "wizard/WelcomePage.h"
#include "wizard/WizardDraft.h"
#include "wizard/WizardSession.h"

#include <QAbstractButton>
#include <QShortcut>

namespace tw {

SetupWizard::SetupWizard(CoreContext *core, bool sandbox, QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(core, this))
    , m_steps(nullptr)
{
    m_session->setSandbox(sandbox);
    setWindowTitle(tr("Set up a domain"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage | QWizard::HaveHelpButton);
    // Help on every page: the glossary, at the term the page is about.
    setButtonText(QWizard::HelpButton, tr("&Help"));
    button(QWizard::HelpButton)
        ->setToolTip(tr("The glossary: SIP trunk, gateway, options ping, leading plus and the "
                        "other terms, in plain words (F1)"));
    connect(this, &QWizard::helpRequested, this,
            [this] { GlossaryDialog::showFor(this, helpTerm(PageId(std::max(currentId(), 0)))); });
    // F1 as well as the button's Alt+letter (a shortcut set on the button would replace that).
    connect(new QShortcut(QKeySequence::HelpContents, this), &QShortcut::activated, this, &QWizard::helpRequested);
    m_steps = new StepList({tr("Welcome"), tr("Cloudonix"), tr("Vapi"), tr("SIP trunk"), tr("Routing"), tr("Numbers"),
                            tr("Review"), tr("Apply"), tr("Done")},
                           this);
    setSideWidget(m_steps);

    auto *welcome = new WelcomePage(m_session, this);
    setPage(int(PageId::Welcome), welcome);
    setPage(int(PageId::Cloudonix), new CloudonixAccountPage(m_session, this));
    setPage(int(PageId::Vapi), new VapiAccountPage(m_session, this));
    setPage(int(PageId::Trunk), new TrunkPage(m_session, this));
    setPage(int(PageId::Routing), new RoutingPage(m_session, this));
    setPage(int(PageId::Numbers), new NumbersPage(m_session, this));
    setPage(int(PageId::Review), new ReviewPage(m_session, this));
    setPage(int(PageId::Apply), new ApplyPage(m_session, this));
    auto *finish = new FinishPage(m_session, this);
    setPage(int(PageId::Finish), finish);
    setStartId(int(PageId::Welcome));
    connect(welcome, &WelcomePage::sandboxRequested, this, &SetupWizard::sandboxRequested);
    connect(finish, &FinishPage::dashboardRequested, this, [this] {
        emit dashboardRequested();
        accept();
    });
    connect(this, &QWizard::currentIdChanged, m_steps, [this](int id) { m_steps->setCurrent(std::max(id, 0)); });
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::keepDraft);
    connect(welcome, &WelcomePage::resumeRequested, this, &SetupWizard::resume);
    connect(welcome, &WelcomePage::imported, this, &SetupWizard::startFor);
    // Words, not arrows: a screen reader says "Back", not "less than Back".
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::NextButton, tr("&Next"));
    // A page may name a button its own way (the review's Apply): the name heard follows the text
    // shown, so "click Apply" reaches it (WCAG 2.5.3). QWizard sets the texts before it says so.
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::nameButtons);
    nameButtons();
    setMinimumSize(860, 600);
}

Glossary::Term SetupWizard::helpTerm(PageId page)
{
    switch (page) {
    case PageId::Cloudonix:
        return Glossary::Term::InboundSipHost;
    case PageId::Vapi:
        return Glossary::Term::Assistant;
    case PageId::Trunk:
        return Glossary::Term::Gateway;
    case PageId::Routing:
        return Glossary::Term::BorderToBorder;
    case PageId::Numbers:
        return Glossary::Term::E164;
    case PageId::Welcome:
    case PageId::Review:
    case PageId::Apply:
    case PageId::Finish:
        break;
    }
    return Glossary::Term::SipTrunk;
}

void SetupWizard::setDemo(const QString &domain, const QString &cloudonixKey, const QString &vapiKey)
{
    if (auto *page = qobject_cast<CloudonixAccountPage *>(this->page(int(PageId::Cloudonix))))
        page->setDemo(domain, cloudonixKey);
    if (auto *page = qobject_cast<VapiAccountPage *>(this->page(int(PageId::Vapi))))
        page->setDemo(vapiKey);
}

void SetupWizard::nameButtons()
{
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                    QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton})
        if (QAbstractButton *button = this->button(b))
            button->setAccessibleName(button->text().remove(QLatin1Char('&')).trimmed());
}

void SetupWizard::keepDraft(int pageId)
{
    const QString dir = m_session->core()->store()->directory();
    if (pageId == int(PageId::Finish)) { // done: nothing to continue
        WizardDraft::clear(dir);
        return;
    }
    if (pageId <= int(PageId::Vapi) || pageId >= int(PageId::Apply) || m_session->domain().isEmpty())
        return;
    WizardDraft draft;
    draft.desired = m_session->desired;
    draft.pageId = pageId;
    draft.savedAt = QDateTime::currentDateTimeUtc();
    draft.save(dir); // best effort: losing a draft loses no remote state
}

void SetupWizard::resume()
{
    const WizardDraft draft = WizardDraft::load(m_session->core()->store()->directory());
    if (!draft.isValid())
        return;
    m_session->desired = draft.desired;
    openWithStoredKeys();
}

void SetupWizard::startFor(const QString &domain)
{
    m_session->startFor(domain);
    openWithStoredKeys();
}

void SetupWizard::openWithStoredKeys()
{
    // The keys of this domain and region come back from the keychain; the domain is verified
    // again on its own, since what was true yesterday may not be now.
    const QString domain = m_session->desired.domain;
    AccountKeysReader::read(m_session->core()->secrets(), domain, m_session->desired.vapiRegion, this,
                            [this, domain](const AccountKeys &keys, const QString &) {
                                setDemo(domain, keys.cloudonixKey, keys.vapiKey);
                                setStartId(int(PageId::Cloudonix));
                                restart();
                                auto *page = qobject_cast<CloudonixAccountPage *>(currentPage());
                                if (page && !keys.cloudonixKey.isEmpty())
                                    page->verifyNow();
                            });
}

} // namespace tw
