#include "config/ConfigStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tw;

namespace {

AppConfig sample()
{
    AppConfig config;
    config.settings.vapiRegion = QStringLiteral("eu");
    DomainRecord d;
    d.domain = QStringLiteral("acme.cloudonix.net");
    d.inboundSipHost = QStringLiteral("abc.sip.cloudonix.net");
    d.vapiCredentialId = QStringLiteral("cred-1");
    NumberRecord n;
    n.number = QStringLiteral("+12127773456");
    n.vapiId = QStringLiteral("num-1");
    n.assistantId = QStringLiteral("asst-1");
    d.numbers << n;
    config.domains << d;
    JournalEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.domain = d.domain;
    e.system = QStringLiteral("vapi");
    e.action = QStringLiteral("create");
    e.resource = QStringLiteral("credential");
    e.resourceId = QStringLiteral("cred-1");
    config.journal << e;
    return config;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The real mode bits, as ls -l shows them.
int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

void writeRaw(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void missingFileIsAnEmptyStart();
    void roundTripIsPrivateAndAtomic();
    void environmentChoosesTheFolder();
    void corruptFileIsKeptAsBackup_data();
    void corruptFileIsKeptAsBackup();
    void newerFormatIsLeftAlone();
    void unwritableFolderGivesAClearError();
    void savesAnnounceTheDomainsTheyChanged();
    void fullDiskKeepsThePreviousFile();
    void wrongShapeIsKeptAsideNotWiped_data();
    void wrongShapeIsKeptAsideNotWiped();
    void looseFolderIsMadePrivate();
    void anotherUsersFolderIsRefused();
    void formatOneMovesIntoTheTwoFiles();
    void unknownKeysAreKept();
    void aStepWritesItsNumberOnly();
    void loadsAgainOnlyAfterAChange();
};

void TestConfigStore::missingFileIsAnEmptyStart()
{
    QTemporaryDir dir;
    ConfigStore store(dir.filePath(QStringLiteral("sub")));
    const auto result = store.load();
    QCOMPARE(result.status, ConfigStore::LoadStatus::Missing);
    QVERIFY(result.ok());
    QVERIFY(result.config.domains.isEmpty());
    QVERIFY(result.message.isEmpty());
    // Reading test calls on a first start (the dashboard does) creates nothing either.
    ConfigStore existing(dir.path());
    QVERIFY(existing.testCalls(QStringLiteral("demo.cloudonix.net")).isEmpty());
    QVERIFY(!QFileInfo::exists(existing.recordsPath()));
}

void TestConfigStore::roundTripIsPrivateAndAtomic()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("trunkwizard"));
    ConfigStore store(folder);
    QCOMPARE(store.save(sample()), QString());
    QCOMPARE(modeOf(store.filePath()), 0600);
    QCOMPARE(modeOf(folder), 0700);
    // No temp file left; the records file and SQLite's write-ahead log beside it, all private.
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files.filter(QStringLiteral("config.json")), QStringList {QStringLiteral("config.json")});
    QVERIFY(files.contains(QStringLiteral("records.db")));
    for (const QString &f : files)
        QCOMPARE(modeOf(QDir(folder).filePath(f)), 0600);

    const auto loaded = store.load();
    QCOMPARE(loaded.status, ConfigStore::LoadStatus::Loaded);
    QCOMPARE(loaded.config.settings.vapiRegion, QStringLiteral("eu"));
    QCOMPARE(loaded.config.domains.size(), 1);
    QCOMPARE(loaded.config.domains.first().numbers.first().assistantId, QStringLiteral("asst-1"));
    QCOMPARE(loaded.config.journal.first().resourceId, QStringLiteral("cred-1"));
    QCOMPARE(QJsonDocument::fromJson(readAll(store.filePath())).object().value(QStringLiteral("format")).toInt(),
             AppConfig::CurrentFormat);

    // Overwriting replaces the file as a whole (rename), keeping it private.
    AppConfig changed = loaded.config;
    changed.domains.first().vapiCredentialId = QStringLiteral("cred-2");
    QCOMPARE(store.save(changed), QString());
    QCOMPARE(store.load().config.domains.first().vapiCredentialId, QStringLiteral("cred-2"));
    QCOMPARE(modeOf(store.filePath()), 0600);
}

