#pragma once

#include "config/AppConfig.h"
#include "operations/DomainStatus.h"
#include "operations/Operation.h"
#include "provisioning/LiveState.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace tw {

class DomainStatusOperation;
class LiveStateReader;

// The live status of many domains at once (the dashboard's Refresh). Vapi's trunks, numbers and
// assistants belong to the account, not to a domain, so they are listed once per region and
// shared: the round trips grow with the list pages and the domains, never with domains × pages.
// Each domain is reported as soon as it is checked.
class StatusRefreshOperation : public Operation
{
    Q_OBJECT

public:
    struct Target
    {
        QString domain;
        QString vapiRegion;
    };

    StatusRefreshOperation(CoreContext *core, const QList<Target> &targets, QObject *parent = nullptr);

    // false: every domain lists Vapi on its own (what the benchmark compares with).
    void setShareVapiRead(bool share) { m_share = share; }
    // Domains read and planned at once (default 4): their answers then come in one after the
    // other, and planning a large domain never queues behind forty others.
    void setConcurrency(int n) { m_concurrency = std::max(1, n); }

signals:
    void domainChecked(const QString &domain, const tw::DomainStatus &status);
    void finished(int checked);

protected:
    void run() override;
    void stop() override;

private:
    struct Region
    {
        QList<QString> domains;
        QHash<QString, AccountKeys> keys; // the domains whose keys were found
        int keysPending = 0;
    };
    void keysRead(const QString &region);
    void check(const QString &domain, const AccountKeys &keys, std::shared_ptr<const LiveState> vapi);
    void launchMore();
    void failed(const QString &domain, const std::optional<ApiError> &error, const QString &problem);
    void settle(const QString &domain, const DomainStatus &status);

    QList<Target> m_targets;
    QHash<QString, Region> m_regions;
    QList<QPointer<DomainStatusOperation>> m_checks;
    QList<std::pair<DomainStatusOperation *, QString>> m_queued; // waiting for a free slot, with their domain
    int m_running = 0;
    int m_concurrency = 4;
    QList<QPointer<LiveStateReader>> m_readers;
    std::optional<AppConfig> m_stored; // for the domains that could not be read
    bool m_share = true;
    int m_done = 0;
};

} // namespace tw
