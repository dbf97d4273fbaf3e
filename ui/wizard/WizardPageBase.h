#pragma once

#include <QWizardPage>

class QFormLayout;
class QPushButton;
class QVBoxLayout;

namespace tw {

class BusyIndicator;
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
    // A form row with an action button and the indicator of its work beside it.
    static void addActionRow(QFormLayout *form, QPushButton *button, BusyIndicator *busy);
    // Keeps a key that just worked in the keychain; a keychain that refuses is a warning.
    void keepKey(const QString &account, const QString &key);

private:
    WizardSession *m_session;
    MessageBanner *m_banner;
    QVBoxLayout *m_body;
};

} // namespace tw
