#include "wizard/NumberTableModel.h"

#include "domain/PhoneNumberValidator.h"
#include "provisioning/DesiredStateBuilder.h"

#include <QIcon>
#include <QSet>

namespace tw {

NumberTableModel::NumberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_slicer.setInterval(0);
    m_slicer.setSingleShot(true);
    connect(&m_slicer, &QTimer::timeout, this, &NumberTableModel::checkSlice);
}

int NumberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NumberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NumberTableModel::assistantName(const QString &id) const
{
    for (const VapiAssistant &a : m_assistants)
        if (a.id == id || a.name == id)
            return a.displayName();
    return id;
}

QVariant NumberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case NumberColumn:
        if (role == Qt::DisplayRole)
            return r.checked && r.problem.isEmpty() ? r.international : r.input;
        if (role == Qt::EditRole || role == Qt::ToolTipRole)
            return r.checked && r.problem.isEmpty() ? r.e164 : r.input;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return !r.checked ? tr("Checking…") : r.problem.isEmpty() ? tr("Valid") : r.problem;
        if (role == Qt::DecorationRole && r.checked)
            return QIcon::fromTheme(r.problem.isEmpty() ? QStringLiteral("emblem-ok-symbolic")
                                                        : QStringLiteral("dialog-warning"),
                                    QIcon(r.problem.isEmpty() ? QStringLiteral(":/icons/step-done.svg")
                                                              : QStringLiteral(":/icons/warning.svg")));
        break;
    case AssistantColumn:
        if (role == Qt::DisplayRole)
            return r.assistantId.isEmpty() ? tr("(none)") : assistantName(r.assistantId);
        if (role == Qt::EditRole)
            return r.assistantId;
        break;
    case ModeColumn:
        if (role == Qt::DisplayRole)
            return r.mode == DesiredNumber::Mode::SipUri ? tr("Vapi SIP URI") : tr("On the trunk");
        if (role == Qt::EditRole)
            return int(r.mode);
        break;
    default:
        break;
    }
    return {};
}

bool NumberTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Row &r = m_rows[index.row()];
    if (index.column() == NumberColumn) {
        r.input = value.toString().trimmed();
        check(r);
        emit problemsChanged();
    } else if (index.column() == AssistantColumn) {
        r.assistantId = value.toString();
    } else if (index.column() == ModeColumn) {
        r.mode = DesiredNumber::Mode(value.toInt());
    } else {
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QVariant NumberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case StatusColumn:
        return tr("Check");
    case AssistantColumn:
        return tr("Assistant");
    case ModeColumn:
        return tr("Mode");
    default:
        return {};
    }
}

Qt::ItemFlags NumberTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() != StatusColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

void NumberTableModel::check(Row &row) const
{
    const PhoneNumberValidator::Result result = PhoneNumberValidator::normalize(row.input, m_region);
    row.e164 = result.valid ? result.e164 : QString();
    row.international = result.valid ? result.international : QString();
    row.problem = result.valid ? QString() : result.error;
    row.checked = true;
}

void NumberTableModel::checkSlice()
{
    const qsizetype first = m_next;
    const qsizetype end = std::min(m_rows.size(), m_next + SliceSize);
    for (; m_next < end; ++m_next)
        check(m_rows[m_next]);
    if (end > first)
        emit dataChanged(index(int(first), 0), index(int(end - 1), ColumnCount - 1));
    emit problemsChanged();
    if (isChecking())
        m_slicer.start();
    else
        emit checkingChanged(false);
}

void NumberTableModel::append(const QList<DesiredNumber> &numbers)
{
    if (numbers.isEmpty())
        return;
    const bool wasChecking = isChecking();
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + numbers.size() - 1));
    for (const DesiredNumber &n : numbers)
        m_rows << Row {
            n.number.trimmed(), {}, {}, {}, n.assistant.isEmpty() ? m_defaultAssistant : n.assistant, n.mode, false};
    endInsertRows();
    if (!wasChecking)
        emit checkingChanged(true);
    m_slicer.start();
}

void NumberTableModel::appendLines(const QString &text)
{
    append(DesiredStateBuilder::numbersFromCsv(text.toUtf8(), m_defaultAssistant, DesiredNumber::Mode::Trunk));
}

void NumberTableModel::setNumbers(const QList<DesiredNumber> &numbers)
{
    beginResetModel();
    m_rows.clear();
    m_next = 0;
    endResetModel();
    append(numbers);
}

void NumberTableModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        if (row < m_next)
            --m_next;
        endRemoveRows();
    }
    emit problemsChanged();
}

void NumberTableModel::setDefaultRegion(const QString &region)
{
    m_region = region;
    for (Row &r : m_rows)
        r.checked = false;
    m_next = 0;
    if (!m_rows.isEmpty()) {
        emit checkingChanged(true);
        m_slicer.start();
    }
}

int NumberTableModel::invalidCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.checked && !r.problem.isEmpty(); }));
}

int NumberTableModel::duplicateCount() const
{
    QSet<QString> seen;
    int duplicates = 0;
    for (const Row &r : m_rows) {
        if (!r.checked || !r.problem.isEmpty())
            continue;
        if (seen.contains(r.e164))
            ++duplicates;
        seen.insert(r.e164);
    }
    return duplicates;
}

QList<DesiredNumber> NumberTableModel::desiredNumbers() const
{
    QList<DesiredNumber> out;
    QSet<QString> seen;
    for (const Row &r : m_rows)
        if (r.checked && r.problem.isEmpty() && !seen.contains(r.e164)) {
            seen.insert(r.e164);
            out << DesiredNumber {r.e164, r.assistantId, r.mode, {}};
        }
    return out;
}

} // namespace tw
