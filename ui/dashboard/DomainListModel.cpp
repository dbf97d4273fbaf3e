#include "dashboard/DomainListModel.h"

#include <QIcon>

namespace tw {

DomainListModel::DomainListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DomainListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_domains.size());
}

QVariant DomainListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_domains.size())
        return {};
    const QString domain = m_domains.at(index.row()).domain;
    const Health health = m_health.value(domain, Health::Unknown);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2").arg(domain, healthText(health)); // the name, its health below
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case HealthTextRole:
        return healthText(health);
    case Qt::DecorationRole: {
        static const char *themes[] = {"dialog-question", "view-refresh",   "emblem-ok-symbolic",
                                       "dialog-warning",  "dialog-warning", "dialog-error"};
        static const char *files[]
            = {":/icons/step-pending.svg", ":/icons/step-running.svg", ":/icons/step-done.svg",
               ":/icons/warning.svg",      ":/icons/warning.svg",      ":/icons/step-failed.svg"};
        return QIcon::fromTheme(QLatin1String(themes[int(health)]), QIcon(QLatin1String(files[int(health)])));
    }
    case DomainRole:
        return domain;
    case HealthRole:
        return QVariant::fromValue(health);
    default:
        return {};
    }
}

void DomainListModel::setDomains(const QList<DomainRecord> &domains)
{
    beginResetModel();
    m_domains = domains;
    QHash<QString, DomainStatus> status;
    QHash<QString, Health> health;
    for (const DomainRecord &d : domains) {
        if (m_status.contains(d.domain))
            status.insert(d.domain, m_status.value(d.domain));
        if (m_health.contains(d.domain))
            health.insert(d.domain, m_health.value(d.domain));
    }
    m_status = status;
    m_health = health;
    endResetModel();
}

int DomainListModel::rowOf(const QString &domain) const
{
    for (qsizetype i = 0; i < m_domains.size(); ++i)
        if (m_domains.at(i).domain == domain)
            return int(i);
    return -1;
}

void DomainListModel::changed(const QString &domain)
{
    if (const int row = rowOf(domain); row >= 0)
        emit dataChanged(index(row), index(row));
}

void DomainListModel::setChecking(const QString &domain)
{
    m_health.insert(domain, Health::Checking);
    changed(domain);
}

void DomainListModel::setStatus(const QString &domain, const DomainStatus &status)
{
    m_status.insert(domain, status);
    m_health.insert(domain, healthOf(status));
    changed(domain);
}

const DomainStatus *DomainListModel::status(const QString &domain) const
{
    const auto it = m_status.constFind(domain);
    return it == m_status.cend() ? nullptr : &*it;
}

const DomainRecord *DomainListModel::record(const QString &domain) const
{
    const int row = rowOf(domain);
    return row < 0 ? nullptr : &m_domains.at(row);
}

DomainListModel::Health DomainListModel::healthOf(const DomainStatus &status)
{
    if (!status.ok())
        return Health::Failed;
    if (!status.drift.isEmpty())
        return Health::Drift;
    if (!status.allWarnings().isEmpty() || status.trunkId.isEmpty())
        return Health::Attention;
    return Health::Healthy;
}

QString DomainListModel::healthText(Health health)
{
    switch (health) {
    case Health::Unknown:
        return tr("not checked yet");
    case Health::Checking:
        return tr("checking…");
    case Health::Healthy:
        return tr("working");
    case Health::Attention:
        return tr("needs attention");
    case Health::Drift:
        return tr("changed outside Trunk Wizard");
    case Health::Failed:
        break;
    }
    return tr("could not be checked");
}

} // namespace tw
