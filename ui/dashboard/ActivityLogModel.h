#pragma once

#include "api/ApiActivity.h"

#include <QAbstractTableModel>

namespace tw {

// The requests of the activity log, oldest first, newest appended as they happen; at most
// `limit` rows are held (the oldest go first).
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SystemColumn, MethodColumn, PathColumn, ResultColumn, DurationColumn, ColumnCount };

    explicit ActivityLogModel(int limit = 5000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setEntries(const QList<ApiActivity> &entries);
    void append(const ApiActivity &activity);
    // The rows as tab-separated text, for the clipboard.
    QString text(const QList<int> &rows) const;

private:
    QList<ApiActivity> m_entries;
    int m_limit;
};

} // namespace tw
