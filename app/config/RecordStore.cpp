#include "config/RecordStore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <atomic>

namespace tw {

namespace {
// Rows without their empty fields (the readers default them): smaller rows, fewer pages per step.
QString compact(QJsonObject o)
{
    for (auto it = o.begin(); it != o.end();)
        it = it.value() == QJsonValue(QString()) ? o.erase(it) : it + 1;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Empty fields are stored as NULL: no bytes in the row.
QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The domain row holds the record without its numbers and intent: those live elsewhere (and
// serialising every number for each step would make a run quadratic).
QJsonObject domainRow(const DomainRecord &record)
{
    DomainRecord bare = record;
    bare.numbers.clear();
    bare.intent = {};
    QJsonObject o = bare.toJson();
    o.remove(QStringLiteral("numbers"));
    return o;
}

// Migrations from user_version N to N + 1, in order.
const QList<QStringList> Migrations {
    {QStringLiteral("CREATE TABLE domains (domain TEXT PRIMARY KEY, record TEXT NOT NULL)"),
     QStringLiteral("CREATE TABLE numbers (domain TEXT NOT NULL, number TEXT NOT NULL, record TEXT NOT NULL, "
                    "PRIMARY KEY (domain, number)) WITHOUT ROWID"),
     // Ids grow: only the oldest entries are ever deleted, so the newest id is never reused.
     QStringLiteral("CREATE TABLE journal (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, entry TEXT NOT NULL)")},
    // 2: the journal in columns, without JSON's key names in every row (a third fewer bytes per
    // step); numbers in a rowid table, whose rows stay within a small page (a WITHOUT ROWID row
    // of more than a tenth of a 512-byte page spills into an overflow page).
    {QStringLiteral("CREATE TABLE number_rows (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, number TEXT NOT NULL, "
                    "record TEXT NOT NULL, UNIQUE (domain, number))"),
     QStringLiteral("INSERT INTO number_rows (domain, number, record) SELECT domain, number, record FROM numbers"),
     QStringLiteral("DROP TABLE numbers"), QStringLiteral("ALTER TABLE number_rows RENAME TO numbers"),
     QStringLiteral("CREATE TABLE steps (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, at INTEGER NOT NULL, "
                    "run TEXT, system TEXT, action TEXT, resource TEXT, resource_id TEXT, before TEXT, after TEXT)"),
     QStringLiteral("INSERT INTO steps SELECT id, domain, "
                    "CAST(ROUND((julianday(json_extract(entry, '$.at')) - 2440587.5) * 86400000) AS INTEGER), "
                    "json_extract(entry, '$.runId'), json_extract(entry, '$.system'), "
                    "json_extract(entry, '$.action'), json_extract(entry, '$.resource'), "
                    "json_extract(entry, '$.resourceId'), json_extract(entry, '$.before'), "
                    "json_extract(entry, '$.after') FROM journal"),
     QStringLiteral("DROP TABLE journal"), QStringLiteral("ALTER TABLE steps RENAME TO journal")},
    // 3: test calls and how they ended, per domain.
    {QStringLiteral("CREATE TABLE test_calls (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, entry TEXT NOT NULL)")},
    // 4: SIP probes of the gateways, per domain (the dashboard's health history).
    {QStringLiteral("CREATE TABLE probes (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, entry TEXT NOT NULL)")},
};
// Columns of the journal, in the order they are written and read.
const char JournalColumns[] = "domain, at, run, system, action, resource, resource_id, before, after";

std::atomic<QThread *> guardedThread {nullptr};
} // namespace

RecordStore::RecordStore(const QString &filePath)
    : m_filePath(filePath)
    , m_connection(QStringLiteral("tw-records-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

RecordStore::~RecordStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool RecordStore::exists() const
{
    return QFileInfo::exists(m_filePath);
}

QString RecordStore::lastError() const
{
    return QSqlDatabase::database(m_connection, false).lastError().text();
}

QString RecordStore::open()
{
    if (m_open)
        return {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return tr("Qt's SQLite driver is missing (package libqt6sql6-sqlite); Trunk Wizard cannot keep its records.");
    // A failed open keeps its connection: the next try reuses it.
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const bool created = !exists();
    if (!db.open())
        return tr("The records file %1 could not be opened (%2).").arg(m_filePath, db.lastError().text());
    if (created)
        QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery q(db);
    // Small pages: a step rewrites the few pages it touches, whole, into the log (512 bytes and an
    // 8 MB log measured least written for a 10,000-number run). WAL: readers never wait for a
    // run; NORMAL: no fsync per step, never a damaged file.
    if ((created && !q.exec(QStringLiteral("PRAGMA page_size=512")))
        || !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=16000")) || !q.exec(QStringLiteral("PRAGMA user_version"))
        || !q.next())
        return tr("The records file %1 could not be opened (%2); check the disk's free space and the folder's "
                  "permissions.")
            .arg(m_filePath, q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > SchemaVersion)
        return tr("The records file %1 was written by a newer Trunk Wizard (schema %2; this version knows up to %3); "
                  "update Trunk Wizard. The file was left unchanged.")
            .arg(m_filePath)
            .arg(version)
            .arg(SchemaVersion);
    m_open = true;
    for (int v = version; v < SchemaVersion; ++v) {
        const QString error = run(tr("upgrading the records file"), [&] {
            for (const QString &statement : Migrations.at(v))
                if (!q.exec(statement))
                    return false;
            return q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        });
        if (!error.isEmpty()) {
            m_open = false;
            return error;
        }
    }
    return {};
}

QPair<qint64, qint64> RecordStore::changeStamp() const
{
    if (!m_open)
        return {m_commits, -1};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const qint64 version = q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
    return {m_commits, version};
}

QString RecordStore::run(const QString &what, const std::function<bool()> &work)
{
    if (!m_open)
        return tr("The records file %1 is not open.").arg(m_filePath);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ++m_commits; // counted whether or not it commits: a stamp may change without a change, never the reverse
    if (!db.transaction())
        return tr("The records file %1 could not be written while %2 (%3); check the disk and its permissions.")
            .arg(m_filePath, what, db.lastError().text());
    if (work() && db.commit())
        return {};
    const QString why = lastError();
    db.rollback();
    return tr("The records file %1 could not be written while %2 (%3); nothing of it was saved. Free some disk space "
              "or check the folder's permissions, then try again.")
        .arg(m_filePath, what, why);
}

bool RecordStore::writeDomainRow(const DomainRecord &record, bool onlyIfMissing)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(onlyIfMissing ? QStringLiteral("INSERT OR IGNORE INTO domains (domain, record) VALUES (?, ?)")
                            : QStringLiteral("INSERT INTO domains (domain, record) VALUES (?, ?) "
                                             "ON CONFLICT(domain) DO UPDATE SET record = excluded.record"));
    q.addBindValue(record.domain);
    q.addBindValue(compact(domainRow(record)));
    return q.exec();
}

bool RecordStore::writeNumberRow(const QString &domain, const NumberRecord &number)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO numbers (domain, number, record) VALUES (?, ?, ?) "
                             "ON CONFLICT(domain, number) DO UPDATE SET record = excluded.record"));
    q.addBindValue(domain);
    q.addBindValue(number.number);
    q.addBindValue(compact(number.toJson()));
    return q.exec();
}

bool RecordStore::deleteNumberRow(const QString &domain, const QString &number)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM numbers WHERE domain = ? AND number = ?"));
    q.addBindValue(domain);
    q.addBindValue(number);
    return q.exec();
}

bool RecordStore::appendJournal(QList<JournalEntry> *entries)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    for (JournalEntry &e : *entries) {
        if (e.id > 0)
            continue; // stored already
        q.prepare(QStringLiteral("INSERT INTO journal (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(JournalColumns)));
        for (const QVariant &v :
             {QVariant(e.domain), QVariant(e.at.toMSecsSinceEpoch()), orNull(e.runId), orNull(e.system),
              orNull(e.action), orNull(e.resource), orNull(e.resourceId), orNull(e.before), orNull(e.after)})
            q.addBindValue(v);
        if (!q.exec())
            return false;
        e.id = q.lastInsertId().toLongLong();
    }
    // The journal must not grow forever: the newest entries stay (trimmed every 100 entries, so
    // a step does not touch the oldest pages each time).
    const bool trim
        = std::any_of(entries->cbegin(), entries->cend(), [](const JournalEntry &e) { return e.id % 100 == 0; });
    return !trim
        || q.exec(
            QStringLiteral("DELETE FROM journal WHERE id <= (SELECT MAX(id) FROM journal) - %1").arg(JournalLimit));
}

QString RecordStore::load(QList<DomainRecord> *domains, QList<JournalEntry> *journal)
{
    if (!m_open)
        return tr("The records file %1 is not open.").arg(m_filePath);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT domain, record FROM domains ORDER BY rowid")))
        return tr("The records file %1 could not be read (%2).").arg(m_filePath, q.lastError().text());
    QHash<QString, qsizetype> index;
    while (q.next()) {
        DomainRecord d = DomainRecord::fromJson(parse(q.value(1).toString()));
        d.domain = q.value(0).toString();
        index.insert(d.domain, domains->size());
        *domains << d;
    }
    if (!q.exec(QStringLiteral("SELECT domain, record FROM numbers ORDER BY domain, number")))
        return tr("The records file %1 could not be read (%2).").arg(m_filePath, q.lastError().text());
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at != index.cend())
            (*domains)[*at].numbers << NumberRecord::fromJson(parse(q.value(1).toString()));
    }
    if (!q.exec(QStringLiteral("SELECT id, %1 FROM journal ORDER BY id").arg(QLatin1String(JournalColumns))))
        return tr("The records file %1 could not be read (%2).").arg(m_filePath, q.lastError().text());
    while (q.next()) {
        JournalEntry e;
        e.id = q.value(0).toLongLong();
        e.domain = q.value(1).toString();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc());
        QString *fields[] = {&e.runId, &e.system, &e.action, &e.resource, &e.resourceId, &e.before, &e.after};
        for (int i = 0; i < 7; ++i)
            *fields[i] = q.value(3 + i).toString();
        *journal << e;
    }
    return {};
}

