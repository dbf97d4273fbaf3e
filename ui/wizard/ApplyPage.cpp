#include "wizard/ApplyPage.h"

#include "common/MessageBanner.h"
#include "operations/ApplyOperation.h"
#include "operations/PlanOperation.h"
#include "provisioning/StepReport.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tw {

namespace {
QString stepKey(PlanAction::Resource resource, const QString &key)
{
    return PlanAction::resourceName(resource) + u'\n' + key;
}
} // namespace

ApplyPage::ApplyPage(WizardSession *session, QWidget *parent)
    : WizardPageBase(session, tr("Applying the changes"),
                     tr("Each step is checked and recorded as it completes. You can cancel at any time."), parent)
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, 3, this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel run"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_rollBack(new QPushButton(tr("R&oll back"), this))
{
    m_model->setHorizontalHeaderLabels({tr("Step"), tr("State"), tr("Time")});
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Steps of the run"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_progress->setAccessibleName(tr("Progress"));
    m_status->setWordWrap(true);
    m_cancel->setAccessibleName(tr("Cancel run"));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->hide();
    m_rollBack->setAccessibleName(tr("Roll back"));
    m_rollBack->hide();
    body()->addWidget(m_table, 1);
    body()->addWidget(m_progress);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_rollBack);
    row->addWidget(m_retry);
    row->addWidget(m_cancel);
    body()->addLayout(row);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running) {
            m_cancel->setEnabled(false);
            m_status->setText(tr("Cancelling: the requests under way finish, then what this run made is taken back…"));
            m_running->cancel();
        }
    });
    connect(m_retry, &QPushButton::clicked, this, &ApplyPage::retry);
    connect(m_rollBack, &QPushButton::clicked, this, [this] {
        m_rollBack->hide();
        m_retry->hide();
        if (m_running)
            m_running->decideRollback(true);
    });
}

void ApplyPage::initializePage()
{
    if (session()->planned)
        run(*session()->planned);
}

void ApplyPage::setState(int row, StepState state, const QString &text)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    static const char *words[]
        = {QT_TR_NOOP("Waiting"), QT_TR_NOOP("Running…"), QT_TR_NOOP("Done"), QT_TR_NOOP("Failed")};
    static const char *icons[]
        = {"content-loading-symbolic", "media-playback-start", "emblem-ok-symbolic", "dialog-error"};
    static const char *fallbacks[]
        = {":/icons/step-pending.svg", ":/icons/step-running.svg", ":/icons/step-done.svg", ":/icons/step-failed.svg"};
    QStandardItem *item = m_model->item(row, 1);
    item->setText(text.isEmpty() ? tr(words[int(state)]) : text);
    item->setIcon(QIcon::fromTheme(QLatin1String(icons[int(state)]), QIcon(QLatin1String(fallbacks[int(state)]))));
    if (state == StepState::Done || state == StepState::Failed)
        m_model->item(row, 2)->setText(tr("%1 s").arg(m_stepClock.elapsed() / 1000.0, 0, 'f', 1));
}

int ApplyPage::rowOf(const StepReport &report) const
{
    return int(m_keys.indexOf(stepKey(report.resource, report.key)));
}

