#pragma once

#include "wizard/WizardPageBase.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace tw {

class SipCheckRow;

// The Vapi dashboard's SIP trunk form in the guide's words: name, "Gateway IP address / FQDN",
// the three toggles, and in Advanced leading plus, the gateway mode and the inbound IP
// gateways. A trunk this domain already has in Vapi is reused, never duplicated.
class TrunkPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit TrunkPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;
    int nextId() const override;
    SipCheckRow *sipCheck() const { return m_sipCheck; }

private:
    void check();
    void scheduleSipCheck();
    QStringList inboundLines() const;

    QLineEdit *m_name;
    QLabel *m_nameCount;
    QLineEdit *m_gateway;
    QLabel *m_gatewayError;
    SipCheckRow *m_sipCheck;
    QCheckBox *m_inbound;
    QCheckBox *m_outbound;
    QCheckBox *m_optionsPing;
    void showAdvanced(bool on);

    QFormLayout *m_form = nullptr;
    int m_firstAdvancedRow = 0;
    QToolButton *m_advancedToggle;
    QCheckBox *m_leadingPlus;
    QComboBox *m_mode;
    QSpinBox *m_port;
    QComboBox *m_transport;
    QPlainTextEdit *m_inboundGateways;
    QLabel *m_inboundError;
    QLabel *m_inboundSource;
    QLabel *m_existing;
    QComboBox *m_existingChoice;
    bool m_valid = false;
};

} // namespace tw
