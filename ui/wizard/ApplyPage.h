#pragma once

#include "operations/ApplyOperation.h"
#include "wizard/WizardPageBase.h"

#include <QElapsedTimer>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace tw {

struct StepReport;

// The run: one row per step with its state and time, the overall progress with the engine's
// estimate, waits for Cloudonix's limit shown as waits, and Cancel (requests in flight finish,
// then what the run made is taken back). A failure shows its sentence and details and asks:
// Roll back (what this run made is removed) or Retry (kept, and the run converges from it).
class ApplyPage : public WizardPageBase
{
    Q_OBJECT

public:
    enum class StepState { Pending, Running, Done, Failed };
    Q_ENUM(StepState)

    explicit ApplyPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *rollBackButton() const { return m_rollBack; }
    QStandardItemModel *model() const { return m_model; }
    bool isRunning() const { return m_running; }

private:
    void run(const PlanOutcome &planned);
    void retry();
    void setState(int row, StepState state, const QString &text = {});
    int rowOf(const StepReport &report) const;
    void finished(const ApplyResult &result);

    QTableView *m_table;
    QStandardItemModel *m_model;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_rollBack;
    std::optional<ApiError> m_lastFailure; // the failed step's error, while the admin decides
    QPointer<ApplyOperation> m_running;
    bool m_retryAfterFinish = false;
    QElapsedTimer m_stepClock;
    QList<QString> m_keys; // the plan's write steps, in order: resource + key
};

} // namespace tw
