#include "config/ConfigStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
}

void TestConfigStore::roundTripIsPrivateAndAtomic()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("trunkwizard"));
    ConfigStore store(folder);
    QCOMPARE(store.save(sample()), QString());
    QCOMPARE(modeOf(store.filePath()), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("config.json")}); // no temp left

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
    QCOMPARE(QDir(occupied.directory()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no temp file left
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

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
