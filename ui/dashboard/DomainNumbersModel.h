#pragma once

#include "operations/DomainStatus.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tw {

// One domain's numbers as its last live read shows them: number, Vapi id, status, assistant by
// name, mode, and whether a drift finding names it. Sorted and filtered through a proxy.
class DomainNumbersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, IdColumn, StatusColumn, AssistantColumn, ModeColumn, DriftColumn, ColumnCount };

    explicit DomainNumbersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setStatus(const DomainStatus &status);
    void clear();

private:
    QList<DomainStatus::Number> m_numbers;
    QList<bool> m_drift;
};

} // namespace tw
