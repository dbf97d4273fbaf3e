#pragma once

#include "sip/SipTarget.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace tw {

class BusyIndicator;
class CoreContext;
class ProbeOperation;

// The trunk page's check of the gateway: SIP OPTIONS to it (each address of a host name) from
// this computer, a moment after the admin stops typing, shown as one line with an icon and
// words. A failure is a warning, never a block: Vapi's network may reach what this one cannot.
class SipCheckRow : public QWidget
{
    Q_OBJECT

public:
    explicit SipCheckRow(CoreContext *core, QWidget *parent = nullptr);

    // Checks `target` after a short pause (typing restarts it); an invalid target clears the row.
    void schedule(const std::optional<SipTarget> &target);
    void checkNow();
    void cancel();

    bool isChecking() const;
    QString statusText() const;
    QPushButton *button() const { return m_button; }
    void setPause(std::chrono::milliseconds pause); // tests: no waiting out the typing pause

signals:
    void checked(bool passed);

private:
    CoreContext *m_core;
    std::optional<SipTarget> m_target;
    QLabel *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_button;
    QTimer *m_pause;
    QPointer<ProbeOperation> m_running;
};

} // namespace tw
