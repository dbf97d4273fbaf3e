#include "dashboard/DomainNumbersModel.h"

namespace tw {

DomainNumbersModel::DomainNumbersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DomainNumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numbers.size());
}

int DomainNumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainNumbersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_numbers.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const DomainStatus::Number &n = m_numbers.at(index.row());
    switch (index.column()) {
    case NumberColumn:
        return n.number;
    case IdColumn:
        return n.id;
    case StatusColumn:
        return n.status;
    case AssistantColumn:
        return n.assistantId.isEmpty() ? tr("(none)") : n.assistantName.isEmpty() ? n.assistantId : n.assistantName;
    case ModeColumn:
        return n.mode == QLatin1String("sip-uri") ? tr("Vapi SIP URI") : tr("On the trunk");
    case DriftColumn:
        return m_drift.at(index.row()) ? tr("⚠ changed") : QString();
    default:
        return {};
    }
}

QVariant DomainNumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *names[] = {QT_TR_NOOP("Number"),    QT_TR_NOOP("Vapi id"), QT_TR_NOOP("Status"),
                                  QT_TR_NOOP("Assistant"), QT_TR_NOOP("Mode"),    QT_TR_NOOP("Drift")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

void DomainNumbersModel::setStatus(const DomainStatus &status)
{
    beginResetModel();
    m_numbers = status.numbers;
    m_drift.clear();
    for (const DomainStatus::Number &n : std::as_const(m_numbers))
        m_drift << std::any_of(status.drift.cbegin(), status.drift.cend(),
                               [&n](const DriftFinding &f) { return f.concernsNumber(n.number); });
    endResetModel();
}

void DomainNumbersModel::clear()
{
    beginResetModel();
    m_numbers.clear();
    m_drift.clear();
    endResetModel();
}

} // namespace tw
