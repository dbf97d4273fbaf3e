#pragma once

#include "config/DomainRecord.h"
#include "operations/DomainStatus.h"

#include <QAbstractListModel>
#include <QHash>

namespace tw {

// The configured domains, each with one overall health (an icon and a word, never colour
// alone) from its last live read.
class DomainListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Health { Unknown, Checking, Healthy, Attention, Drift, Failed };
    Q_ENUM(Health)
    enum Role { DomainRole = Qt::UserRole + 1, HealthRole, HealthTextRole };

    explicit DomainListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // The domains as stored; the health of those already known is kept.
    void setDomains(const QList<DomainRecord> &domains);
    void setChecking(const QString &domain);
    void setStatus(const QString &domain, const DomainStatus &status);
    const DomainStatus *status(const QString &domain) const;
    const DomainRecord *record(const QString &domain) const;
    int rowOf(const QString &domain) const;

    static Health healthOf(const DomainStatus &status);
    static QString healthText(Health health);

private:
    void changed(const QString &domain);

    QList<DomainRecord> m_domains;
    QHash<QString, DomainStatus> m_status;
    QHash<QString, Health> m_health;
};

} // namespace tw
