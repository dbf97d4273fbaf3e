#pragma once

#include "wizard/WizardPageBase.h"

class QCommandLinkButton;

namespace tw {

// "Connect a Cloudonix domain to Vapi": start, import a cx-vcc setup, or try the sandbox.
class WelcomePage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit WelcomePage(WizardSession *session, QWidget *parent = nullptr);

    int nextId() const override;

    void initializePage() override;

signals:
    void sandboxRequested();
    void resumeRequested();
    void imported(const QString &domain); // a cx-vcc setup is in; continue with this domain

private:
    void importCxVcc();

    QCommandLinkButton *m_resume;
    QCommandLinkButton *m_start;
    QCommandLinkButton *m_import;
    QCommandLinkButton *m_sandbox;
};

} // namespace tw
