#pragma once

#include "config/DomainHistory.h"
#include "config/DomainRecord.h"
#include "config/JournalEntry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class QThread;

namespace tw {

// What exists and what happened, in SQLite beside config.json (records.db, WAL): per domain
// its record (remote ids, the settings before), per number its row, and the journal of
// committed steps. A step is one transaction that touches one domain row, at most one number
// row and its journal entries, so recording costs the same with 10 or 10,000 numbers. The
// schema is versioned (PRAGMA user_version) and migrated forward on open.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(tw::RecordStore)

public:
    static constexpr int SchemaVersion = 4;
    static constexpr int TestCallLimit = 50; // per domain, the newest are kept
    static constexpr int ProbeLimit = 100; // SIP probe results per domain, the newest kept
    static constexpr int JournalLimit = 1000; // the newest entries are kept

    explicit RecordStore(const QString &filePath);
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    QString filePath() const { return m_filePath; }
    // Empty when open (creating or migrating the file as needed), else one sentence.
    QString open();
    bool exists() const;

    // Every domain record with its numbers (intent left empty), and the journal, oldest first.
    QString load(QList<DomainRecord> *domains, QList<JournalEntry> *journal);
    // One committed step: the one number row named (removed when the record no longer has it),
    // else the domain row; and the new journal entries (their ids are set).
    QString recordStep(const DomainRecord &record, const QString &number, QList<JournalEntry> *entries);
    // Domains written whole (every number row) or removed, and new journal entries (ids set):
    // one transaction, for adoption, imports and edits.
    QString write(const QList<DomainRecord> &domains, const QStringList &removed, QList<JournalEntry> *entries);

    // A test call and how it ended (JSON: time, from, to, result, explanation), kept per domain.
    QString recordTestCall(const QString &domain, const QJsonObject &entry);
    // The domain's newest test calls, newest first.
    QList<QJsonObject> testCalls(const QString &domain, int limit) const;
    // A SIP probe of the domain's gateways (JSON: time, results), kept per domain; newest first.
    QString recordProbe(const QString &domain, const QJsonObject &entry);
    QList<QJsonObject> probes(const QString &domain, int limit) const;
    // Each domain's newest test calls and probes from the records at `filePath`, through a
    // connection of the calling thread's own (a worker's). Creates nothing: no file, no history.
    static QList<DomainHistory> readHistory(const QString &filePath, const QStringList &domains, int testCallLimit,
                                            int probeLimit);

    // A warning ("records read on the UI thread") whenever `thread` reads the history: tests
    // guard the GUI thread with it, to catch a view reading records.db where it would freeze.
    static void setGuardedThread(QThread *thread);

    // Changes since this store opened: its own commits, and (SQLite's data_version) those of any
    // other connection, another process included. Equal stamps: the records are as they were.
    QPair<qint64, qint64> changeStamp() const;

private:
    QString run(const QString &what, const std::function<bool()> &work);
    bool writeDomainRow(const DomainRecord &record, bool onlyIfMissing = false);
    bool writeNumberRow(const QString &domain, const NumberRecord &number);
    bool deleteNumberRow(const QString &domain, const QString &number);
    bool appendJournal(QList<JournalEntry> *entries);
    QString appendHistory(const QString &table, int keep, const QString &domain, const QJsonObject &entry);
    QList<QJsonObject> history(const QString &table, const QString &domain, int limit) const;
    QString lastError() const;

    QString m_filePath;
    QString m_connection;
    bool m_open = false;
    qint64 m_commits = 0;
};

} // namespace tw
