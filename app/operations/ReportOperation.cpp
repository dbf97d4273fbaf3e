#include "operations/ReportOperation.h"

#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "operations/AccountKeysReader.h"
#include "operations/DomainStatusOperation.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace tw {

namespace {
constexpr int ReportedTestCalls = 10; // per domain, the newest
constexpr int ReportedProbes = 5;
} // namespace

ReportOperation::ReportOperation(CoreContext *core, const QString &domain, QObject *parent)
    : Operation(core, parent)
    , m_domain(domain.trimmed().toLower())
{ }

void ReportOperation::run()
{
    const AppConfig config = core()->store()->load().config;
    m_report.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_report.generatedAt = QDateTime::currentDateTimeUtc();
    m_report.appVersion = QCoreApplication::applicationVersion();
    m_report.scope = m_domain.isEmpty() ? tr("all domains") : m_domain;
    for (const DomainRecord &record : config.domains) {
        if (!m_domain.isEmpty() && record.domain != m_domain)
            continue;
        Report::Domain d;
        d.record = record;
        for (const JournalEntry &e : config.journal)
            if (e.domain == record.domain)
                d.journal << e;
        m_report.domains << d;
    }
    // The history is read on a worker while the live reads go on; one more to settle.
    m_pending = int(m_report.domains.size()) + 1;
    readHistory();
    if (m_report.domains.isEmpty())
        return;
    emit progressChanged(0, m_pending, tr("Reading %n domain(s)…", nullptr, m_pending));
    for (qsizetype i = 0; i < m_report.domains.size(); ++i) {
        const DomainRecord &record = m_report.domains.at(i).record;
        if (m_keys) {
            read(i, *m_keys, {});
            continue;
        }
        AccountKeysReader::read(core()->secrets(), record.domain, record.vapiRegion, this,
                                [this, i](const AccountKeys &keys, const QString &problem) { read(i, keys, problem); });
    }
}

void ReportOperation::read(qsizetype index, const AccountKeys &keys, const QString &problem)
{
    Report::Domain &d = m_report.domains[index];
    d.cloudonixKey = Report::fingerprint(keys.cloudonixKey);
    d.vapiKey = Report::fingerprint(keys.vapiKey);
    if (!problem.isEmpty()) {
        d.liveError = problem;
        return settle();
    }
    auto *op = new DomainStatusOperation(core(), keys, d.record.domain, this);
    connect(op, &DomainStatusOperation::finished, this, [this, op, index](const DomainStatus &status) {
        op->deleteLater();
        Report::Domain &read = m_report.domains[index];
        if (status.error)
            read.liveError = status.error->userMessage();
        else if (!status.problems.isEmpty())
            read.liveError = status.problems.join(QLatin1Char(' '));
        else
            read.live = status;
        settle();
    });
    op->start();
}

void ReportOperation::readHistory()
{
    QStringList domains;
    for (const Report::Domain &d : std::as_const(m_report.domains))
        domains << d.record.domain;
    auto *watcher = new QFutureWatcher<QList<DomainHistory>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QList<DomainHistory> histories = watcher->result();
        for (qsizetype i = 0; i < histories.size() && i < m_report.domains.size(); ++i) {
            m_report.domains[i].testCalls = histories.at(i).testCalls;
            m_report.domains[i].probes = histories.at(i).probes;
        }
        settle();
    });
    watcher->setFuture(QtConcurrent::run(&RecordStore::readHistory, core()->store()->recordsPath(), domains,
                                         ReportedTestCalls, ReportedProbes));
}

void ReportOperation::settle()
{
    if (--m_pending > 0)
        return;
    emit finished(m_report);
    complete();
}

} // namespace tw
