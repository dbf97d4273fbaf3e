#include "config/RecordStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

namespace {

// Runs statements on the records file through a connection of its own, as another tool would.
bool execOn(const QString &path, const QStringList &statements, QVariant *firstValue = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        if (ok && firstValue && q.next())
            *firstValue = q.value(0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

JournalEntry entry(const QString &resourceId)
{
    JournalEntry e;
    e.at = QDateTime::fromString(QStringLiteral("2026-11-30T10:20:30.456Z"), Qt::ISODateWithMs);
    e.runId = QStringLiteral("run-1");
    e.domain = QStringLiteral("acme.cloudonix.net");
    e.system = QStringLiteral("vapi");
    e.action = QStringLiteral("create");
    e.resource = QStringLiteral("phone-number");
    e.resourceId = resourceId;
    e.after = QStringLiteral("assistant a-1");
    return e;
}

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void schemaOneMigratesLosingNothing();
    void newerSchemaIsLeftUnchanged();
    void journalKeepsTheNewestEntries();
    void emptyFieldsComeBackEmpty();
};

void TestRecordStore::schemaOneMigratesLosingNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.db"));
    // A file exactly as schema 1 wrote it: the journal as JSON, numbers WITHOUT ROWID.
    QVERIFY(execOn(path,
                   {QStringLiteral("CREATE TABLE domains (domain TEXT PRIMARY KEY, record TEXT NOT NULL)"),
                    QStringLiteral("CREATE TABLE numbers (domain TEXT NOT NULL, number TEXT NOT NULL, record TEXT "
                                   "NOT NULL, PRIMARY KEY (domain, number)) WITHOUT ROWID"),
                    QStringLiteral("CREATE TABLE journal (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, entry TEXT "
                                   "NOT NULL)"),
                    QStringLiteral("INSERT INTO domains VALUES ('acme.cloudonix.net', "
                                   "'{\"domain\":\"acme.cloudonix.net\",\"vapiCredentialId\":\"cred-1\"}')"),
                    QStringLiteral("INSERT INTO numbers VALUES ('acme.cloudonix.net', '+12127773456', "
                                   "'{\"number\":\"+12127773456\",\"vapiId\":\"num-1\",\"mode\":\"trunk\"}')"),
                    QStringLiteral("INSERT INTO journal VALUES (41, 'acme.cloudonix.net', "
                                   "'{\"at\":\"2026-11-30T10:20:30.456Z\",\"runId\":\"run-1\",\"domain\":"
                                   "\"acme.cloudonix.net\",\"system\":\"vapi\",\"action\":\"update\",\"resource\":"
                                   "\"credential\",\"resourceId\":\"cred-1\",\"before\":\"{\\\"a\\\":1}\","
                                   "\"after\":\"{\\\"a\\\":2}\"}')"),
                    QStringLiteral("PRAGMA user_version=1")}));

    RecordStore store(path);
    QCOMPARE(store.open(), QString());
    QList<DomainRecord> domains;
    QList<JournalEntry> journal;
    QCOMPARE(store.load(&domains, &journal), QString());
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains.first().vapiCredentialId, QStringLiteral("cred-1"));
    QCOMPARE(domains.first().numbers.size(), 1);
    QCOMPARE(domains.first().numbers.first().vapiId, QStringLiteral("num-1"));
    QCOMPARE(journal.size(), 1);
    const JournalEntry &e = journal.first();
    QCOMPARE(e.id, 41);
    QCOMPARE(e.at, QDateTime::fromString(QStringLiteral("2026-11-30T10:20:30.456Z"), Qt::ISODateWithMs));
    QCOMPARE(e.runId, QStringLiteral("run-1"));
    QCOMPARE(e.action, QStringLiteral("update"));
    QCOMPARE(e.resource, QStringLiteral("credential"));
    QCOMPARE(e.resourceId, QStringLiteral("cred-1"));
    QCOMPARE(e.before, QStringLiteral("{\"a\":1}"));
    QCOMPARE(e.after, QStringLiteral("{\"a\":2}"));

    // Ids keep growing after the migration, and the upgraded tables take new rows.
    DomainRecord d = domains.first();
    d.numbers.first().vapiId = QStringLiteral("num-2");
    QList<JournalEntry> added {entry(QStringLiteral("num-2"))};
    QCOMPARE(store.recordStep(d, QStringLiteral("+12127773456"), &added), QString());
    QCOMPARE(added.first().id, 42);
    QVariant version;
    QVERIFY(execOn(path, {QStringLiteral("PRAGMA user_version")}, &version));
    QCOMPARE(version.toInt(), RecordStore::SchemaVersion);
}

void TestRecordStore::newerSchemaIsLeftUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.db"));
    QVERIFY(execOn(path,
                   {QStringLiteral("CREATE TABLE future (x)"),
                    QStringLiteral("PRAGMA user_version=%1").arg(RecordStore::SchemaVersion + 1)}));
    RecordStore store(path);
    const QString error = store.open();
    QVERIFY2(error.contains(QStringLiteral("newer Trunk Wizard")), qPrintable(error));
    QVariant version;
    QVERIFY(execOn(path, {QStringLiteral("PRAGMA user_version")}, &version));
    QCOMPARE(version.toInt(), RecordStore::SchemaVersion + 1);
}

void TestRecordStore::journalKeepsTheNewestEntries()
{
    QTemporaryDir dir;
    RecordStore store(dir.filePath(QStringLiteral("records.db")));
    QCOMPARE(store.open(), QString());
    DomainRecord d;
    d.domain = QStringLiteral("acme.cloudonix.net");
    for (int i = 1; i <= RecordStore::JournalLimit + 250; ++i) {
        QList<JournalEntry> one {entry(QString::number(i))};
        QCOMPARE(store.recordStep(d, {}, &one), QString());
    }
    QList<DomainRecord> domains;
    QList<JournalEntry> journal;
    QCOMPARE(store.load(&domains, &journal), QString());
    // Trimmed in hundreds: never fewer than the limit, never more than a hundred above it.
    QVERIFY2(journal.size() >= RecordStore::JournalLimit && journal.size() <= RecordStore::JournalLimit + 100,
             qPrintable(QString::number(journal.size())));
    QCOMPARE(journal.last().resourceId, QString::number(RecordStore::JournalLimit + 250));
}

void TestRecordStore::emptyFieldsComeBackEmpty()
{
    QTemporaryDir dir;
    RecordStore store(dir.filePath(QStringLiteral("records.db")));
    QCOMPARE(store.open(), QString());
    DomainRecord d;
    d.domain = QStringLiteral("acme.cloudonix.net");
    JournalEntry bare = entry(QStringLiteral("x"));
    bare.after.clear();
    bare.runId.clear();
    QList<JournalEntry> one {bare};
    QCOMPARE(store.recordStep(d, {}, &one), QString());
    QList<DomainRecord> domains;
    QList<JournalEntry> journal;
    QCOMPARE(store.load(&domains, &journal), QString());
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal.first().after, QString());
    QCOMPARE(journal.first().runId, QString());
    QCOMPARE(journal.first().at, bare.at);
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
