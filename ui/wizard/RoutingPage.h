#pragma once

#include "wizard/WizardPageBase.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace tw {

// The Cloudonix side: the two domain settings the guide asks for, an optional CXML application
// (with a live preview of its <Dial><Service provider="vapi"> document), and the outbound
// carrier trunks Vapi's outbound calls leave through.
class RoutingPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit RoutingPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void updatePreview();
    void addCarrier();
    void showCarriers();

    QFormLayout *m_form = nullptr;
    QCheckBox *m_border;
    QCheckBox *m_redirect;
    QLineEdit *m_cxmlUrl;
    QLabel *m_cxmlProblem;
    QPlainTextEdit *m_preview;
    QTableView *m_carriers;
    QStandardItemModel *m_carrierModel;
    QLabel *m_noCarrier;
    QLineEdit *m_carrierName;
    QLineEdit *m_carrierHost;
    QSpinBox *m_carrierPort;
    QComboBox *m_carrierTransport;
    QPushButton *m_addCarrier;
    QLabel *m_carrierProblem;
};

} // namespace tw
