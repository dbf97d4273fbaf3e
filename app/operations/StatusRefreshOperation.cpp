#include "operations/StatusRefreshOperation.h"

#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "operations/AccountKeysReader.h"
#include "operations/DomainStatusOperation.h"
#include "provisioning/LiveStateReader.h"

#include <QSet>

#include <utility>

namespace tw {

StatusRefreshOperation::StatusRefreshOperation(CoreContext *core, const QList<Target> &targets, QObject *parent)
    : Operation(core, parent)
    , m_targets(targets)
{ }

void StatusRefreshOperation::run()
{
    m_done = 0;
    m_regions.clear();
    if (m_targets.isEmpty()) {
        emit finished(0);
        return complete();
    }
    for (const Target &t : std::as_const(m_targets)) {
        Region &region = m_regions[t.vapiRegion.isEmpty() ? QStringLiteral("us") : t.vapiRegion];
        region.domains << t.domain;
        ++region.keysPending;
    }
    emit progressChanged(0, int(m_targets.size()), tr("Reading the keys…"));
    for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it)
        for (const QString &domain : it->domains)
            AccountKeysReader::read(core()->secrets(), domain, it.key(), this,
                                    [this, domain, region = it.key()](const AccountKeys &keys, const QString &problem) {
                                        if (!problem.isEmpty())
                                            failed(domain, std::nullopt, problem);
                                        else
                                            m_regions[region].keys.insert(domain, keys);
                                        if (--m_regions[region].keysPending == 0)
                                            keysRead(region);
                                    });
}

void StatusRefreshOperation::keysRead(const QString &regionName)
{
    const Region &region = m_regions[regionName];
    if (isCancelled()) { // cancelled while the keys were read: each domain ends, as not checked
        for (auto it = region.keys.cbegin(); it != region.keys.cend(); ++it)
            failed(it.key(), std::nullopt, tr("The check was cancelled."));
        return;
    }
    if (region.keys.isEmpty())
        return;
    if (!m_share) {
        for (auto it = region.keys.cbegin(); it != region.keys.cend(); ++it)
            check(it.key(), it.value(), nullptr);
        return;
    }
    // One Vapi key per region: any domain's reads the account for all of them.
    const AccountKeys any = region.keys.cbegin().value();
    auto *reader = new LiveStateReader(nullptr, vapi(any.vapiKey, regionName), this);
    m_readers << reader;
    emit progressChanged(m_done, int(m_targets.size()), tr("Reading the Vapi account…"));
    reader->readVapi([this, reader, regionName](const ApiResult<LiveState> &read) {
        reader->deleteLater();
        const Region &r = m_regions[regionName];
        if (!read.ok()) { // every domain of the region has the same answer
            for (auto it = r.keys.cbegin(); it != r.keys.cend(); ++it)
                failed(it.key(), read.error(), {});
            return;
        }
        const auto shared = std::make_shared<const LiveState>(read.value());
        for (auto it = r.keys.cbegin(); it != r.keys.cend(); ++it)
            check(it.key(), it.value(), shared);
    });
}

void StatusRefreshOperation::check(const QString &domain, const AccountKeys &keys,
                                   std::shared_ptr<const LiveState> vapi)
{
    if (isCancelled())
        return;
    auto *op = new DomainStatusOperation(core(), keys, domain, this);
    op->setVapiSnapshot(std::move(vapi));
    m_checks << op;
    connect(op, &DomainStatusOperation::finished, this, [this, op, domain](const DomainStatus &status) {
        op->deleteLater();
        --m_running;
        settle(domain, status);
        launchMore();
    });
    m_queued << std::pair {op, domain};
    launchMore();
}

void StatusRefreshOperation::launchMore()
{
    while (m_running < m_concurrency && !m_queued.isEmpty() && !isCancelled()) {
        ++m_running;
        m_queued.takeFirst().first->start();
    }
}

void StatusRefreshOperation::failed(const QString &domain, const std::optional<ApiError> &error, const QString &problem)
{
    if (!m_stored) // loaded once, however many domains fail
        m_stored = core()->store()->load().config;
    const DomainRecord *record = m_stored->findDomain(domain);
    DomainRecord bare;
    bare.domain = domain;
    DomainStatus status = DomainStatus::from(record ? *record : bare, nullptr);
    status.error = error;
    if (!problem.isEmpty())
        status.problems << problem;
    settle(domain, status);
}

void StatusRefreshOperation::settle(const QString &domain, const DomainStatus &status)
{
    ++m_done;
    emit domainChecked(domain, status);
    emit progressChanged(m_done, int(m_targets.size()),
                         tr("Checked %1 of %2 domains…").arg(m_done).arg(m_targets.size()));
    if (m_done == m_targets.size()) {
        emit finished(m_done);
        complete();
    }
}

void StatusRefreshOperation::stop()
{
    for (const QPointer<LiveStateReader> &r : std::as_const(m_readers))
        if (r)
            r->cancel();
    // Those not started yet are reported as not checked; those under way end cancelled.
    const auto queued = std::exchange(m_queued, {});
    QSet<DomainStatusOperation *> waiting;
    for (const auto &[op, domain] : queued)
        waiting.insert(op);
    for (const QPointer<DomainStatusOperation> &op : std::as_const(m_checks))
        if (op && !waiting.contains(op))
            op->cancel();
    for (const auto &[op, domain] : queued) {
        op->deleteLater();
        failed(domain, std::nullopt, tr("The check was cancelled."));
    }
}

} // namespace tw
