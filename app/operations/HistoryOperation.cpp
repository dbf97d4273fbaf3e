#include "operations/HistoryOperation.h"

#include "config/ConfigStore.h"
#include "core/CoreContext.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace tw {

HistoryOperation::HistoryOperation(CoreContext *core, const QString &domain, int limit, QObject *parent)
    : Operation(core, parent)
    , m_domain(domain)
    , m_limit(limit)
{ }

void HistoryOperation::run()
{
    auto *watcher = new QFutureWatcher<QList<DomainHistory>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        emit finished(watcher->result().value(0));
        complete();
    });
    watcher->setFuture(QtConcurrent::run(&RecordStore::readHistory, core()->store()->recordsPath(),
                                         QStringList {m_domain}, m_limit, m_limit));
}

} // namespace tw