void TestConfigStore::environmentChoosesTheFolder()
{
    QTemporaryDir dir;
    qputenv("TRUNKWIZARD_CONFIG_DIR", dir.path().toUtf8());
    QCOMPARE(ConfigStore::defaultDirectory(), dir.path());
    qunsetenv("TRUNKWIZARD_CONFIG_DIR");
    QVERIFY(ConfigStore::defaultDirectory().endsWith(QLatin1String("/trunkwizard")));
}

void TestConfigStore::corruptFileIsKeptAsBackup_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated json") << QByteArray(R"({"format": 1, "domains": [ {"domain": "acme)");
    QTest::newRow("not an object") << QByteArray("[1,2,3]");
    QTest::newRow("no format") << QByteArray(R"({"domains": []})");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10);
    QTest::newRow("empty file") << QByteArray();
}

void TestConfigStore::corruptFileIsKeptAsBackup()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    writeRaw(store.filePath(), content);

    const auto result = store.load();
    QCOMPARE(result.status, ConfigStore::LoadStatus::RecoveredFromCorrupt);
    QVERIFY(!result.ok());
    QVERIFY(result.config.domains.isEmpty());
    QVERIFY(result.message.contains(result.backupPath));
    QCOMPARE(readAll(result.backupPath), content); // every byte kept
    QVERIFY(!QFile::exists(store.filePath()));
    // Loaded again (the app's first load only reads its settings): still said, with the backup.
    const auto again = store.load();
    QCOMPARE(again.status, ConfigStore::LoadStatus::RecoveredFromCorrupt);
    QCOMPARE(again.backupPath, result.backupPath);
    QCOMPARE(again.message, result.message);

    // Saving afterwards writes a fresh file and leaves the backup alone.
    QCOMPARE(store.save(sample()), QString());
    QCOMPARE(readAll(result.backupPath), content);
    QCOMPARE(store.load().status, ConfigStore::LoadStatus::Loaded);
}

void TestConfigStore::newerFormatIsLeftAlone()
{
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    const QByteArray future = R"({"format": 7, "domains": [], "somethingNew": {"x": 1}})";
    writeRaw(store.filePath(), future);

    const auto result = store.load();
    QCOMPARE(result.status, ConfigStore::LoadStatus::TooNew);
    QVERIFY(result.message.contains(QLatin1String("newer")));
    QVERIFY(store.isWriteBlocked());
    QCOMPARE(store.save(sample()), result.message); // refused, with the same sentence
    QCOMPARE(readAll(store.filePath()), future);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("config.json")});
}

void TestConfigStore::unwritableFolderGivesAClearError()
{
    // Provoked in ways that hold even for root (CI runs as root, which ignores mode bits).
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    writeRaw(blocker, "x");
    ConfigStore inFile(blocker + QStringLiteral("/trunkwizard"));
    const QString error = inFile.save(sample());
    QVERIFY2(error.contains(QLatin1String("could not be created")), qPrintable(error));

    ConfigStore occupied(dir.filePath(QStringLiteral("occupied")));
    QVERIFY(QDir().mkpath(occupied.filePath())); // config.json is a folder: the final rename must fail
    const QString commitError = occupied.save(sample());
    QVERIFY2(commitError.contains(QLatin1String("could not be")), qPrintable(commitError));
    QVERIFY(QFileInfo(occupied.filePath()).isDir());
    QCOMPARE(QDir(occupied.directory()).entryList({QStringLiteral("config.json*")}, QDir::Files | QDir::Hidden),
             QStringList()); // no temp file left
}

