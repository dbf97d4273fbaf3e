#include "dashboard/DashboardView.h"

#include "common/BusyIndicator.h"
#include "common/FormRows.h"
#include "common/MessageBanner.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "dashboard/DomainCards.h"
#include "dashboard/DomainListModel.h"
#include "dashboard/DomainNumbersModel.h"
#include "dashboard/HealthPanel.h"
#include "dashboard/NumberChangeDialog.h"
#include "dashboard/ReportPreviewDialog.h"
#include "dashboard/TestCallDialog.h"
#include "operations/PlanOperation.h"
#include "operations/StatusRefreshOperation.h"
#include "provisioning/DesiredStateBuilder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
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
// Where a carrier trunk is added, in the words the buttons and pages show.
QString carrierTrunkPath()
{
    auto shown = [](const QString &text) { return FormRows::plain(text).remove(QStringLiteral("…")); };
    return QStringLiteral("%1 → %2 → %3")
        .arg(shown(DashboardView::tr("&Edit in the wizard…")),
             QCoreApplication::translate("tw::SetupWizard", "Routing"),
             shown(QCoreApplication::translate("tw::RoutingPage", "Add &carrier trunk")));
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
    , m_accept(new QPushButton(tr("A&ccept"), this))
    , m_fixAll(new QPushButton(tr("Fix a&ll…"), this))
    , m_acceptAll(new QPushButton(tr("Accept all"), this))
    , m_teardown(new QPushButton(tr("&Tear down…"), this))
    , m_report(new QPushButton(tr("Re&port…"), this))
    , m_testCall(new QPushButton(tr("Test c&all…"), this))
    , m_calls(new QStringListModel(this))
    , m_callList(new QListView(this))
    , m_health(new HealthPanel(core, this))
    , m_addNumbers(new QPushButton(tr("A&dd numbers…"), this))
    , m_changeAssistant(new QPushButton(tr("Change ass&istant…"), this))
    , m_removeNumber(new QPushButton(tr("Re&move…"), this))
    , m_autoRefresh(new QComboBox(this))
    , m_autoTimer(new QTimer(this))
    , m_busy(new BusyIndicator(this))
    , m_title(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_cards(new DomainCards(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_drift(new QListView(this))
    , m_empty(new QLabel(this))
    , m_changes(new DomainChangeFlow(core, m_banner, this))
{
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setEnabled(core != nullptr);
    m_edit->setAccessibleName(tr("Edit in the wizard…"));
    m_fix->setAccessibleName(tr("Fix…"));
    m_fix->setToolTip(tr("Put the selected finding back as Trunk Wizard last applied it (shows the change first)"));
    m_accept->setAccessibleName(tr("Accept"));
    m_accept->setToolTip(tr("Keep the selected finding as it is now: it becomes what is wanted"));
    m_fixAll->setAccessibleName(tr("Fix all…"));
    m_fixAll->setToolTip(tr("Apply again everything Trunk Wizard last applied (shows the changes first)"));
    m_acceptAll->setAccessibleName(tr("Accept all"));
    m_acceptAll->setToolTip(tr("Make what Cloudonix and Vapi hold now the wanted state"));
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
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_title->setFont(title);
    m_title->setWordWrap(true);
    m_empty->setWordWrap(true);

    m_testCall->setAccessibleName(tr("Test call…"));
    m_callList->setModel(m_calls);
    m_callList->setAccessibleName(tr("Last test calls"));
    m_callList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_callList->setWordWrap(true);
    m_callList->setMaximumHeight(m_callList->fontMetrics().lineSpacing() * 4 + 8);
    m_report->setAccessibleName(tr("Report…"));
    m_report->setToolTip(tr("A configuration report of every domain, previewed before it is saved"));
    m_report->setEnabled(core != nullptr);
    // Each button's accessible name is its text (WCAG 2.5.3); the tooltips describe them.
    m_changeAssistant->setToolTip(tr("The assistant that answers the selected numbers"));
    m_removeNumber->setToolTip(tr("Remove the selected numbers from Vapi (shows the changes first)"));
    m_autoRefresh->addItem(tr("Auto-refresh off"), 0);
    m_autoRefresh->addItem(tr("Every minute"), 1);
    m_autoRefresh->addItem(tr("Every 5 minutes"), 5);
    m_autoRefresh->addItem(tr("Every 15 minutes"), 15);
    m_autoRefresh->setAccessibleName(tr("Auto-refresh"));
    m_autoRefresh->setEnabled(core != nullptr);
    auto *top = new QHBoxLayout;
    top->addWidget(m_refresh);
    top->addWidget(m_autoRefresh);
    top->addWidget(m_busy, 1);
    top->addStretch(1);
    // The selected domain's actions: in the bar, where a long domain name cannot push them out.
    for (QPushButton *b : {m_edit, m_testCall, m_teardown})
        top->addWidget(b);
    top->addSpacing(m_report->fontMetrics().averageCharWidth() * 2);
    top->addWidget(m_report);

    auto *details = new QWidget(this);
    auto *column = new QVBoxLayout(details);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_title);
    column->addWidget(m_banner);
    column->addWidget(m_empty);
    column->addWidget(m_cards);
    auto *findingsRow = new QHBoxLayout;
    findingsRow->addWidget(FormRows::heading(tr("What needs a look"), details), 1);
    for (QPushButton *b : {m_fix, m_accept, m_fixAll, m_acceptAll})
        findingsRow->addWidget(b);
    column->addLayout(findingsRow);
    column->addWidget(m_drift);
    column->addWidget(FormRows::heading(tr("Last test calls"), details));
    column->addWidget(m_callList);
    column->addWidget(m_health);
    column->addWidget(FormRows::heading(tr("Numbers"), details));
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_filter, 1);
    for (QPushButton *b : {m_addNumbers, m_changeAssistant, m_removeNumber})
        numberRow->addWidget(b);
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
    connect(m_fix, &QPushButton::clicked, this, [this] { fix(selectedFinding()); });
    connect(m_accept, &QPushButton::clicked, this, [this] { accept(selectedFinding()); });
    connect(m_fixAll, &QPushButton::clicked, this, [this] { fix(std::nullopt); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { accept(std::nullopt); });
    connect(m_drift->selectionModel(), &QItemSelectionModel::currentChanged, this, &DashboardView::updateActions);
    connect(m_addNumbers, &QPushButton::clicked, this, &DashboardView::addNumbers);
    connect(m_changeAssistant, &QPushButton::clicked, this, &DashboardView::changeAssistant);
    connect(m_changes, &DomainChangeFlow::busyChanged, this, [this](bool busy, const QString &text) {
        busy ? m_busy->start(text) : m_busy->stop();
        updateActions();
    });
    connect(m_changes, &DomainChangeFlow::finished, this, &DashboardView::changed);
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
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DashboardView::updateActions);
    connect(m_autoTimer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_autoRefresh, &QComboBox::currentIndexChanged, this,
            [this] { setAutoRefresh(m_autoRefresh->currentData().toInt()); });
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

QString DashboardView::regionOf(const QString &domain) const
{
    const DomainRecord *record = m_domains->record(domain);
    return record && !record->vapiRegion.isEmpty() ? record->vapiRegion : QStringLiteral("us");
}

void DashboardView::setDomains(const QList<DomainRecord> &domains)
{
    const QString keep = currentDomain();
    m_domains->setDomains(domains);
    m_callsShownFor.clear(); // read again: the wizard's last page may have placed a call
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
    // Another domain: its own messages. The same one redrawn: an outcome just shown stays.
    if (domain != m_shown)
        m_banner->hide();
    m_shown = domain;
    const std::optional<DriftFinding> keepFinding = selectedFinding();
    m_findings->setStringList({});
    const DomainRecord *record = m_domains->record(domain);
    if (domain != m_callsShownFor) // a refresh redraws often; the history changes only with a call
        showTestCalls(record ? domain : QString());
    m_health->setDomain(record ? domain : QString(), record ? record->vapiRegion : QString());
    if (!record) {
        m_cards->clear();
        m_title->setText(m_domains->rowCount() == 0 ? tr("No domain is configured yet.") : tr("No domain selected"));
        m_empty->setText(m_domains->rowCount() == 0 && m_core
                             ? tr("Set up a domain… connects a Cloudonix domain to Vapi, step by step.")
                             : QString());
        m_empty->setVisible(!m_empty->text().isEmpty());
        m_numbers->clear();
        return updateActions();
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
    m_cards->showStatus(status, live != nullptr);
    // Drift first, in the order of status.drift: a row is its finding's index.
    QStringList findings;
    for (const DriftFinding &d : status.drift)
        findings << QStringLiteral("⚠ ") + d.text;
    if (status.noOutboundTrunk)
        findings << QStringLiteral("⚠ ") + DomainStatus::noOutboundTrunkText() + QLatin1Char(' ')
                + tr("Add the carrier's trunk: %1.").arg(carrierTrunkPath());
    for (const QString &w : status.warnings)
        findings << QStringLiteral("⚠ ") + w;
    for (const QString &n : status.notes)
        findings << tr("Note: %1").arg(n);
    if (live && findings.isEmpty())
        findings << tr("Nothing: everything is as last applied.");
    m_findings->setStringList(findings);
    int row = 0;
    for (int i = 0; keepFinding && i < status.drift.size(); ++i)
        if (status.drift.at(i).isAbout(keepFinding->resource, keepFinding->key))
            row = i;
    if (!status.drift.isEmpty())
        m_drift->setCurrentIndex(m_findings->index(row));
    m_numbers->setStatus(status);
    updateActions();
}

void DashboardView::updateActions()
{
    const QString domain = currentDomain();
    const DomainRecord *record = m_domains->record(domain);
    const DomainStatus *live = m_domains->status(domain);
    const bool idle = m_core && !isBusy();
    const bool configured = idle && record;
    const bool drifted = configured && live && !live->drift.isEmpty();
    const std::optional<DriftFinding> finding = selectedFinding();
    const bool numbersSelected = m_table->selectionModel()->hasSelection();
    m_refresh->setEnabled(idle);
    m_edit->setEnabled(record && m_core);
    m_teardown->setEnabled(configured);
    m_testCall->setEnabled(record && m_core && !record->numbers.isEmpty());
    m_fix->setEnabled(drifted && finding && !record->intent.isEmpty());
    m_accept->setEnabled(drifted && finding && finding->canAccept());
    m_fixAll->setEnabled(drifted && !record->intent.isEmpty());
    m_acceptAll->setEnabled(drifted);
    // Numbers change against a live read: the assistants to choose from come with it.
    m_addNumbers->setEnabled(configured && live && live->ok());
    m_changeAssistant->setEnabled(configured && live && live->ok() && numbersSelected);
    m_removeNumber->setEnabled(configured && numbersSelected);
}

std::optional<DriftFinding> DashboardView::selectedFinding() const
{
    const DomainStatus *live = m_domains->status(m_shown);
    const int row = m_drift->currentIndex().row();
    if (!live || row < 0 || row >= live->drift.size())
        return std::nullopt;
    return live->drift.at(row);
}

void DashboardView::refresh()
{
    if (!m_core || isBusy())
        return;
    QList<StatusRefreshOperation::Target> targets;
    for (const DomainRecord &d : m_store->load().config.domains)
        targets << StatusRefreshOperation::Target {d.domain, d.vapiRegion};
    if (!targets.isEmpty())
        check(targets, tr("Checking %n domain(s) with Cloudonix and Vapi…", nullptr, int(targets.size())));
}

void DashboardView::check(const QList<StatusRefreshOperation::Target> &targets, const QString &text)
{
    auto *op = new StatusRefreshOperation(m_core, targets, this);
    m_refreshing = op;
    for (const StatusRefreshOperation::Target &t : targets)
        m_domains->setChecking(t.domain);
    m_busy->start(text);
    updateActions();
    connect(op, &StatusRefreshOperation::domainChecked, this,
            [this](const QString &domain, const DomainStatus &status) { m_domains->setStatus(domain, status); });
    connect(op, &Operation::progressChanged, this,
            [this](int, int, const QString &progress) { m_busy->setText(progress); });
    connect(op, &StatusRefreshOperation::finished, this, [this, op] {
        op->deleteLater();
        m_refreshing = nullptr;
        m_busy->stop();
        showDomain(currentDomain());
    });
    op->start();
}

void DashboardView::showTestCalls(const QString &domain)
{
    m_callsShownFor = domain;
    if (m_callsRead) {
        m_callsRead->disconnect(this);
        m_callsRead->deleteLater();
    }
    if (domain.isEmpty() || !m_core)
        return m_calls->setStringList({});
    m_callsRead = new HistoryOperation(m_core, domain, 5, this);
    connect(m_callsRead, &HistoryOperation::finished, this, &DashboardView::listTestCalls);
    connect(m_callsRead, &Operation::ended, m_callsRead, &QObject::deleteLater);
    m_callsRead->start();
}

void DashboardView::listTestCalls(const DomainHistory &history)
{
    if (history.domain != m_callsShownFor)
        return;
    QStringList lines;
    for (const QJsonObject &c : history.testCalls)
        lines << tr("%1 — %2 → %3: %4")
                     .arg(QDateTime::fromString(c.value(QLatin1String("at")).toString(), Qt::ISODate)
                              .toLocalTime()
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          c.value(QLatin1String("from")).toString(), c.value(QLatin1String("to")).toString(),
                          c.value(QLatin1String("message")).toString());
    if (!history.error.isEmpty())
        lines << history.error;
    else if (lines.isEmpty())
        lines << tr("None yet: Test call… places one through the trunk.");
    m_calls->setStringList(lines);
    emit testCallsShown();
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
    m_changes->start(
        domain, regionOf(domain), tr("Reading what Trunk Wizard made for %1…").arg(domain),
        [this, domain](const AccountKeys &keys, QObject *parent) {
            return PlanOperation::forTeardown(m_core, keys, domain, true, parent);
        },
        tr("Tear down %1? This removes what Trunk Wizard made and puts the domain settings back:").arg(domain));
}

void DashboardView::fix(const std::optional<DriftFinding> &finding)
{
    const QString domain = currentDomain();
    m_changes->start(
        domain, regionOf(domain), tr("Reading %1 to plan the fix…").arg(domain),
        [this, domain, finding](const AccountKeys &keys, QObject *parent) {
            auto *op = PlanOperation::forDrift(m_core, keys, domain, parent);
            if (finding)
                op->restrictTo(finding->resource, finding->key);
            return op;
        },
        finding ? tr("Put this back as Trunk Wizard last applied it to %1?\n%2").arg(domain, finding->text)
                : tr("Apply again what Trunk Wizard last applied to %1? These changes will be made:").arg(domain));
}

void DashboardView::accept(const std::optional<DriftFinding> &finding)
{
    const QString domain = currentDomain();
    const QString region = regionOf(domain);
    // What is there, planned as what is wanted: nothing to change, and the run records it.
    auto build = [region, finding](const DomainRecord &stored, const LiveState &live) {
        DesiredState desired = finding
            ? DesiredStateBuilder::accepting(stored, live, region, finding->resource, finding->key)
            : DesiredStateBuilder::fromLive(stored, live, region);
        desired.inboundOptional = true;
        return desired;
    };
    m_changes->start(
        domain, region, tr("Reading %1…").arg(domain),
        [this, domain, build, finding](const AccountKeys &keys, QObject *parent) {
            auto *op = PlanOperation::forCommand(m_core, keys, domain, build, parent);
            if (finding) // the other findings stay as they are: still drift, not fixed here
                op->restrictTo(finding->resource, finding->key);
            return op;
        },
        tr("Making the current state of %1 the wanted state would still change this:").arg(domain));
}

QStringList DashboardView::selectedNumbers() const
{
    QStringList numbers;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        numbers << m_numberFilter->mapToSource(i).siblingAtColumn(DomainNumbersModel::NumberColumn).data().toString();
    return numbers;
}

void DashboardView::changeIntent(const QString &readingText, const QString &question,
                                 const std::function<void(DesiredState &)> &edit)
{
    const QString domain = currentDomain();
    const QString region = regionOf(domain);
    auto build = [region, edit](const DomainRecord &stored, const LiveState &live) {
        DesiredState desired = DesiredStateBuilder::current(stored, live, region);
        edit(desired);
        desired.inboundOptional = true;
        return desired;
    };
    m_changes->start(
        domain, region, readingText,
        [this, domain, build](const AccountKeys &keys, QObject *parent) {
            return PlanOperation::forCommand(m_core, keys, domain, build, parent);
        },
        question);
}

void DashboardView::removeSelectedNumbers()
{
    const QStringList list = selectedNumbers();
    const QSet<QString> numbers(list.cbegin(), list.cend());
    if (numbers.isEmpty())
        return;
    // The domain's intent without these numbers: the plan removes them, and only them.
    changeIntent(tr("Reading %1…").arg(currentDomain()),
                 tr("Remove %n number(s) from %1?", nullptr, int(numbers.size())).arg(currentDomain()),
                 [numbers](DesiredState &desired) {
                     desired.numbers.removeIf(
                         [&numbers](const DesiredNumber &n) { return numbers.contains(n.number); });
                 });
}

void DashboardView::addNumbers()
{
    const QString domain = currentDomain();
    const DomainStatus *status = m_domains->status(domain);
    if (!status)
        return;
    QHash<QString, int> uses; // new numbers most likely go to the assistant the others have
    QString usual;
    for (const DomainStatus::Number &n : status->numbers) {
        const int count = n.assistantId.isEmpty() ? 0 : ++uses[n.assistantId];
        if (count > uses.value(usual))
            usual = n.assistantId;
    }
    auto *dialog = new NumberChangeDialog(NumberChangeDialog::Purpose::AddNumbers, domain, status->assistants, {},
                                          usual, m_core->settings().defaultNumberRegion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, domain] {
        QList<DesiredNumber> added;
        for (const QString &n : dialog->numbers())
            added << DesiredNumber {n, dialog->assistantId(), DesiredNumber::Mode::Trunk, {}};
        const QString region = regionOf(domain);
        auto build = [region, added](const DomainRecord &stored, const LiveState &now) {
            return DesiredStateBuilder::withNumbers(stored, now, region, added, QString());
        };
        m_changes->start(
            domain, region, tr("Reading %1…").arg(domain),
            [this, domain, build](const AccountKeys &keys, QObject *parent) {
                return PlanOperation::forCommand(m_core, keys, domain, build, parent);
            },
            tr("Add %n number(s) to %1?", nullptr, int(added.size())).arg(domain));
    });
    m_dialog = dialog;
    dialog->open();
}

void DashboardView::changeAssistant()
{
    const QString domain = currentDomain();
    const DomainStatus *live = m_domains->status(domain);
    const QStringList list = selectedNumbers();
    if (!live || list.isEmpty())
        return;
    QString current;
    for (const DomainStatus::Number &n : live->numbers)
        if (n.number == list.first())
            current = n.assistantId;
    auto *dialog = new NumberChangeDialog(NumberChangeDialog::Purpose::ChangeAssistant, domain, live->assistants, list,
                                          current, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, domain, list] {
        const QString assistant = dialog->assistantId();
        const QSet<QString> numbers(list.cbegin(), list.cend());
        changeIntent(tr("Reading %1…").arg(domain),
                     tr("Change the assistant of %n number(s) of %1?", nullptr, int(numbers.size())).arg(domain),
                     [numbers, assistant](DesiredState &desired) {
                         for (DesiredNumber &n : desired.numbers)
                             if (numbers.contains(n.number))
                                 n.assistant = assistant;
                     });
    });
    m_dialog = dialog;
    dialog->open();
}

void DashboardView::changed(const QString &domain, bool applied)
{
    if (!applied)
        return updateActions();
    m_domains->setDomains(m_store->load().config.domains); // the intent may have changed
    select(domain);
    check({StatusRefreshOperation::Target {domain, regionOf(domain)}}, tr("Checking %1 again…").arg(domain));
}

} // namespace tw