void ApplyPage::run(const PlanOutcome &planned)
{
    banner()->hide();
    m_retry->hide();
    m_rollBack->hide();
    m_lastFailure.reset();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_model->removeRows(0, m_model->rowCount());
    m_keys.clear();
    for (const PlanAction &a : planned.plan.actions) {
        if (!a.isWrite())
            continue;
        m_keys << stepKey(a.resource, a.key);
        m_model->appendRow({new QStandardItem(a.summary), new QStandardItem, new QStandardItem});
        setState(m_model->rowCount() - 1, StepState::Pending);
    }
    m_table->resizeColumnToContents(1);
    m_progress->setRange(0, std::max(1, int(m_keys.size())));
    m_progress->setValue(0);
    m_status->setText(tr("Starting…"));
    session()->applied.reset();
    ProvisioningEngine::Options options;
    options.askBeforeRollback = true; // the admin chooses: roll back, or keep and retry
    auto *op = new ApplyOperation(session()->core(), session()->keys, planned, options, this);
    m_running = op;
    m_stepClock.start();
    connect(op, &ApplyOperation::stepStarted, this, [this](const StepReport &r) {
        m_stepClock.restart();
        setState(rowOf(r), StepState::Running);
        m_status->setText(tr("Step %1 of %2: %3").arg(r.step).arg(r.total).arg(r.summary));
    });
    connect(op, &ApplyOperation::stepFinished, this, [this](const StepReport &r) {
        if (!r.ok() && !m_lastFailure)
            m_lastFailure = r.error;
        setState(rowOf(r), r.ok() ? StepState::Done : StepState::Failed, r.ok() ? QString() : r.message());
        m_progress->setValue(r.step);
    });
    // The engine's estimate, once there is one worth saying.
    connect(op, &Operation::progressChanged, this, [this](int, int, const QString &text) {
        m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p%") : QStringLiteral("%p% · ") + text);
    });
    connect(op, &Operation::noteAdded, this, [this](const QString &text) { m_status->setText(text); });
    connect(op, &Operation::waitStarted, this, [this](Operation::Wait, int ms, const QString &text) {
        m_status->setText(tr("%1 (about %2 s)").arg(text).arg((ms + 999) / 1000));
    });
    connect(op, &ApplyOperation::rollbackDecisionNeeded, this, [this](int items) {
        m_cancel->hide();
        m_status->setText(tr("Stopped. %n change(s) this run made are still in place.", nullptr, items));
        const QString sentence = m_lastFailure ? m_lastFailure->userMessage() : tr("A step failed.");
        banner()->showMessage(
            MessageBanner::Level::Error,
            tr("%1 Roll back removes what this run made; Retry keeps it and runs again.").arg(sentence),
            m_lastFailure ? m_lastFailure->details() : QString());
        m_rollBack->show();
        m_retry->show();
    });
    connect(op, &ApplyOperation::rollbackStarted, this, [this](int items) {
        m_status->setText(tr("Taking back the %n change(s) this run made…", nullptr, items));
    });
    connect(op, &ApplyOperation::finished, this, [this, op](const ApplyResult &result) {
        op->deleteLater();
        m_running.clear();
        finished(result);
    });
    op->start();
    emit completeChanged();
}

void ApplyPage::finished(const ApplyResult &result)
{
    m_cancel->hide();
    m_rollBack->hide();
    if (std::exchange(m_retryAfterFinish, false)) {
        session()->applied = result;
        return retry();
    }
    session()->applied = result;
    if (result.ok) {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(result.message());
        banner()->showMessage(MessageBanner::Level::Positive, result.message());
    } else {
        m_status->setText(result.cancelled ? tr("Cancelled.") : tr("Stopped."));
        const QString details
            = result.error ? result.error->details() : result.rollbackProblems.join(QLatin1Char('\n'));
        banner()->showMessage(result.cancelled ? MessageBanner::Level::Warning : MessageBanner::Level::Error,
                              result.message(), details);
        m_retry->show();
    }
    emit completeChanged();
}

void ApplyPage::retry()
{
    if (m_running) { // still asking: keep what was made, then run again from there
        m_retryAfterFinish = true;
        m_running->decideRollback(false);
        return;
    }
    // The state has moved on: plan again from what is there now, then run.
    m_retry->hide();
    banner()->hide();
    m_status->setText(tr("Reading Cloudonix and Vapi again…"));
    auto *op = PlanOperation::forState(session()->core(), session()->keys, session()->desired, this);
    connect(op, &PlanOperation::finished, this, [this, op](const PlanOutcome &outcome) {
        op->deleteLater();
        if (!outcome.ok() || !outcome.plan.canApply()) {
            m_retry->show();
            if (outcome.error)
                return banner()->showError(*outcome.error);
            return banner()->showMessage(MessageBanner::Level::Error,
                                         outcome.plan.errors.value(0, tr("The plan cannot be applied as it is.")));
        }
        session()->planned = outcome;
        run(outcome);
    });
    op->start();
}

bool ApplyPage::isComplete() const
{
    return session()->applied && session()->applied->ok;
}

int ApplyPage::nextId() const
{
    return int(SetupWizard::PageId::Finish);
}

} // namespace tw
