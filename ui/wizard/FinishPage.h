#pragma once

#include "operations/TestCallOperation.h"
#include "wizard/WizardPageBase.h"

#include <QPointer>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace tw {

class BusyIndicator;
class SummaryCard;

// What now exists, and a test call through the new trunk with its outcome explained.
class FinishPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit FinishPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override { return -1; }

    QPushButton *callButton() const { return m_call; }
    QLineEdit *toEdit() const { return m_to; }
    BusyIndicator *callStatus() const { return m_busy; }

signals:
    void dashboardRequested();

private:
    void placeCall();

    SummaryCard *m_summary;
    QComboBox *m_from;
    QLineEdit *m_to;
    QComboBox *m_assistant;
    QPushButton *m_call;
    BusyIndicator *m_busy;
    QPushButton *m_dashboard;
    QPointer<TestCallOperation> m_running;
};

} // namespace tw