void TestConfigStore::savesAnnounceTheDomainsTheyChanged()
{
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    QSignalSpy changed(&store, &ConfigStore::configChanged);
    AppConfig config = sample();
    QCOMPARE(store.save(config), QString());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().at(0).toString(), QStringLiteral("acme.cloudonix.net"));

    // Same records, another journal entry: no domain changed.
    config.journal << config.journal.first();
    QCOMPARE(store.save(config), QString());
    QCOMPARE(changed.size(), 0);

    // One domain added, the other's number changed: both, in order; then one removed.
    DomainRecord other;
    other.domain = QStringLiteral("beta.cloudonix.net");
    config.domains << other;
    config.domains.first().numbers.first().assistantId = QStringLiteral("asst-2");
    QCOMPARE(store.save(config), QString());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("acme.cloudonix.net"));
    QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("beta.cloudonix.net"));
    changed.clear();
    config.domains.removeFirst();
    QCOMPARE(store.save(config), QString());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toString(), QStringLiteral("acme.cloudonix.net"));

    // A second store on the same folder starts from what it loads: saving that changes nothing.
    ConfigStore again(dir.path());
    QSignalSpy quiet(&again, &ConfigStore::configChanged);
    QCOMPARE(again.save(again.load().config), QString());
    QCOMPARE(quiet.size(), 0);
}

void TestConfigStore::fullDiskKeepsThePreviousFile()
{
    // A file size limit stands in for a full disk: write() fails the same way (EFBIG, ENOSPC).
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    QCOMPARE(store.save(sample()), QString());
    QFile original(store.filePath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    AppConfig big = store.load().config;
    for (int i = 0; i < 300; ++i)
        big.domains.first().numbers << NumberRecord {QStringLiteral("+1212555%1").arg(1000 + i),
                                                     QStringLiteral("trunk"),
                                                     QStringLiteral("id-%1").arg(i),
                                                     {},
                                                     {},
                                                     {},
                                                     {}};
    big.settings.vapiRegion = QStringLiteral("us");
    struct rlimit old
    {
    };
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = rlim_t(before.size() + 64);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const QString error = store.save(big);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY2(error.contains(QLatin1String("could not be")), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("disk space")));
    // Nothing of the failed save is there, everything from before is.
    QFile after(store.filePath());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    ConfigStore fresh(dir.path());
    const AppConfig reread = fresh.load().config;
    QCOMPARE(reread.domains.size(), 1);
    QCOMPARE(reread.domains.first().numbers.size(), 1);
    QCOMPARE(reread.settings.vapiRegion, QStringLiteral("eu"));
    QCOMPARE(reread.journal.size(), 1);
}

void TestConfigStore::wrongShapeIsKeptAsideNotWiped_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("domains is an object") << QByteArray(R"({"format": 1, "domains": {"x": []}})");
    QTest::newRow("a domain without its name") << QByteArray(R"({"format": 1, "domains": [{"numbers": []}]})");
    QTest::newRow("journal of strings") << QByteArray(R"({"format": 1, "journal": ["x"]})");
    QTest::newRow("settings is a list") << QByteArray(R"({"format": 1, "settings": []})");
}

void TestConfigStore::wrongShapeIsKeptAsideNotWiped()
{
    QFETCH(QByteArray, json);
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    writeRaw(store.filePath(), json);
    const ConfigStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.status, ConfigStore::LoadStatus::RecoveredFromCorrupt);
    QFile kept(loaded.backupPath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), json);
    QVERIFY(loaded.message.contains(loaded.backupPath));
}

void TestConfigStore::looseFolderIsMadePrivate()
{
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    QCOMPARE(store.save(sample()), QString());
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
    QVERIFY(QFile::setPermissions(store.filePath(), QFileDevice::Permissions(0x6666)));
    QCOMPARE(modeOf(dir.path()), 0777);
    const ConfigStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.status, ConfigStore::LoadStatus::Loaded);
    QVERIFY2(loaded.message.contains(QLatin1String("now private")), qPrintable(loaded.message));
    QCOMPARE(modeOf(dir.path()), 0700);
    QCOMPARE(modeOf(store.filePath()), 0600);
    QCOMPARE(loaded.config.domains.size(), 1);
    QVERIFY(store.load().message.isEmpty()); // said once
}