QString RecordStore::recordStep(const DomainRecord &record, const QString &number, QList<JournalEntry> *entries)
{
    return run(tr("recording a step"), [&] {
        // A number's step changes only its own row; the domain row is written when missing only.
        if (!writeDomainRow(record, !number.isEmpty()))
            return false;
        if (!number.isEmpty()) {
            const auto it = std::find_if(record.numbers.cbegin(), record.numbers.cend(),
                                         [&number](const NumberRecord &n) { return n.number == number; });
            if (!(it == record.numbers.cend() ? deleteNumberRow(record.domain, number)
                                              : writeNumberRow(record.domain, *it)))
                return false;
        }
        return appendJournal(entries);
    });
}

QString RecordStore::write(const QList<DomainRecord> &domains, const QStringList &removed, QList<JournalEntry> *entries)
{
    return run(tr("saving the records"), [&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        auto clear = [&q](const char *table, const QString &domain) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE domain = ?").arg(QLatin1String(table)));
            q.addBindValue(domain);
            return q.exec();
        };
        for (const QString &domain : removed)
            if (!clear("numbers", domain) || !clear("domains", domain))
                return false;
        for (const DomainRecord &record : domains) {
            if (!writeDomainRow(record) || !clear("numbers", record.domain))
                return false;
            for (const NumberRecord &n : record.numbers)
                if (!writeNumberRow(record.domain, n))
                    return false;
        }
        return appendJournal(entries);
    });
}

