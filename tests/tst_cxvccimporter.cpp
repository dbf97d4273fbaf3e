#include "config/ConfigStore.h"
#include "config/CxVccImporter.h"
#include "secrets/MemorySecretStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

namespace {

const QString Fixture = QStringLiteral(TW_FIXTURES "/cxvcc/config.yaml");
const QString Broken = QStringLiteral(TW_FIXTURES "/cxvcc/broken.yaml");

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct Imported
{
    bool done = false;
    CxVccImportReport report;
    AppConfig config;
};

QString readSecret(MemorySecretStore &store, const QString &account, QObject *context)
{
    QString value;
    bool done = false;
    store.read(account, context, [&](const QString &secret, const SecretError &) {
        value = secret;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return value;
}

} // namespace

class TestCxVccImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsDomainsNumbersAndMovesKeys();
    void importTwiceAddsNothing();
    void keepsTheTrunkItAlreadyManages();
    void keychainUnavailableChangesNothing();
    void brokenYamlNamesThePositionNotTheKey();
    void missingFile();

private:
    Imported run(CxVccImporter &importer, const QString &path, const AppConfig &current);
};

Imported TestCxVccImporter::run(CxVccImporter &importer, const QString &path, const AppConfig &current)
{
    Imported result;
    importer.import(path, current, QStringLiteral("GB"),
                    [&result](const CxVccImportReport &report, const AppConfig &merged) {
                        result = {true, report, merged};
                    });
    [&] { QTRY_VERIFY(result.done); }();
    return result;
}

void TestCxVccImporter::importsDomainsNumbersAndMovesKeys()
{
    const QByteArray before = hashOf(Fixture);
    MemorySecretStore secrets;
    CxVccImporter importer(&secrets);
    const Imported r = run(importer, Fixture, AppConfig());
    QVERIFY2(r.report.ok, qPrintable(r.report.error));
    QCOMPARE(r.report.domains,
             (QStringList {QStringLiteral("cxguide.cloudonix.net"), QStringLiteral("noalias.example.com")}));
    QCOMPARE(r.report.numbers, 2);

    const DomainRecord *cx = r.config.findDomain(QStringLiteral("cxguide.cloudonix.net"));
    QVERIFY(cx);
    QCOMPARE(cx->inboundSipHost, QStringLiteral("dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net"));
    QCOMPARE(cx->vapiCredentialId, QStringLiteral("83888eb6-e06f-4c7e-b10f-4cb7a553dd8b"));
    QCOMPARE(cx->importedFrom, QStringLiteral("cx-vcc"));
    QCOMPARE(cx->numbers.size(), 2);
    QCOMPARE(cx->numbers.at(0).number, QStringLiteral("+12127773456"));
    QCOMPARE(cx->numbers.at(0).vapiId, QStringLiteral("420710fd-65ba-490c-bb56-20f0a5e306b3"));
    QCOMPARE(cx->numbers.at(1).number, QStringLiteral("+442071234567")); // national form read with the GB default

    const DomainRecord *bare = r.config.findDomain(QStringLiteral("NOALIAS.example.com"));
    QVERIFY(bare);
    QVERIFY(bare->autoAlias.isEmpty()); // cx-vcc's fallback "alias = domain name" is not an alias
    QVERIFY(bare->inboundSipHost.isEmpty());

    QCOMPARE(r.report.keysMoved,
             (QStringList {QStringLiteral("cloudonix:cxguide.cloudonix.net"),
                           QStringLiteral("cloudonix:noalias.example.com"), QStringLiteral("vapi:us")}));
    QCOMPARE(readSecret(secrets, QStringLiteral("cloudonix:cxguide.cloudonix.net"), this),
             QStringLiteral("XIcxguideFakeKey0123456789abcdefAB"));
    QCOMPARE(readSecret(secrets, QStringLiteral("vapi:us"), this),
             QStringLiteral("aeacbbaa-1111-4222-8333-444455556666"));

    bool skippedSaid = false, plaintextSaid = false;
    for (const QString &w : r.report.warnings) {
        skippedSaid |= w.contains(QLatin1String("not-a-number"));
        plaintextSaid |= w.contains(QLatin1String("plain text")) && w.contains(Fixture);
    }
    QVERIFY(skippedSaid);
    QVERIFY(plaintextSaid);
    QCOMPARE(hashOf(Fixture), before); // the YAML is untouched

    // What gets saved holds no key.
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    QCOMPARE(store.save(r.config), QString());
    QFile saved(store.filePath());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray json = saved.readAll();
    QVERIFY(!json.contains("FakeKey"));
    QVERIFY(!json.contains("aeacbbaa-1111"));
}

void TestCxVccImporter::importTwiceAddsNothing()
{
    MemorySecretStore secrets;
    CxVccImporter importer(&secrets);
    const Imported first = run(importer, Fixture, AppConfig());
    const Imported second = run(importer, Fixture, first.config);
    QVERIFY(second.report.ok);
    QCOMPARE(second.report.numbers, 0);
    QCOMPARE(second.config.domains.size(), 2);
    QCOMPARE(second.config.findDomain(QStringLiteral("cxguide.cloudonix.net"))->numbers.size(), 2);
}

void TestCxVccImporter::keepsTheTrunkItAlreadyManages()
{
    AppConfig current;
    DomainRecord d;
    d.domain = QStringLiteral("cxguide.cloudonix.net");
    d.vapiCredentialId = QStringLiteral("ours-0000");
    current.domains << d;
    MemorySecretStore secrets;
    CxVccImporter importer(&secrets);
    const Imported r = run(importer, Fixture, current);
    QVERIFY(r.report.ok);
    QCOMPARE(r.config.findDomain(QStringLiteral("cxguide.cloudonix.net"))->vapiCredentialId,
             QStringLiteral("ours-0000"));
    QVERIFY(r.report.warnings.join(QLatin1Char('\n')).contains(QLatin1String("kept ours-0000")));
}

void TestCxVccImporter::keychainUnavailableChangesNothing()
{
    MemorySecretStore secrets;
    secrets.setUnavailable(true);
    CxVccImporter importer(&secrets);
    const Imported r = run(importer, Fixture, AppConfig());
    QVERIFY(!r.report.ok);
    QVERIFY(r.report.error.contains(QLatin1String("keychain")));
    QVERIFY(r.report.error.contains(QLatin1String("nothing was imported")));
    QVERIFY(!r.report.error.contains(QLatin1String("FakeKey")));
    QCOMPARE(secrets.size(), 0);
}

void TestCxVccImporter::brokenYamlNamesThePositionNotTheKey()
{
    MemorySecretStore secrets;
    CxVccImporter importer(&secrets);
    const Imported r = run(importer, Broken, AppConfig());
    QVERIFY(!r.report.ok);
    QVERIFY2(r.report.error.contains(QLatin1String("line")), qPrintable(r.report.error));
    QVERIFY(!r.report.error.contains(QLatin1String("FakeKey")));
    QCOMPARE(secrets.size(), 0);
}

void TestCxVccImporter::missingFile()
{
    MemorySecretStore secrets;
    CxVccImporter importer(&secrets);
    const Imported r = run(importer, QStringLiteral("/nonexistent/config.yaml"), AppConfig());
    QVERIFY(!r.report.ok);
    QVERIFY(r.report.error.contains(QLatin1String("/nonexistent/config.yaml")));
    QVERIFY(CxVccImporter::defaultPath().endsWith(QLatin1String("/.cx-vcc/config.yaml")));

    // A path to something endless or huge is refused after 4 MB, not read into memory.
    const Imported endless = run(importer, QStringLiteral("/dev/zero"), AppConfig());
    QVERIFY(!endless.report.ok);
    QVERIFY2(endless.report.error.contains(QLatin1String("larger than 4 MB")), qPrintable(endless.report.error));
    QCOMPARE(secrets.size(), 0);
}

QTEST_GUILESS_MAIN(TestCxVccImporter)
#include "tst_cxvccimporter.moc"
