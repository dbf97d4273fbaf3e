#pragma once

#include <QWizardPage>

class QVBoxLayout;

namespace tw {

class MessageBanner;
class WizardSession;

// What every page of the setup wizard has: the shared session, a message banner at the top
// (errors are inline, never modal) and a body layout below it.
class WizardPageBase : public QWizardPage
{
    Q_OBJECT

public:
    WizardPageBase(WizardSession *session, const QString &title, const QString &subtitle, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }

protected:
    WizardSession *session() const { return m_session; }
    QVBoxLayout *body() const { return m_body; }

private:
    WizardSession *m_session;
    MessageBanner *m_banner;
    QVBoxLayout *m_body;
};

} // namespace tw
