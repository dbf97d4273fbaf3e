#include "dashboard/ActivityView.h"

#include "config/ActivityLog.h"
#include "dashboard/ActivityLogModel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tw {

ActivityView::ActivityView(ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityLogModel(5000, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_copy(new QPushButton(tr("Co&py"), this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Filter by system, method, path or result…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter requests"));
    m_copy->setAccessibleName(tr("Copy"));
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("API requests"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityLogModel::PathColumn, QHeaderView::Stretch);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_copy, &QPushButton::clicked, this, &ActivityView::copySelection);
    if (log) {
        m_model->setEntries(log->recent()); // kept from earlier sessions
        connect(log, &ActivityLog::appended, m_model, &ActivityLogModel::append);
    }
    // New requests arrive at the bottom: follow them unless the admin scrolled up to read.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        m_follow = m_table->verticalScrollBar()->value() >= m_table->verticalScrollBar()->maximum() - 2;
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
    });
    m_table->scrollToBottom();
}

void ActivityView::copySelection() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << m_filter->mapToSource(i).row();
    if (rows.isEmpty())
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows << m_filter->mapToSource(m_filter->index(r, 0)).row();
    std::sort(rows.begin(), rows.end());
    QGuiApplication::clipboard()->setText(m_model->text(rows));
}

} // namespace tw
