#include "wizard/ReviewPage.h"

#include "common/BusyIndicator.h"
#include "common/MessageBanner.h"
#include "operations/PlanOperation.h"
#include "provisioning/PlanOutcome.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardSession.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace tw {

namespace {
QString kindText(PlanAction::Kind kind)
{
    switch (kind) {
    case PlanAction::Kind::Create:
        return ReviewPage::tr("Create");
    case PlanAction::Kind::Update:
        return ReviewPage::tr("Update");
    case PlanAction::Kind::Delete:
        return ReviewPage::tr("Remove");
    case PlanAction::Kind::Unchanged:
        break;
    }
    return ReviewPage::tr("As wanted");
}

QIcon kindIcon(PlanAction::Kind kind)
{
    switch (kind) {
    case PlanAction::Kind::Create:
        return QIcon::fromTheme(QStringLiteral("list-add"), QIcon(QStringLiteral(":/icons/plan-create.svg")));
    case PlanAction::Kind::Update:
        return QIcon::fromTheme(QStringLiteral("document-edit"), QIcon(QStringLiteral(":/icons/plan-update.svg")));
    case PlanAction::Kind::Delete:
        return QIcon::fromTheme(QStringLiteral("list-remove"), QIcon(QStringLiteral(":/icons/plan-remove.svg")));
    case PlanAction::Kind::Unchanged:
        break;
    }
    return QIcon::fromTheme(QStringLiteral("emblem-ok-symbolic"), QIcon(QStringLiteral(":/icons/step-done.svg")));
}
} // namespace

ReviewPage::ReviewPage(WizardSession *session, QWidget *parent)
    : WizardPageBase(session, tr("Review the changes"),
                     tr("This is everything Trunk Wizard will do. Nothing has been changed yet; Apply makes it so."),
                     parent)
    , m_busy(new BusyIndicator(this))
    , m_tree(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_counts(new QLabel(this))
{
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Planned changes"));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(true);
    body()->addWidget(m_busy);
    body()->addWidget(m_tree, 1);
    m_counts->setWordWrap(true);
    body()->addWidget(m_counts);
}

void ReviewPage::initializePage()
{
    m_model->clear();
    m_counts->clear();
    banner()->hide();
    session()->planned.reset();
    m_busy->start(tr("Reading Cloudonix and Vapi…"));
    auto *op = PlanOperation::forState(session()->core(), session()->keys, session()->desired, this);
    m_running = op;
    connect(op, &Operation::progressChanged, m_busy, [this](int, int, const QString &text) {
        if (!text.isEmpty())
            m_busy->setText(text);
    });
    connect(op, &PlanOperation::finished, this, [this, op](const PlanOutcome &outcome) {
        op->deleteLater();
        m_busy->stop();
        if (op->isCancelled())
            return;
        show(outcome);
    });
    op->start();
    emit completeChanged();
}

void ReviewPage::cleanupPage()
{
    if (m_running)
        m_running->cancel();
}

void ReviewPage::show(const PlanOutcome &outcome)
{
    if (outcome.error)
        return banner()->showError(*outcome.error);
    if (!outcome.configError.isEmpty())
        return banner()->showMessage(MessageBanner::Level::Error, outcome.configError);
    if (!outcome.inputErrors.isEmpty())
        return banner()->showMessage(MessageBanner::Level::Error,
                                     tr("Some of what you entered cannot be used; go back and correct it."),
                                     FieldError::messages(outcome.inputErrors).join(QLatin1Char('\n')));
    const Plan &plan = outcome.plan;
    m_model->setHorizontalHeaderLabels({tr("Change"), tr("What")});
    for (ApiError::System system : {ApiError::System::Cloudonix, ApiError::System::Vapi}) {
        auto *group = new QStandardItem;
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        int writes = 0;
        int unchanged = 0;
        auto *same = new QStandardItem;
        for (const PlanAction &a : plan.actions) {
            if (a.system != system)
                continue;
            auto *change = new QStandardItem(a.summary);
            change->setToolTip(a.summary);
            auto *kind = new QStandardItem(kindText(a.kind));
            kind->setIcon(kindIcon(a.kind));
            if (!a.isWrite()) {
                ++unchanged; // folded under one row: what matters is what changes
                same->appendRow({change, kind});
                continue;
            }
            ++writes;
            if (a.kind == PlanAction::Kind::Update && !a.before.isEmpty()) {
                change->appendRow({new QStandardItem(tr("before: %1").arg(a.before)), new QStandardItem});
                change->appendRow({new QStandardItem(tr("after: %1").arg(a.after)), new QStandardItem});
            }
            group->appendRow({change, kind});
        }
        if (unchanged > 0) {
            same->setText(tr("%n already as wanted", nullptr, unchanged));
            group->appendRow({same, new QStandardItem});
        } else {
            delete same;
        }
        group->setText(tr("%1: %n change(s)", nullptr, writes).arg(ApiError::systemName(system)));
        m_model->appendRow({group, new QStandardItem});
    }
    m_tree->expandAll();
    // "already as wanted" stays folded.
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem *group = m_model->item(g);
        for (int r = 0; r < group->rowCount(); ++r)
            if (group->child(r)->hasChildren() && group->child(r, 1)->text().isEmpty())
                m_tree->collapse(group->child(r)->index());
    }
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QStringList lines;
    for (const QString &n : plan.notes)
        lines << QStringLiteral("Note: ") + n;
    for (const QString &w : plan.warnings)
        lines << QStringLiteral("⚠ ") + w;
    lines << (plan.writeCount() == 0 ? tr("Everything is already as wanted; Apply only records it.")
                                     : tr("%n change(s) to make.", nullptr, plan.writeCount()));
    m_counts->setText(lines.join(QLatin1Char('\n')));
    if (!plan.canApply())
        banner()->showMessage(MessageBanner::Level::Error, plan.errors.first(),
                              plan.errors.mid(1).join(QLatin1Char('\n')));
    else
        session()->planned = outcome;
    emit completeChanged();
}

bool ReviewPage::isComplete() const
{
    return session()->planned.has_value();
}

int ReviewPage::nextId() const
{
    return int(SetupWizard::PageId::Apply);
}

} // namespace tw
