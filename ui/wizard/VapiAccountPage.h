#pragma once

#include "operations/VerifyVapiOperation.h"
#include "wizard/WizardPageBase.h"

#include <QPointer>

class QComboBox;
class QPushButton;

namespace tw {

class BusyIndicator;
class SecretLineEdit;
class SummaryCard;

// The Vapi API key and region (detected from which API accepts the key, changeable), verified
// before Next: the organisation's assistants and its existing SIP trunks.
class VapiAccountPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit VapiAccountPage(WizardSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;
    int nextId() const override;
    void setDemo(const QString &key);

    SecretLineEdit *keyEdit() const { return m_key; }
    QComboBox *regionBox() const { return m_region; }
    QPushButton *verifyButton() const { return m_verify; }

private:
    void verify();
    void invalidate();

    SecretLineEdit *m_key;
    QComboBox *m_region;
    QPushButton *m_verify;
    BusyIndicator *m_busy;
    SummaryCard *m_summary;
    QPointer<VerifyVapiOperation> m_running;
    QString m_verifiedFor;
};

} // namespace tw
