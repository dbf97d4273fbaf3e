#include "dashboard/DashboardView.h"

#include "common/BusyIndicator.h"
#include "common/MessageBanner.h"
#include "common/SummaryCard.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "dashboard/DomainListModel.h"
#include "dashboard/DomainNumbersModel.h"
#include "dashboard/ReportPreviewDialog.h"
#include "dashboard/TestCallDialog.h"
#include "operations/AccountKeysReader.h"
#include "operations/ApplyOperation.h"
#include "operations/DomainStatusOperation.h"
#include "operations/PlanOperation.h"
#include "provisioning/DesiredStateBuilder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tw {

namespace {
QString onOff(bool on)
{
    return on ? DashboardView::tr("on") : DashboardView::tr("off");
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

DashboardView::DashboardView(ConfigStore *store, CoreContext *core, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_core(core)
    , m_domains(new DomainListModel(this))
    , m_numbers(new DomainNumbersModel(this))
    , m_numberFilter(new QSortFilterProxyModel(this))
    , m_findings(new QStringListModel(this))
    , m_list(new QListView(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_edit(new QPushButton(tr("&Edit in the wizard…"), this))
    , m_fix(new QPushButton(tr("&Fix…"), this))
    , m_accept(new QPushButton(tr("A&ccept as it is"), this))
    , m_teardown(new QPushButton(tr("&Tear down…"), this))
    , m_report(new QPushButton(tr("Re&port…"), this))
    , m_testCall(new QPushButton(tr("Test ca&ll…"), this))
    , m_calls(new QStringListModel(this))
    , m_callList(new QListView(this))
    , m_removeNumber(new QPushButton(tr("Re&move number…"), this))
    , m_autoRefresh(new QComboBox(this))
    , m_autoTimer(new QTimer(this))
    , m_busy(new BusyIndicator(this))
    , m_title(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_cloudonix(new SummaryCard(this))
    , m_vapi(new SummaryCard(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_drift(new QListView(this))
    , m_empty(new QLabel(this))
{
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setEnabled(core != nullptr);
    m_edit->setAccessibleName(tr("Edit in the wizard…"));
    m_edit->setEnabled(false);
    m_fix->setAccessibleName(tr("Fix…"));
    m_fix->setToolTip(tr("Apply again what Trunk Wizard last applied (shows the changes first)"));
    m_accept->setAccessibleName(tr("Accept as it is"));
    m_accept->setToolTip(tr("Make what Cloudonix and Vapi hold now the wanted state"));
    m_list->setModel(m_domains);
    m_list->setIconSize(QSize(16, 16));
    m_list->setSpacing(2);
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 28);
    m_list->setAccessibleName(tr("Domains"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_numberFilter->setSourceModel(m_numbers);
    m_numberFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_numberFilter->setFilterKeyColumn(-1); // any column
    m_table->setModel(m_numberFilter);
    m_table->setAccessibleName(tr("Numbers of the domain"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DomainNumbersModel::NumberColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_filter->setPlaceholderText(tr("Filter numbers, ids, assistants…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter numbers"));
    m_drift->setModel(m_findings);
    m_drift->setAccessibleName(tr("What needs a look"));
    m_drift->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drift->setWordWrap(true);
    m_drift->setMaximumHeight(m_drift->fontMetrics().lineSpacing() * 4 + 8);
    m_cloudonix->setAccessibleName(tr("Cloudonix"));
    m_vapi->setAccessibleName(tr("Vapi"));
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_title->setFont(title);
    m_empty->setWordWrap(true);

    m_testCall->setAccessibleName(tr("Test call…"));
    m_testCall->setEnabled(false);
    m_callList->setModel(m_calls);
    m_callList->setAccessibleName(tr("Last test calls"));
    m_callList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_callList->setWordWrap(true);
    m_callList->setMaximumHeight(m_callList->fontMetrics().lineSpacing() * 4 + 8);
    m_report->setAccessibleName(tr("Report…"));
    m_report->setToolTip(tr("A configuration report of every domain, previewed before it is saved"));
    m_report->setEnabled(core != nullptr);
    m_teardown->setAccessibleName(tr("Tear down…"));
    m_teardown->setEnabled(false);
    m_removeNumber->setAccessibleName(tr("Remove number…"));
    m_removeNumber->setEnabled(false);
    m_autoRefresh->addItem(tr("Auto-refresh off"), 0);
    m_autoRefresh->addItem(tr("Every minute"), 1);
    m_autoRefresh->addItem(tr("Every 5 minutes"), 5);
    m_autoRefresh->addItem(tr("Every 15 minutes"), 15);
    m_autoRefresh->setAccessibleName(tr("Auto-refresh"));
    m_autoRefresh->setEnabled(core != nullptr);
    auto *top = new QHBoxLayout;
    top->addWidget(m_refresh);
    top->addWidget(m_autoRefresh);
    top->addWidget(m_busy);
    top->addStretch(1);
    top->addWidget(m_report);

    auto *details = new QWidget(this);
    auto *column = new QVBoxLayout(details);
    column->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_edit);
    titleRow->addWidget(m_testCall);
    titleRow->addWidget(m_teardown);
    column->addLayout(titleRow);
    column->addWidget(m_banner);
    column->addWidget(m_empty);
    // One above the other: host names do not wrap, and side by side they would widen the window.
    column->addWidget(heading(tr("Cloudonix"), details));
    column->addWidget(m_cloudonix);
    column->addWidget(heading(tr("Vapi"), details));
    column->addWidget(m_vapi);
    auto *findingsRow = new QHBoxLayout;
    findingsRow->addWidget(heading(tr("What needs a look"), details), 1);
    findingsRow->addWidget(m_fix);
    findingsRow->addWidget(m_accept);
    column->addLayout(findingsRow);
    column->addWidget(m_drift);
    column->addWidget(heading(tr("Last test calls"), details));
    column->addWidget(m_callList);
    column->addWidget(heading(tr("Numbers"), details));
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_filter, 1);
    numberRow->addWidget(m_removeNumber);
    column->addLayout(numberRow);
    column->addWidget(m_table, 1);

    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    // Everything of one domain, scrolled when the window is short: nothing is ever clipped.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 10);
    split->addWidget(scroll);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(currentDomain()); });
    connect(m_fix, &QPushButton::clicked, this, &DashboardView::fix);
    connect(m_teardown, &QPushButton::clicked, this, &DashboardView::teardown);
    connect(m_testCall, &QPushButton::clicked, this, [this] {
        const QString domain = currentDomain();
        const DomainStatus *live = m_domains->status(domain);
        const DomainRecord *record = m_domains->record(domain);
        if (!record)
            return;
        auto *dialog
            = new TestCallDialog(m_core, live ? *live : DomainStatus::from(*record, nullptr), record->vapiRegion, this);
        connect(dialog, &TestCallDialog::callEnded, this, [this, domain] { showTestCalls(domain); });
        dialog->open();
    });
    connect(m_report, &QPushButton::clicked, this, [this] { (new ReportPreviewDialog(m_core, {}, this))->open(); });
    connect(m_removeNumber, &QPushButton::clicked, this, &DashboardView::removeSelectedNumbers);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_removeNumber->setEnabled(m_core && m_pending == 0 && m_table->selectionModel()->hasSelection());
    });
    connect(m_autoTimer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_autoRefresh, &QComboBox::currentIndexChanged, this,
            [this] { setAutoRefresh(m_autoRefresh->currentData().toInt()); });
    connect(m_accept, &QPushButton::clicked, this, &DashboardView::accept);
    connect(m_filter, &QLineEdit::textChanged, m_numberFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDomain(current.data(DomainListModel::DomainRole).toString()); });
    connect(m_domains, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_list->currentIndex().row();
        if (row >= from.row() && row <= to.row())
            showDomain(currentDomain());
    });
    showDomain({});
}

QString DashboardView::currentDomain() const
{
    return m_list->currentIndex().data(DomainListModel::DomainRole).toString();
}

void DashboardView::setDomains(const QList<DomainRecord> &domains)
{
    const QString keep = currentDomain();
    m_domains->setDomains(domains);
    select(keep.isEmpty() && m_domains->rowCount() > 0
               ? m_domains->index(0).data(DomainListModel::DomainRole).toString()
               : keep);
}

void DashboardView::select(const QString &domain)
{
    const int row = m_domains->rowOf(domain);
    if (row >= 0)
        m_list->setCurrentIndex(m_domains->index(row));
    showDomain(row >= 0 ? domain : QString());
}

void DashboardView::showDomain(const QString &domain)
{
    m_cloudonix->clear();
    m_vapi->clear();
    m_banner->hide();
    m_findings->setStringList({});
    const DomainRecord *record = m_domains->record(domain);
    m_edit->setEnabled(record && m_core);
    m_teardown->setEnabled(record && m_core && m_pending == 0);
    m_testCall->setEnabled(record && m_core && !record->numbers.isEmpty());
    if (domain != m_callsShownFor) // a refresh redraws often; the history changes only with a call
        showTestCalls(record ? domain : QString());
    m_removeNumber->setEnabled(false);
    const DomainStatus *checked = m_domains->status(domain);
    const bool drifted = m_core && checked && !checked->drift.isEmpty() && m_pending == 0;
    m_fix->setEnabled(drifted && record && !record->intent.isEmpty());
    m_accept->setEnabled(drifted);
    if (!record) {
        m_title->setText(m_domains->rowCount() == 0 ? tr("No domain is configured yet.") : tr("No domain selected"));
        m_empty->setText(m_domains->rowCount() == 0 && m_core
                             ? tr("Set up a domain… connects a Cloudonix domain to Vapi, step by step.")
                             : QString());
        m_empty->setVisible(!m_empty->text().isEmpty());
        m_numbers->clear();
        return;
    }
    const DomainStatus *live = m_domains->status(domain);
    const DomainStatus status = live ? *live : DomainStatus::from(*record, nullptr);
    const DomainListModel::Health health = live ? DomainListModel::healthOf(*live) : DomainListModel::Health::Unknown;
    m_title->setText(tr("%1 — %2").arg(domain, DomainListModel::healthText(health)));
    m_empty->setVisible(!live);
    m_empty->setText(m_core ? tr("Refresh reads what Cloudonix and Vapi hold now.") : QString());
    if (live && status.error)
        m_banner->showError(*status.error);
    else if (live && !status.problems.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Error, status.problems.first(),
                              status.problems.mid(1).join(QLatin1Char('\n')));

    m_cloudonix->addRow(tr("Inbound SIP host"),
                        status.inboundSipHost.isEmpty() ? tr("unknown") : status.inboundSipHost);
    if (live) {
        m_cloudonix->addRow(tr("Allow border-to-border calls"), onOff(status.allowBorderToBorder));
        m_cloudonix->addRow(tr("Redirect unknown destination to border"), onOff(status.redirectUnknownToBorder));
        QStringList carriers;
        for (const CloudonixTrunk &t : status.outboundTrunks)
            carriers << QStringLiteral("%1 (%2)").arg(t.name, t.describe());
        m_cloudonix->addRow(tr("Outbound trunks"),
                            carriers.isEmpty() ? tr("⚠ none") : carriers.join(QLatin1Char('\n')));
    }
    m_vapi->addRow(tr("SIP trunk"),
                   status.trunkId.isEmpty() ? tr("none")
                                            : QStringLiteral("%1 (%2)").arg(status.trunkName, status.trunkId));
    if (live) {
        QStringList gateways;
        for (const VapiGateway &g : status.gateways) {
            QStringList uses;
            if (g.inbound())
                uses << tr("inbound");
            if (g.outbound())
                uses << tr("outbound");
            if (g.optionsPing())
                uses << tr("options ping");
            gateways << QStringLiteral("%1 (%2)").arg(
                g.ip, uses.isEmpty() ? tr("not used") : uses.join(QStringLiteral(", ")));
        }
        m_vapi->addRow(tr("Gateways"), gateways.isEmpty() ? tr("none") : gateways.join(QLatin1Char('\n')));
        if (status.leadingPlus)
            m_vapi->addRow(tr("Leading plus for outbound calls"), onOff(*status.leadingPlus));
    }
    QStringList findings;
    for (const QString &d : status.drift)
        findings << QStringLiteral("⚠ ") + d;
    for (const QString &w : status.warnings)
        findings << QStringLiteral("⚠ ") + w;
    for (const QString &n : status.notes)
        findings << tr("Note: %1").arg(n);
    if (live && findings.isEmpty())
        findings << tr("Nothing: everything is as last applied.");
    m_findings->setStringList(findings);
    m_numbers->setStatus(status);
}

void DashboardView::refresh()
{
    if (!m_core || m_pending > 0)
        return;
    const QList<DomainRecord> domains = m_store->load().config.domains;
    m_total = int(domains.size());
    m_pending = m_total;
    if (m_pending == 0)
        return;
    setBusy(true, tr("Checking %n domain(s) with Cloudonix and Vapi…", nullptr, m_total));
    for (const DomainRecord &d : domains)
        refreshOne(d.domain, d.vapiRegion);
}

void DashboardView::refreshOne(const QString &domain, const QString &region)
{
    m_domains->setChecking(domain);
    auto settle = [this](const QString &name, const DomainStatus &status) {
        m_domains->setStatus(name, status);
        if (--m_pending == 0) {
            setBusy(false);
            showDomain(currentDomain());
        } else {
            m_busy->setText(tr("Checked %1 of %2 domains…").arg(m_total - m_pending).arg(m_total));
        }
    };
    AccountKeysReader::read(m_core->secrets(), domain, region, this,
                            [this, domain, settle](const AccountKeys &keys, const QString &problem) {
                                if (!problem.isEmpty()) {
                                    DomainStatus missing;
                                    missing.domain = domain;
                                    missing.problems << problem;
                                    return settle(domain, missing);
                                }
                                auto *op = new DomainStatusOperation(m_core, keys, domain, this);
                                connect(op, &DomainStatusOperation::finished, this,
                                        [op, domain, settle](const DomainStatus &status) {
                                            op->deleteLater();
                                            settle(domain, status);
                                        });
                                op->start();
                            });
}

void DashboardView::showTestCalls(const QString &domain)
{
    m_callsShownFor = domain;
    QStringList lines;
    if (!domain.isEmpty())
        for (const QJsonObject &c : m_store->testCalls(domain, 5))
            lines << tr("%1 — %2 → %3: %4")
                         .arg(QDateTime::fromString(c.value(QLatin1String("at")).toString(), Qt::ISODate)
                                  .toLocalTime()
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              c.value(QLatin1String("from")).toString(), c.value(QLatin1String("to")).toString(),
                              c.value(QLatin1String("message")).toString());
    if (lines.isEmpty() && !domain.isEmpty())
        lines << tr("None yet: Test call… places one through the trunk.");
    m_calls->setStringList(lines);
}

void DashboardView::setAutoRefresh(int minutes)
{
    if (minutes <= 0)
        return m_autoTimer->stop();
    m_autoTimer->start(std::chrono::minutes(minutes));
}

void DashboardView::teardown()
{
    const QString domain = currentDomain();
    setBusy(true, tr("Reading what Trunk Wizard made for %1…").arg(domain));
    withKeys(domain, [this, domain](const AccountKeys &keys) {
        auto *op = PlanOperation::forTeardown(m_core, keys, domain, true, this);
        connect(op, &PlanOperation::finished, this, [this, op, domain, keys](const PlanOutcome &planned) {
            op->deleteLater();
            confirmAndApply(
                domain, keys, planned,
                tr("Tear down %1? This removes what Trunk Wizard made and puts the domain settings back:").arg(domain));
        });
        op->start();
    });
}

void DashboardView::removeSelectedNumbers()
{
    const QString domain = currentDomain();
    QSet<QString> numbers;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        numbers.insert(
            m_numberFilter->mapToSource(i).siblingAtColumn(DomainNumbersModel::NumberColumn).data().toString());
    if (numbers.isEmpty())
        return;
    const DomainRecord *record = m_domains->record(domain);
    const QString region = record ? record->vapiRegion : QStringLiteral("us");
    setBusy(true, tr("Reading %1…").arg(domain));
    withKeys(domain, [this, domain, region, numbers](const AccountKeys &keys) {
        // The domain's intent without these numbers: the plan removes them, and only them.
        auto build = [region, numbers](const DomainRecord &stored, const LiveState &live) {
            DesiredState desired = DesiredStateBuilder::current(stored, live, region);
            desired.numbers.removeIf([&numbers](const DesiredNumber &n) { return numbers.contains(n.number); });
            desired.inboundOptional = true;
            return desired;
        };
        auto *op = PlanOperation::forCommand(m_core, keys, domain, build, this);
        connect(op, &PlanOperation::finished, this, [this, op, domain, keys, numbers](const PlanOutcome &planned) {
            op->deleteLater();
            confirmAndApply(domain, keys, planned,
                            tr("Remove %n number(s) from %1?", nullptr, int(numbers.size())).arg(domain));
        });
        op->start();
    });
}

void DashboardView::setBusy(bool busy, const QString &text)
{
    m_busyWork = busy;
    m_refresh->setEnabled(!busy && m_core);
    if (busy) {
        m_fix->setEnabled(false);
        m_accept->setEnabled(false);
        m_teardown->setEnabled(false);
        m_removeNumber->setEnabled(false);
        m_busy->start(text);
    } else {
        m_busy->stop();
    }
}

void DashboardView::withKeys(const QString &domain, const std::function<void(const AccountKeys &)> &then)
{
    const DomainRecord *record = m_domains->record(domain);
    AccountKeysReader::read(m_core->secrets(), domain, record ? record->vapiRegion : QString(), this,
                            [this, then](const AccountKeys &keys, const QString &problem) {
                                if (!problem.isEmpty()) {
                                    setBusy(false);
                                    return m_banner->showMessage(MessageBanner::Level::Error, problem);
                                }
                                then(keys);
                            });
}

void DashboardView::fix()
{
    const QString domain = currentDomain();
    setBusy(true, tr("Reading %1 to plan the fix…").arg(domain));
    withKeys(domain, [this, domain](const AccountKeys &keys) {
        auto *op = PlanOperation::forDrift(m_core, keys, domain, this);
        connect(op, &PlanOperation::finished, this, [this, op, domain, keys](const PlanOutcome &planned) {
            op->deleteLater();
            confirmAndApply(
                domain, keys, planned,
                tr("Apply again what Trunk Wizard last applied to %1? These changes will be made:").arg(domain));
        });
        op->start();
    });
}

void DashboardView::accept()
{
    const QString domain = currentDomain();
    const DomainRecord *record = m_domains->record(domain);
    const QString region = record ? record->vapiRegion : QStringLiteral("us");
    setBusy(true, tr("Reading %1…").arg(domain));
    withKeys(domain, [this, domain, region](const AccountKeys &keys) {
        // What is there, planned as what is wanted: nothing to change, and the run records it.
        auto build = [region](const DomainRecord &stored, const LiveState &live) {
            DesiredState desired = DesiredStateBuilder::fromLive(stored, live, region);
            desired.inboundOptional = true;
            return desired;
        };
        auto *op = PlanOperation::forCommand(m_core, keys, domain, build, this);
        connect(op, &PlanOperation::finished, this, [this, op, domain, keys](const PlanOutcome &planned) {
            op->deleteLater();
            confirmAndApply(domain, keys, planned,
                            tr("Making the current state of %1 the wanted state would still change this:").arg(domain));
        });
        op->start();
    });
}

void DashboardView::confirmAndApply(const QString &domain, const AccountKeys &keys, const PlanOutcome &planned,
                                    const QString &question)
{
    if (!planned.ok() || !planned.plan.canApply()) {
        setBusy(false);
        if (planned.error)
            return m_banner->showError(*planned.error);
        const QStringList why
            = planned.inputErrors.isEmpty() ? planned.plan.errors : FieldError::messages(planned.inputErrors);
        return m_banner->showMessage(MessageBanner::Level::Error, why.value(0, planned.configError),
                                     why.mid(1).join(QLatin1Char('\n')));
    }
    if (planned.plan.writeCount() == 0)
        return apply(domain, keys, planned); // records only
    // A change to live systems is confirmed first, without blocking the window.
    QStringList changes;
    for (const PlanAction &a : planned.plan.actions)
        if (a.isWrite())
            changes << QStringLiteral("• ") + a.summary;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Trunk Wizard"), question, QMessageBox::Cancel, this);
    m_confirm->setInformativeText(changes.join(QLatin1Char('\n')));
    QPushButton *go
        = m_confirm->addButton(tr("&Apply %n change(s)", nullptr, int(changes.size())), QMessageBox::AcceptRole);
    m_confirm->setDefaultButton(QMessageBox::Cancel); // a destructive default is never the default
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, go, domain, keys, planned] {
        if (m_confirm && m_confirm->clickedButton() == go)
            apply(domain, keys, planned);
        else
            setBusy(false);
    });
    m_confirm->open();
}

void DashboardView::apply(const QString &domain, const AccountKeys &keys, const PlanOutcome &planned)
{
    setBusy(true, tr("Applying to %1…").arg(domain));
    auto *op = new ApplyOperation(m_core, keys, planned, {}, this);
    connect(op, &ApplyOperation::finished, this, [this, op, domain](const ApplyResult &result) {
        op->deleteLater();
        setBusy(false);
        m_banner->showMessage(result.ok ? MessageBanner::Level::Positive : MessageBanner::Level::Error,
                              result.message(), result.error ? result.error->details() : QString());
        m_domains->setDomains(m_store->load().config.domains); // the intent may have changed
        select(domain);
        m_pending = 1;
        m_total = 1;
        setBusy(true, tr("Checking %1 again…").arg(domain));
        const DomainRecord *record = m_domains->record(domain);
        refreshOne(domain, record ? record->vapiRegion : QString());
    });
    op->start();
}

} // namespace tw
