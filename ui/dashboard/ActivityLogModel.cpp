#include "dashboard/ActivityLogModel.h"

namespace tw {

ActivityLogModel::ActivityLogModel(int limit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_limit(limit)
{ }

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ApiActivity &a = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == DurationColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case SystemColumn:
        return a.system;
    case MethodColumn:
        return a.method;
    case PathColumn:
        return a.path;
    case ResultColumn:
        return a.attempt > 1 ? tr("%1 (try %2)").arg(a.result()).arg(a.attempt) : a.result();
    case DurationColumn:
        // A request held back by Cloudonix's pacing was not slow: the wait is said apart.
        if (a.waitedMs >= 100)
            return tr("%1 ms (waited %2 s)").arg(a.durationMs).arg(double(a.waitedMs) / 1000.0, 0, 'f', 1);
        return tr("%1 ms").arg(a.durationMs);
    default:
        return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *names[] = {QT_TR_NOOP("Time"), QT_TR_NOOP("System"), QT_TR_NOOP("Method"),
                                  QT_TR_NOOP("Path"), QT_TR_NOOP("Result"), QT_TR_NOOP("Duration")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

void ActivityLogModel::setEntries(const QList<ApiActivity> &entries)
{
    beginResetModel();
    m_entries = entries.size() > m_limit ? entries.mid(entries.size() - m_limit) : entries;
    endResetModel();
}

void ActivityLogModel::append(const ApiActivity &activity)
{
    if (m_entries.size() >= m_limit) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries << activity;
    endInsertRows();
}

QString ActivityLogModel::text(const QList<int> &rows) const
{
    QStringList lines;
    for (int row : rows) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << index(row, c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tw