void TestConfigStore::anotherUsersFolderIsRefused()
{
    if (geteuid() != 0)
        QSKIP("needs root to give a folder to another user");
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    QCOMPARE(store.save(sample()), QString());
    QCOMPARE(chown(qPrintable(dir.path()), 65534, 65534), 0); // nobody
    const ConfigStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.status, ConfigStore::LoadStatus::Unreadable);
    QVERIFY2(loaded.message.contains(QLatin1String("belongs to another user")), qPrintable(loaded.message));
    QVERIFY(store.isWriteBlocked());
    QVERIFY(!store.save(sample()).isEmpty());
    QCOMPARE(chown(qPrintable(dir.path()), 0, 0), 0);
}

void TestConfigStore::formatOneMovesIntoTheTwoFiles()
{
    QTemporaryDir dir;
    AppConfig old = sample();
    old.domains.first().intent = QJsonObject {{QStringLiteral("domain"), QStringLiteral("acme.cloudonix.net")}};
    old.domains.first().borderBeforeRecorded = true;
    old.domains.first().allowedBorderBefore = false;
    // Format 1 as earlier versions wrote it: records and journal in config.json.
    const QJsonObject format1 {{QStringLiteral("format"), 1},
                               {QStringLiteral("settings"), old.settings.toJson()},
                               {QStringLiteral("domains"), QJsonArray {old.domains.first().toJson()}},
                               {QStringLiteral("journal"), QJsonArray {old.journal.first().toJson()}}};
    writeRaw(QDir(dir.path()).filePath(QStringLiteral("config.json")), QJsonDocument(format1).toJson());

    ConfigStore store(dir.path());
    const ConfigStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.status, ConfigStore::LoadStatus::Loaded);
    // Nothing lost: the same domains, numbers, settings, intent, settings-before and journal.
    QCOMPARE(loaded.config.settings.toJson(), old.settings.toJson());
    QCOMPARE(loaded.config.domains.size(), 1);
    QCOMPARE(loaded.config.domains.first().toJson(), old.domains.first().toJson());
    QCOMPARE(loaded.config.journal.size(), 1);
    QCOMPARE(loaded.config.journal.first().toJson(), old.journal.first().toJson());
    // config.json now holds what the admin wants; the old file is kept beside it.
    QFile upgraded(store.filePath());
    QVERIFY(upgraded.open(QIODevice::ReadOnly));
    const QJsonObject now = QJsonDocument::fromJson(upgraded.readAll()).object();
    QCOMPARE(now.value(QStringLiteral("format")).toInt(), 2);
    QVERIFY(!now.contains(QStringLiteral("journal")));
    const QJsonObject domain = now.value(QStringLiteral("domains")).toArray().first().toObject();
    QCOMPARE(domain.keys(), (QStringList {QStringLiteral("domain"), QStringLiteral("intent")}));
    QVERIFY(QFile::exists(store.filePath() + QStringLiteral(".format1")));
    QVERIFY(QFile::exists(store.recordsPath()));
    // And a second start reads the same, without migrating again.
    ConfigStore again(dir.path());
    QCOMPARE(again.load().config.domains.first().toJson(), old.domains.first().toJson());
}

