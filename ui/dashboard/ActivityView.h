#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tw {

class ActivityLog;
class ActivityLogModel;

// Every API request Trunk Wizard made (time, system, method, path, result, duration), newest
// at the bottom as they happen; filter and copy. No key is ever in it: paths only.
class ActivityView : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityView(ActivityLog *log, QWidget *parent = nullptr);

    ActivityLogModel *model() const { return m_model; }
    QSortFilterProxyModel *filtered() const { return m_filter; }
    void copySelection() const; // the selected rows, else every shown row

private:
    ActivityLogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_copy;
    bool m_follow = true;
};

} // namespace tw