QString RecordStore::recordTestCall(const QString &domain, const QJsonObject &entry)
{
    return appendHistory(QStringLiteral("test_calls"), TestCallLimit, domain, entry);
}

QList<QJsonObject> RecordStore::testCalls(const QString &domain, int limit) const
{
    return history(QStringLiteral("test_calls"), domain, limit);
}

QString RecordStore::recordProbe(const QString &domain, const QJsonObject &entry)
{
    return appendHistory(QStringLiteral("probes"), ProbeLimit, domain, entry);
}

QList<QJsonObject> RecordStore::probes(const QString &domain, int limit) const
{
    return history(QStringLiteral("probes"), domain, limit);
}

// `table` is one of this file's own names, never input.
QString RecordStore::appendHistory(const QString &table, int keep, const QString &domain, const QJsonObject &entry)
{
    return run(tr("recording %1").arg(table), [&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("INSERT INTO %1 (domain, entry) VALUES (?, ?)").arg(table));
        q.addBindValue(domain);
        q.addBindValue(compact(entry));
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE domain = ? AND id NOT IN (SELECT id FROM %1 "
                                 "WHERE domain = ? ORDER BY id DESC LIMIT %2)")
                      .arg(table)
                      .arg(keep));
        q.addBindValue(domain);
        q.addBindValue(domain);
        return q.exec();
    });
}

QList<DomainHistory> RecordStore::readHistory(const QString &filePath, const QStringList &domains, int testCallLimit,
                                              int probeLimit)
{
    QList<DomainHistory> histories;
    for (const QString &domain : domains)
        histories << DomainHistory {domain, {}, {}, {}};
    if (!QFileInfo::exists(filePath))
        return histories;
    RecordStore store(filePath);
    const QString error = store.open();
    for (DomainHistory &h : histories) {
        h.error = error;
        if (error.isEmpty()) {
            h.testCalls = store.testCalls(h.domain, testCallLimit);
            h.probes = store.probes(h.domain, probeLimit);
        }
    }
    return histories;
}

void RecordStore::setGuardedThread(QThread *thread)
{
    guardedThread = thread;
}

QList<QJsonObject> RecordStore::history(const QString &table, const QString &domain, int limit) const
{
    if (QThread *guarded = guardedThread; guarded && QThread::currentThread() == guarded)
        qWarning("tw: records read on the UI thread (%s of %s)", qPrintable(table), qPrintable(domain));
    QList<QJsonObject> entries;
    if (!m_open)
        return entries;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT entry FROM %1 WHERE domain = ? ORDER BY id DESC LIMIT %2").arg(table).arg(limit));
    q.addBindValue(domain);
    if (q.exec())
        while (q.next())
            entries << parse(q.value(0).toString());
    return entries;
}

} // namespace tw