void TestConfigStore::unknownKeysAreKept()
{
    // What a newer minor version wrote, this one keeps when it saves.
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    QCOMPARE(store.save(sample()), QString());
    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    root.insert(QStringLiteral("dashboard"), QJsonObject {{QStringLiteral("columns"), 3}});
    QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    settings.insert(QStringLiteral("theme"), QStringLiteral("dark"));
    root.insert(QStringLiteral("settings"), settings);
    QJsonArray domains = root.value(QStringLiteral("domains")).toArray();
    QJsonObject domain = domains.first().toObject();
    domain.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    domains[0] = domain;
    root.insert(QStringLiteral("domains"), domains);
    writeRaw(store.filePath(), QJsonDocument(root).toJson());

    AppConfig config = store.load().config;
    config.settings.vapiRegion = QStringLiteral("us");
    config.domains.first().intent = QJsonObject {{QStringLiteral("domain"), QStringLiteral("acme.cloudonix.net")}};
    QCOMPARE(store.save(config), QString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(saved.value(QStringLiteral("dashboard")).toObject().value(QStringLiteral("columns")).toInt(), 3);
    QCOMPARE(saved.value(QStringLiteral("settings")).toObject().value(QStringLiteral("theme")).toString(),
             QStringLiteral("dark"));
    QCOMPARE(saved.value(QStringLiteral("settings")).toObject().value(QStringLiteral("vapiRegion")).toString(),
             QStringLiteral("us"));
    const QJsonObject savedDomain = saved.value(QStringLiteral("domains")).toArray().first().toObject();
    QCOMPARE(savedDomain.value(QStringLiteral("colour")).toString(), QStringLiteral("blue"));
    QVERIFY(savedDomain.contains(QStringLiteral("intent")));
}

void TestConfigStore::aStepWritesItsNumberOnly()
{
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    AppConfig config = sample();
    for (int i = 0; i < 2000; ++i)
        config.domains.first().numbers << NumberRecord {
            QStringLiteral("+1212555%1").arg(1000 + i), QStringLiteral("trunk"), {}, {}, {}, {}, {}};
    QCOMPARE(store.save(config), QString());
    QSignalSpy changed(&store, &ConfigStore::configChanged);
    DomainRecord record = store.load().config.domains.first();
    record.findNumber(QStringLiteral("+12125551500"))->vapiId = QStringLiteral("vapi-1500");
    QList<JournalEntry> entries {config.journal.first()};
    entries.first().id = 0;
    const qint64 before = QFileInfo(store.recordsPath() + QStringLiteral("-wal")).size();
    QCOMPARE(store.recordStep(record, QStringLiteral("+12125551500"), &entries), QString());
    const qint64 written = QFileInfo(store.recordsPath() + QStringLiteral("-wal")).size() - before;
    QVERIFY(entries.first().id > 0);
    QCOMPARE(changed.size(), 1);
    // A few pages of the log (domain row, number row, journal), not the 2,000 numbers.
    QVERIFY2(written < 64 * 1024, qPrintable(QString::number(written)));
    ConfigStore fresh(dir.path());
    AppConfig reread = fresh.load().config;
    QCOMPARE(reread.domains.first().numbers.size(), 2001);
    QCOMPARE(reread.domains.first().findNumber(QStringLiteral("+12125551500"))->vapiId, QStringLiteral("vapi-1500"));
    QCOMPARE(reread.journal.size(), 2);
}

// A load with nothing changed returns what was read (a refresh of 50 domains loads 50 times);
// any change, by this store, by another one (as another process would) or to config.json by
// hand, is read.
void TestConfigStore::loadsAgainOnlyAfterAChange()
{
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    QCOMPARE(store.save(sample()), QString());
    QCOMPARE(store.load().config.domains.first().numbers.size(), 1);
    QCOMPARE(store.load().config.domains.first().numbers.size(), 1);

    ConfigStore other(dir.path()); // its own connection to records.db
    QCOMPARE(other.update([](AppConfig &c) {
        c.domains.first().numbers << NumberRecord {
            QStringLiteral("+12127770002"), QStringLiteral("trunk"), {}, {}, {}, {}, {}};
    }),
             QString());
    QCOMPARE(store.load().config.domains.first().numbers.size(), 2);

    QCOMPARE(store.update([](AppConfig &c) { c.domains.first().numbers.removeLast(); }), QString());
    QCOMPARE(store.load().config.domains.first().numbers.size(), 1);
    QCOMPARE(other.load().config.domains.first().numbers.size(), 1);

    QCOMPARE(other.update([](AppConfig &c) { c.settings.vapiRegion = QStringLiteral("us"); }), QString());
    QCOMPARE(store.load().config.settings.vapiRegion, QStringLiteral("us"));
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
