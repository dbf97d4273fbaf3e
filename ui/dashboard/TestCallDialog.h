#pragma once

#include "operations/TestCallOperation.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace tw {

class BusyIndicator;
class CoreContext;
class MessageBanner;

struct DomainStatus;

// A test call from one of the domain's numbers to a phone, with its live status and the
// outcome explained. Opened with open(); the call runs without blocking anything.
class TestCallDialog : public QDialog
{
    Q_OBJECT

public:
    TestCallDialog(CoreContext *core, const DomainStatus &status, const QString &vapiRegion, QWidget *parent = nullptr);

    QLineEdit *toEdit() const { return m_to; }
    QPushButton *callButton() const { return m_call; }
    MessageBanner *banner() const { return m_banner; }
    bool isCalling() const { return m_running; }

signals:
    void callEnded(); // a result was recorded (the dashboard shows the newest calls)

private:
    void place();

    CoreContext *m_core;
    QString m_domain;
    QString m_region;
    MessageBanner *m_banner;
    QComboBox *m_from;
    QLineEdit *m_to;
    QLineEdit *m_assistant;
    QPushButton *m_call;
    BusyIndicator *m_busy;
    QPointer<TestCallOperation> m_running;
};

} // namespace tw
