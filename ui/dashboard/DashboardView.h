#pragma once

#include "config/DomainRecord.h"
#include "operations/AccountKeys.h"
#include "provisioning/PlanOutcome.h"

#include <QMessageBox>
#include <QPointer>

#include <functional>

#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;

class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStringListModel;
class QTableView;

namespace tw {

class BusyIndicator;
class ConfigStore;
class CoreContext;
class DomainListModel;
class DomainNumbersModel;
class MessageBanner;
class SummaryCard;

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
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *teardownButton() const { return m_teardown; }
    QPushButton *removeNumberButton() const { return m_removeNumber; }
    QPushButton *reportButton() const { return m_report; }
    QPushButton *testCallButton() const { return m_testCall; }
    QStringListModel *testCalls() const { return m_calls; }
    QTableView *numbersTable() const { return m_table; }
    void setAutoRefresh(int minutes); // 0: off
    QMessageBox *pendingConfirmation() const { return m_confirm; }
    QString currentDomain() const;
    bool isRefreshing() const { return m_pending > 0; }
    bool isBusy() const { return m_busyWork || m_pending > 0; } // reading, planning or applying

    void setDomains(const QList<DomainRecord> &domains); // as stored; the main window loads them
    void refresh(); // a live read of every domain, at once
    void select(const QString &domain);

signals:
    void editRequested(const QString &domain); // the wizard, pre-filled with the stored intent
    void setupRequested();

private:
    void showDomain(const QString &domain);
    void refreshOne(const QString &domain, const QString &region);
    // Fix: what was last applied, applied again. Accept: what is there becomes what is wanted.
    void fix();
    void accept();
    void teardown(); // everything Trunk Wizard made for the domain, named before it goes
    void removeSelectedNumbers();
    void showTestCalls(const QString &domain);
    void withKeys(const QString &domain, const std::function<void(const AccountKeys &)> &then);
    void confirmAndApply(const QString &domain, const AccountKeys &keys, const PlanOutcome &planned,
                         const QString &question);
    void apply(const QString &domain, const AccountKeys &keys, const PlanOutcome &planned);
    void setBusy(bool busy, const QString &text = {});

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
    QPushButton *m_teardown;
    QPushButton *m_report;
    QPushButton *m_testCall;
    QStringListModel *m_calls;
    QListView *m_callList;
    QString m_callsShownFor; // the domain whose test calls are listed (read from records.db)
    QPushButton *m_removeNumber;
    QComboBox *m_autoRefresh;
    QTimer *m_autoTimer;
    QPointer<QMessageBox> m_confirm;
    BusyIndicator *m_busy;
    QLabel *m_title;
    MessageBanner *m_banner;
    SummaryCard *m_cloudonix;
    SummaryCard *m_vapi;
    QLineEdit *m_filter;
    QTableView *m_table;
    QListView *m_drift;
    QLabel *m_empty;
    int m_pending = 0;
    bool m_busyWork = false;
    int m_total = 0;
};

} // namespace tw
