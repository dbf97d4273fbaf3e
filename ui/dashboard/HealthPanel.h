#pragma once

#include "operations/DoctorOperation.h"
#include "operations/HistoryOperation.h"
#include "operations/ProbeOperation.h"

#include <QPointer>

#include <QWidget>
#include <functional>

class QListWidget;
class QPushButton;

namespace tw {

class BusyIndicator;
class CoreContext;
class MessageBanner;

// A domain's health checks on the dashboard: "Check SIP" asks each gateway of the trunk over
// SIP (results one by one as they come, and a history of earlier checks), "Troubleshoot"
// names every common misconfiguration with its fix. Neither blocks the window; switching to
// another domain cancels what runs.
class HealthPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPanel(CoreContext *core, QWidget *parent = nullptr);

    void setDomain(const QString &domain, const QString &vapiRegion);

    QPushButton *checkButton() const { return m_check; }
    QPushButton *troubleshootButton() const { return m_troubleshoot; }
    QListWidget *results() const { return m_results; }
    QListWidget *history() const { return m_history; }
    MessageBanner *banner() const { return m_banner; }
    bool isRunning() const { return m_reading || m_probe || m_doctor; }

signals:
    void checked(); // a SIP check or a troubleshooter run finished
    void historyShown(); // the earlier checks, read off the UI thread, are listed

private:
    void checkSip();
    void troubleshoot();
    void addResult(const SipProbeResult &result);
    void showFindings(const DoctorReport &report);
    void showHistory(); // reads the earlier checks on a worker; listHistory shows them
    void listHistory(const DomainHistory &history);
    void cancelRunning();
    // Reads the domain's keys, then starts(keys, problem) unless cancelled meanwhile.
    void begin(const QString &busyText, std::function<void(const AccountKeys &, const QString &)> start);
    void finishRun();

    CoreContext *m_core;
    QString m_domain;
    QString m_region;
    QPushButton *m_check;
    QPushButton *m_troubleshoot;
    BusyIndicator *m_busy;
    MessageBanner *m_banner;
    QListWidget *m_results;
    QListWidget *m_history;
    QPointer<ProbeOperation> m_probe;
    QPointer<DoctorOperation> m_doctor;
    QPointer<HistoryOperation> m_historyRead;
    bool m_reading = false; // the keys are being read from the keychain
    int m_run = 0; // a keychain answer for an earlier run (before a cancel) is dropped
};

} // namespace tw
