#include "wizard/SetupWizard.h"

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
#include "wizard/WizardSession.h"

#include <QAbstractButton>

namespace tw {

SetupWizard::SetupWizard(CoreContext *core, bool sandbox, QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(core, this))
    , m_steps(nullptr)
{
    m_session->setSandbox(sandbox);
    setWindowTitle(tr("Set up a domain"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage
               | QWizard::HaveFinishButtonOnEarlyPages | QWizard::NoDefaultButton);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setOption(QWizard::NoDefaultButton, false);
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
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                    QWizard::FinishButton, QWizard::CancelButton})
        if (QAbstractButton *button = this->button(b))
            button->setAccessibleName(button->text()
                                          .remove(QLatin1Char('&'))
                                          .remove(QStringLiteral(" >"))
                                          .remove(QStringLiteral("< "))
                                          .trimmed());
    setMinimumSize(860, 600);
}

void SetupWizard::setDemo(const QString &domain, const QString &cloudonixKey, const QString &vapiKey)
{
    if (auto *page = qobject_cast<CloudonixAccountPage *>(this->page(int(PageId::Cloudonix))))
        page->setDemo(domain, cloudonixKey);
    if (auto *page = qobject_cast<VapiAccountPage *>(this->page(int(PageId::Vapi))))
        page->setDemo(vapiKey);
}

void SetupWizard::startFor(const QString &domain)
{
    m_session->startFor(domain);
    if (auto *page = qobject_cast<CloudonixAccountPage *>(this->page(int(PageId::Cloudonix))))
        page->setDemo(domain, {});
    setStartId(int(PageId::Cloudonix));
    restart();
}

} // namespace tw
