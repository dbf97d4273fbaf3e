#pragma once

#include "config/DomainRecord.h"
#include "dashboard/DomainChangeFlow.h"
#include "operations/DriftFinding.h"
#include "operations/HistoryOperation.h"
#include "operations/StatusRefreshOperation.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStringListModel;
class QTableView;
class QTimer;

namespace tw {

class BusyIndicator;
class ConfigStore;
class CoreContext;
class DomainListModel;
class DomainNumbersModel;
class MessageBanner;
class DesiredState;
class DomainCards;
class HealthPanel;

struct DomainStatus;

// The domains at a glance: each with its health from a live read, and for the selected one its
// Cloudonix and Vapi side, its numbers (filter and sort) and what changed behind Trunk Wizard's
// back. Refresh reads every domain at once; the window never waits for it.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    // core: what the live reads use; without one the view lists what is stored.
    DashboardView(ConfigStore *store, CoreContext *core, QWidget *parent = nullptr);

    DomainListModel *domains() const { return m_domains; }
    DomainNumbersModel *numbers() const { return m_numbers; }
    QSortFilterProxyModel *numbersView() const { return m_numberFilter; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *fixButton() const { return m_fix; } // the selected finding
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *fixAllButton() const { return m_fixAll; }
    QPushButton *acceptAllButton() const { return m_acceptAll; }
    QListView *findingsList() const { return m_drift; }
    QPushButton *teardownButton() const { return m_teardown; }
    QPushButton *addNumbersButton() const { return m_addNumbers; }
    QPushButton *changeAssistantButton() const { return m_changeAssistant; }
    QPushButton *removeNumberButton() const { return m_removeNumber; }
    QPushButton *reportButton() const { return m_report; }
    QPushButton *testCallButton() const { return m_testCall; }
    QStringListModel *testCalls() const { return m_calls; }
    HealthPanel *health() const { return m_health; }
    QTableView *numbersTable() const { return m_table; }
    void setAutoRefresh(int minutes); // 0: off
    QMessageBox *pendingConfirmation() const { return m_changes->pendingConfirmation(); }
    QDialog *pendingDialog() const { return m_dialog; } // add numbers or change assistant
    QString currentDomain() const;
    bool isRefreshing() const { return m_refreshing != nullptr; }
    bool isBusy() const { return m_changes->isActive() || isRefreshing(); } // reading, planning or applying

    void setDomains(const QList<DomainRecord> &domains); // as stored; the main window loads them
    void refresh(); // a live read of every domain, at once
    void select(const QString &domain);

signals:
    void editRequested(const QString &domain); // the wizard, pre-filled with the stored intent
    void setupRequested();
    void testCallsShown(); // the domain's test calls, read off the UI thread, are listed

private:
    void showDomain(const QString &domain);
    void updateActions();
    void check(const QList<StatusRefreshOperation::Target> &targets, const QString &text);
    // Fix: what was last applied, applied again. Accept: what is there becomes what is wanted.
    // `finding`: only that one; none: every finding of the domain.
    void fix(const std::optional<DriftFinding> &finding);
    void accept(const std::optional<DriftFinding> &finding);
    std::optional<DriftFinding> selectedFinding() const;
    void teardown(); // everything Trunk Wizard made for the domain, named before it goes
    void addNumbers();
    void changeAssistant();
    void removeSelectedNumbers();
    QStringList selectedNumbers() const;
    // The domain's intent changed by `edit`, planned against what is there now.
    void changeIntent(const QString &readingText, const QString &question,
                      const std::function<void(DesiredState &)> &edit);
    void showTestCalls(const QString &domain); // reads them on a worker; listTestCalls shows them
    void listTestCalls(const DomainHistory &history);
    void changed(const QString &domain, bool applied);
    QString regionOf(const QString &domain) const;

    ConfigStore *m_store;
    CoreContext *m_core;
    DomainListModel *m_domains;
    DomainNumbersModel *m_numbers;
    QSortFilterProxyModel *m_numberFilter;
    QStringListModel *m_findings;
    QListView *m_list;
    QPushButton *m_refresh;
    QPushButton *m_edit;
    QPushButton *m_fix;
    QPushButton *m_accept;
    QPushButton *m_fixAll;
    QPushButton *m_acceptAll;
    QPushButton *m_teardown;
    QPushButton *m_report;
    QPushButton *m_testCall;
    QStringListModel *m_calls;
    QListView *m_callList;
    HealthPanel *m_health;
    QString m_callsShownFor; // the domain whose test calls are listed (read from records.db)
    QPointer<HistoryOperation> m_callsRead;
    QPushButton *m_addNumbers;
    QPushButton *m_changeAssistant;
    QPushButton *m_removeNumber;
    QComboBox *m_autoRefresh;
    QTimer *m_autoTimer;
    QPointer<QDialog> m_dialog;
    BusyIndicator *m_busy;
    QLabel *m_title;
    MessageBanner *m_banner;
    DomainCards *m_cards;
    QLineEdit *m_filter;
    QTableView *m_table;
    QListView *m_drift;
    QLabel *m_empty;
    DomainChangeFlow *m_changes;
    QString m_shown; // the domain whose details are shown
    QPointer<StatusRefreshOperation> m_refreshing; // the refresh under way, if any
};

} // namespace tw
