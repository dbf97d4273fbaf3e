#pragma once

#include "operations/PlanOperation.h"
#include "wizard/WizardPageBase.h"

#include <QPointer>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace tw {

class BusyIndicator;

// The plan, grouped by system: what will be created, updated (before → after), left as it
// is and removed, with warnings and the errors that block it. Nothing is written before the
// admin confirms here (the commit page).
class ReviewPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit ReviewPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    QStandardItemModel *model() const { return m_model; }

private:
    void show(const PlanOutcome &outcome);

    BusyIndicator *m_busy;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QLabel *m_counts;
    QPointer<PlanOperation> m_running;
};

} // namespace tw
