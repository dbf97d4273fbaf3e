#include "wizard/WizardPageBase.h"

#include "common/MessageBanner.h"

#include <QVBoxLayout>

namespace tw {

WizardPageBase::WizardPageBase(WizardSession *session, const QString &title, const QString &subtitle, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_body(new QVBoxLayout)
{
    setTitle(title);
    setSubTitle(subtitle);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_body, 1);
}

} // namespace tw
