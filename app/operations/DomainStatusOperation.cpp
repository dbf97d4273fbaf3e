#include "operations/DomainStatusOperation.h"

#include "operations/PlanOperation.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace tw {

DomainStatusOperation::DomainStatusOperation(CoreContext *core, const AccountKeys &keys, const QString &domain,
                                             QObject *parent)
    : Operation(core, parent)
    , m_keys(keys)
    , m_domain(domain.trimmed().toLower())
{ }

void DomainStatusOperation::run()
{
    m_drift = PlanOperation::forDrift(core(), m_keys, m_domain, this);
    m_drift->setVapiSnapshot(m_vapiSnapshot);
    connect(m_drift, &Operation::progressChanged, this, &Operation::progressChanged);
    connect(m_drift, &Operation::waitStarted, this, &Operation::waitStarted);
    connect(m_drift, &PlanOperation::finished, this, [this](const PlanOutcome &outcome) {
        DomainRecord record;
        record.domain = m_domain;
        if (const DomainRecord *stored = outcome.config.findDomain(m_domain))
            record = *stored;
        // Comparing thousands of numbers is work for a worker thread, as the planning was.
        auto *watcher = new QFutureWatcher<DomainStatus>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            emit finished(watcher->result());
            complete();
        });
        watcher->setFuture(QtConcurrent::run([record, outcome] {
            DomainStatus status = DomainStatus::from(record, outcome.ok() ? &outcome : nullptr);
            status.error = outcome.error;
            status.problems = FieldError::messages(outcome.inputErrors);
            if (!outcome.configError.isEmpty())
                status.problems << outcome.configError;
            return status;
        }));
    });
    m_drift->start();
}

void DomainStatusOperation::stop()
{
    if (m_drift)
        m_drift->cancel();
}

} // namespace tw
