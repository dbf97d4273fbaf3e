#pragma once

#include "operations/VerifyCloudonixOperation.h"
#include "wizard/WizardPageBase.h"

#include <QPointer>

class QLineEdit;
class QPushButton;

namespace tw {

class BusyIndicator;
class SecretLineEdit;
class SummaryCard;

// The Cloudonix domain and its API key, verified before Next: the domain's aliases, the
// inbound SIP host Vapi will send calls to, and the border settings as they are now.
class CloudonixAccountPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit CloudonixAccountPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    void setDemo(const QString &domain, const QString &key); // the sandbox's, filled in
    void verifyNow() { verify(); }

    QLineEdit *domainEdit() const { return m_domain; }
    SecretLineEdit *keyEdit() const { return m_key; }
    QPushButton *verifyButton() const { return m_verify; }

private:
    void verify();
    void invalidate();

    QLineEdit *m_domain;
    SecretLineEdit *m_key;
    QPushButton *m_verify;
    BusyIndicator *m_busy;
    SummaryCard *m_summary;
    QPointer<VerifyCloudonixOperation> m_running;
    QString m_verifiedFor; // domain + key the summary belongs to
};

} // namespace tw
