#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include "config/ConfigStore.h"
#include <QTest>
#include <QThread>

#include <unistd.h>

// trunkwizard-cli driven as a process, as an admin or a script would run it.
using namespace tw;
using namespace tw::test;

class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void usageAndUnknownCommand();
    void importThenDisplay();
    void importWithoutKeychainExits5();
    void displayUnknownDomainFails();
    void damagedSettingsAreSaidOnce();
    void sandboxModeTouchesNoRealSettings();

    // Against the trunkwizard-sandbox process, as an admin would run it.
    void configureKeepsWhatWasSetUp();
    void configureFailures();
    void serviceCreatesTheTrunkOnceAndReusesIt();
    void serviceWithoutInboundAddressesStillSucceeds();
    void addnumberAttachesAndNeverDuplicates();
    void invalidInputExits2WithZeroWrites_data();
    void invalidInputExits2WithZeroWrites();
    void stateFileTwiceAKeyOrTooLargeIsRefused();
    void unusableCaFileStopsTheCommand();
    void applyTwiceWritesNothingTheSecondTime();
    void unreachableApiExits4();
    void statusAndDisplayRemoteJson();
    void syncForgetsWhatIsGone();
    void testCallExplainsTheOutcome();
    void testCallFromASipUriNumberIsRefused();
    void teardownAndDeleteRemote();
    void killDuringApplyThenRerunConverges();
    void pacingAcrossProcesses();
    void twoAppliesAtOnceMakeEverythingOnce();
    void readOnlyFolderChangesNothingRemotely();
    void fullDiskMidRunTakesBackAndTheNextRunConverges();
    void syncOnAFullDiskFailsAndKeepsTheRecords();
    void cleanup();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QProcessEnvironment sandboxEnv(const SandboxProcess &sandbox) const;
    Run cliIn(const SandboxProcess &sandbox, const QStringList &args, const QByteArray &stdinData = {});
    QString writeState(const QJsonObject &state);
    bool applied(const SandboxProcess &sandbox, int numbers); // apply --yes of stateFor(numbers) succeeded
    int sandboxWrites(const SandboxProcess &sandbox, bool onlySucceeded = false);
    QJsonObject sandboxState(const SandboxProcess &sandbox);
    QString configDir() const { return m_configDir.isEmpty() ? m_config->path() : m_configDir; }
    bool mount(const QStringList &arguments); // root only; false where mounting is not allowed
    QString m_cli;
    QString m_configDir; // a folder of a test's own (a mount) instead of m_config
    QStringList m_mounts;
    std::unique_ptr<QTemporaryDir> m_mountBase;
    std::unique_ptr<QTemporaryDir> m_config;
    HttpProbe m_http;
};

namespace {
// Cloudonix's limit and the CLI's pacing scaled from 10 s windows to 1 s: the same mechanism on
// the real clock, a tenth of the wait.
const QStringList FastLimit {QStringLiteral("--rate-limit"), QStringLiteral("10/1000")};
const QString FastPacing = QStringLiteral("8/1100");
} // namespace

void TestCliCommands::init()
{
    m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/trunkwizard-cli");
    QVERIFY(QFile::exists(m_cli));
    m_config = std::make_unique<QTemporaryDir>();
}

namespace {
const QString CustomerKey = QStringLiteral("XIsandboxcustomerkey00000000000000");
const QString VapiKey = QStringLiteral("vapi-sandbox-key-0000-0000-000000000000");
const QString Demo = QStringLiteral("demo.cloudonix.net");

QJsonObject stateFor(int numbers, const QString &assistant = QStringLiteral("Support bot"))
{
    QJsonArray list;
    for (int i = 0; i < numbers; ++i)
        list.append(QJsonObject {{QStringLiteral("number"), QStringLiteral("+1212777%1").arg(2000 + i)},
                                 {QStringLiteral("assistant"), assistant}});
    return QJsonObject {
        {QStringLiteral("domain"), Demo},
        {QStringLiteral("trunk"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("Cloudonix demo")},
                      {QStringLiteral("inboundGateways"), QJsonArray {QStringLiteral("203.0.113.10/32")}}}},
        {QStringLiteral("cloudonix"),
         QJsonObject {{QStringLiteral("cxmlUrl"), QStringLiteral("https://cxml.example.com/vapi")}}},
        {QStringLiteral("numbers"), list}};
}
} // namespace

QProcessEnvironment TestCliCommands::sandboxEnv(const SandboxProcess &sandbox) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRUNKWIZARD_CLOUDONIX_URL"), sandbox.cloudonixUrl());
    env.insert(QStringLiteral("TRUNKWIZARD_VAPI_URL"), sandbox.vapiUrl());
    env.insert(QStringLiteral("TRUNKWIZARD_CLOUDONIX_KEY"), CustomerKey);
    env.insert(QStringLiteral("TRUNKWIZARD_VAPI_KEY"), VapiKey);
    env.insert(QStringLiteral("TRUNKWIZARD_CLOUDONIX_PACING"), FastPacing);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_config->filePath(QStringLiteral("cache")));
    return env;
}

TestCliCommands::Run TestCliCommands::cliIn(const SandboxProcess &sandbox, const QStringList &args,
                                            const QByteArray &stdinData)
{
    QProcess p;
    p.setProcessEnvironment(sandboxEnv(sandbox));
    p.start(m_cli, QStringList {QStringLiteral("--config-dir"), configDir()} + args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel(); // no terminal: confirmation must come from --yes
    Run run;
    if (!p.waitForFinished(120000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString TestCliCommands::writeState(const QJsonObject &state)
{
    const QString path = m_config->filePath(QStringLiteral("state-%1.json").arg(QDateTime::currentMSecsSinceEpoch()));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(state).toJson());
    return path;
}

bool TestCliCommands::applied(const SandboxProcess &sandbox, int numbers)
{
    return cliIn(sandbox,
                 {QStringLiteral("apply"), QStringLiteral("--file"), writeState(stateFor(numbers)),
                  QStringLiteral("--yes")})
               .exitCode
        == 0;
}

int TestCliCommands::sandboxWrites(const SandboxProcess &sandbox, bool onlySucceeded)
{
    int n = 0;
    for (const QJsonValue &v : m_http.get(sandbox.adminUrl() + QStringLiteral("/log")).array()) {
        const QJsonObject e = v.toObject();
        const int status = e.value(QStringLiteral("status")).toInt();
        if (e.value(QStringLiteral("method")).toString() != QLatin1String("GET")
            && (!onlySucceeded || (status >= 200 && status < 300)))
            ++n;
    }
    return n;
}

QJsonObject TestCliCommands::sandboxState(const SandboxProcess &sandbox)
{
    return m_http.get(sandbox.adminUrl() + QStringLiteral("/state")).object();
}

namespace {
int countProvider(const QJsonObject &state, const char *list, const char *provider)
{
    int n = 0;
    for (const QJsonValue &v : state.value(QStringLiteral("vapi")).toObject().value(QLatin1String(list)).toArray())
        n += v.toObject().value(QStringLiteral("provider")).toString() == QLatin1String(provider) ? 1 : 0;
    return n;
}
} // namespace

TestCliCommands::Run TestCliCommands::cli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(m_cli, QStringList {QStringLiteral("--config-dir"), m_config->path()} + args);
    Run run;
    if (!p.waitForFinished(30000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

void TestCliCommands::usageAndUnknownCommand()
{
    Run help = cli({QStringLiteral("help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("import-cxvcc")));
    Run none = cli({});
    QCOMPARE(none.exitCode, 2);
    Run unknown = cli({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QLatin1String("Unknown command frobnicate")));
    Run badOption = cli({QStringLiteral("display"), QStringLiteral("--bogus")});
    QCOMPARE(badOption.exitCode, 2);
    // The glossary: all its terms, one of them, or a usage error naming the keys there are.
    Run glossary = cli({QStringLiteral("glossary"), QStringLiteral("--json")});
    QCOMPARE(glossary.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(glossary.out.toUtf8()).object().value(QStringLiteral("terms")).toArray().size(),
             12);
    Run one = cli({QStringLiteral("glossary"), QStringLiteral("--term"), QStringLiteral("dnid")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.startsWith(QLatin1String("DNID (dnid)\n")));
    Run noTerm = cli({QStringLiteral("glossary"), QStringLiteral("--term"), QStringLiteral("trunk")});
    QCOMPARE(noTerm.exitCode, 2);
    QVERIFY(noTerm.err.contains(QLatin1String("leading-plus")));
}

void TestCliCommands::importThenDisplay()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite with packaging/dev.sh test.");
    Run imported = cli({QStringLiteral("import-cxvcc"), QStringLiteral("--file"),
                        QStringLiteral(TW_FIXTURES "/cxvcc/config.yaml"), QStringLiteral("--json")});
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("domains")).toArray().size(), 2);
    QCOMPARE(report.value(QStringLiteral("keysMoved")).toArray().size(), 3);
    QVERIFY(!imported.out.contains(QLatin1String("FakeKey")));
    QVERIFY(!imported.err.contains(QLatin1String("FakeKey")));

    Run shown = cli({QStringLiteral("display"), QStringLiteral("--json"), QStringLiteral("--domain"),
                     QStringLiteral("cxguide.cloudonix.net")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonArray domains
        = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("domains")).toArray();
    QCOMPARE(domains.size(), 1);
    QCOMPARE(
        domains.first().toObject().value(QStringLiteral("trunk")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("83888eb6-e06f-4c7e-b10f-4cb7a553dd8b"));

    Run text = cli({QStringLiteral("display")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QLatin1String("Inbound SIP host: dd7a2a82")));
    QVERIFY(!text.out.contains(QLatin1String("FakeKey")));

    // Forgetting a domain locally needs no confirmation and no network.
    Run forgotten = cli({QStringLiteral("delete"), QStringLiteral("--domain"), QStringLiteral("noalias.example.com")});
    QCOMPARE(forgotten.exitCode, 0);
    QVERIFY(!cli({QStringLiteral("display")}).out.contains(QLatin1String("noalias.example.com")));
}

void TestCliCommands::importWithoutKeychainExits5()
{
    QTemporaryDir home;
    QDir(home.path()).mkpath(QStringLiteral("run"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    Run r = cli(
        {QStringLiteral("import-cxvcc"), QStringLiteral("--file"), QStringLiteral(TW_FIXTURES "/cxvcc/config.yaml")},
        env);
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains(QLatin1String("keychain")));
    QVERIFY(!QFile::exists(m_config->filePath(QStringLiteral("config.json")))); // nothing imported
}

void TestCliCommands::displayUnknownDomainFails()
{
    Run r = cli({QStringLiteral("display"), QStringLiteral("--domain"), QStringLiteral("nope.example"),
                 QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("nope.example")));
}

void TestCliCommands::damagedSettingsAreSaidOnce()
{
    // The first load (the core's, for its settings) sets the file aside; the command says so.
    QFile file(m_config->filePath(QStringLiteral("config.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    Run r = cli({QStringLiteral("display")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err.count(QLatin1String("The settings file was damaged")), 1);
    QVERIFY2(r.err.contains(QLatin1String("config.json.corrupt-")), qPrintable(r.err));
    r = cli({QStringLiteral("display")}); // set aside once: nothing more to say
    QVERIFY2(!r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
}

void TestCliCommands::sandboxModeTouchesNoRealSettings()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("TRUNKWIZARD_CONFIG_DIR"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(m_cli,
            {QStringLiteral("--sandbox"), QStringLiteral("import-cxvcc"), QStringLiteral("--file"),
             QStringLiteral(TW_FIXTURES "/cxvcc/config.yaml")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0); // the demo key store takes the keys; no keychain needed
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("Sandbox: nothing is sent to Cloudonix or Vapi")), qPrintable(err));
    QVERIFY(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TestCliCommands::configureKeepsWhatWasSetUp()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite with packaging/dev.sh test.");
    SandboxProcess sandbox(FastLimit);
    Run r = cliIn(sandbox,
                  {QStringLiteral("configure"), QStringLiteral("--domain"), Demo, QStringLiteral("--apikey"),
                   QStringLiteral("-"), QStringLiteral("--json")},
                  CustomerKey.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                 .object()
                 .value(QStringLiteral("domains"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("inboundSipHost"))
                 .toString(),
             QStringLiteral("6f1c2a3b-4d5e-4f60-8172-8394a5b6c7d8.sip.cloudonix.net"));
    QVERIFY(!r.out.contains(CustomerKey) && !r.err.contains(CustomerKey));
    QVERIFY(!QFile(m_config->filePath(QStringLiteral("config.json"))).readAll().contains(CustomerKey.toUtf8()));

    QVERIFY(applied(sandbox, 1));
    // Configuring again (cx-vcc lost the trunk and numbers here) keeps them.
    r = cliIn(sandbox,
              {QStringLiteral("--json"), QStringLiteral("configure"), QStringLiteral("-d"), Demo, QStringLiteral("-a"),
               QStringLiteral("-")},
              CustomerKey.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 0);
    const QJsonObject domain = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("domains"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QVERIFY(!domain.value(QStringLiteral("trunk")).toObject().value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(domain.value(QStringLiteral("numbers")).toArray().size(), 1);
    // With the key in the keychain, the environment is not needed.
    QProcess p;
    QProcessEnvironment env = sandboxEnv(sandbox);
    env.remove(QStringLiteral("TRUNKWIZARD_CLOUDONIX_KEY"));
    p.setProcessEnvironment(env);
    p.start(
        m_cli,
        {QStringLiteral("--config-dir"), m_config->path(), QStringLiteral("status"), QStringLiteral("--domain"), Demo});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
}

void TestCliCommands::configureFailures()
{
    SandboxProcess sandbox(FastLimit);
    Run bad = cliIn(sandbox,
                    {QStringLiteral("configure"), QStringLiteral("--domain"), Demo, QStringLiteral("--apikey"),
                     QStringLiteral("XIwrongkey00000000000000000000000")});
    QCOMPARE(bad.exitCode, 3);
    QVERIFY(bad.err.contains(QLatin1String("Cloudonix did not accept the API key")));
    QVERIFY(bad.err.contains(QLatin1String("process list"))); // the warning about --apikey K
    Run unknown = cliIn(sandbox,
                        {QStringLiteral("configure"), QStringLiteral("--domain"), QStringLiteral("nope.cloudonix.net"),
                         QStringLiteral("--apikey"), QStringLiteral("-")},
                        CustomerKey.toUtf8() + '\n');
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QLatin1String("Cloudonix could not find")));
    QCOMPARE(cliIn(sandbox, {QStringLiteral("configure"), QStringLiteral("--domain"), Demo}).exitCode, 2);

    QTemporaryDir home;
    QProcessEnvironment env = sandboxEnv(sandbox);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(m_cli,
            {QStringLiteral("--config-dir"), m_config->path(), QStringLiteral("configure"), QStringLiteral("--domain"),
             Demo, QStringLiteral("--apikey"), QStringLiteral("-")});
    p.write(CustomerKey.toUtf8() + '\n');
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 5);
    QVERIFY(!QFile::exists(m_config->filePath(QStringLiteral("config.json")))); // nothing saved
}

void TestCliCommands::serviceCreatesTheTrunkOnceAndReusesIt()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite with packaging/dev.sh test.");
    SandboxProcess sandbox(FastLimit);
    QCOMPARE(cliIn(sandbox,
                   {QStringLiteral("configure"), QStringLiteral("--domain"), Demo, QStringLiteral("--apikey"),
                    QStringLiteral("-")},
                   CustomerKey.toUtf8() + '\n')
                 .exitCode,
             0);
    const QStringList args {QStringLiteral("service"),
                            QStringLiteral("--provider"),
                            QStringLiteral("vapi"),
                            QStringLiteral("--apikey"),
                            QStringLiteral("-"),
                            QStringLiteral("--name"),
                            QStringLiteral("Cloudonix demo"),
                            QStringLiteral("--domain"),
                            Demo,
                            QStringLiteral("--inbound-ip"),
                            QStringLiteral("203.0.113.10"),
                            QStringLiteral("--inbound-ip"),
                            QStringLiteral("203.0.113.11")};
    Run first = cliIn(sandbox, args, VapiKey.toUtf8() + '\n');
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.contains(QLatin1String("Trunk \"Cloudonix demo\"")));
    Run second = cliIn(sandbox, args, VapiKey.toUtf8() + '\n');
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.contains(QLatin1String("nothing was changed")));
    const QJsonObject state = sandboxState(sandbox);
    QCOMPARE(countProvider(state, "credentials", "byo-sip-trunk"), 1);
    for (const QJsonValue &c :
         state.value(QStringLiteral("vapi")).toObject().value(QStringLiteral("credentials")).toArray())
        if (c.toObject().value(QStringLiteral("provider")).toString() == QLatin1String("byo-sip-trunk"))
            QCOMPARE(c.toObject().value(QStringLiteral("gateways")).toArray().size(), 3);

    QCOMPARE(cliIn(sandbox,
                   {QStringLiteral("service"), QStringLiteral("--provider"), QStringLiteral("vapi"),
                    QStringLiteral("--apikey"), QStringLiteral("-")},
                   "wrong-key\n")
                 .exitCode,
             3);
    QCOMPARE(
        cliIn(sandbox, {QStringLiteral("service"), QStringLiteral("--provider"), QStringLiteral("retell")}).exitCode,
        2);
}

void TestCliCommands::serviceWithoutInboundAddressesStillSucceeds()
{
    SandboxProcess sandbox(FastLimit);
    AppConfig config;
    DomainRecord d;
    d.domain = Demo;
    config.domains << d;
    ConfigStore(m_config->path()).save(config);
    // No --inbound-ip, and the simulated host has no DNS record: the outbound part is made.
    Run r = cliIn(sandbox,
                  {QStringLiteral("service"), QStringLiteral("--name"), QStringLiteral("Cloudonix demo"),
                   QStringLiteral("--domain"), Demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("Inbound calls need the inbound IP gateways")), qPrintable(r.err));
    QCOMPARE(countProvider(sandboxState(sandbox), "credentials", "byo-sip-trunk"), 1);
}

void TestCliCommands::addnumberAttachesAndNeverDuplicates()
{
    SandboxProcess sandbox(FastLimit);
    QVERIFY(applied(sandbox, 0));
    const QStringList add {
        QStringLiteral("addnumber"),         QStringLiteral("--domain"),    Demo,
        QStringLiteral("--provider"),        QStringLiteral("vapi"),        QStringLiteral("--number"),
        QStringLiteral("+1 (212) 777-3456"), QStringLiteral("--assistant"), QStringLiteral("Support bot")};
    Run first = cliIn(sandbox, add);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(cliIn(sandbox, add).exitCode, 0);
    const QJsonObject state = sandboxState(sandbox);
    int mine = 0;
    for (const QJsonValue &n :
         state.value(QStringLiteral("vapi")).toObject().value(QStringLiteral("phoneNumbers")).toArray())
        if (n.toObject().value(QStringLiteral("number")).toString() == QLatin1String("+12127773456")) {
            ++mine;
            QCOMPARE(n.toObject().value(QStringLiteral("assistantId")).toString(),
                     QStringLiteral("a1111111-1111-4111-8111-111111111111"));
        }
    QCOMPARE(mine, 1);
    QCOMPARE(m_http.get(sandbox.adminUrl() + QStringLiteral("/state"))
                 .object()
                 .value(QStringLiteral("cloudonix"))
                 .toObject()
                 .value(QStringLiteral("domains"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("dnids"))
                 .toArray()
                 .size(),
             1);

    // A CSV file with several numbers and their own assistants.
    const QString csv = m_config->filePath(QStringLiteral("numbers.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("number,assistant\n+12127773457,Sales bot\n+12127773458,\n");
    f.close();
    QCOMPARE(cliIn(sandbox,
                   {QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo, QStringLiteral("--file"), csv,
                    QStringLiteral("--assistant"), QStringLiteral("Support bot")})
                 .exitCode,
             0);
    QCOMPARE(countProvider(sandboxState(sandbox), "phoneNumbers", "byo-phone-number"), 3);
}

void TestCliCommands::invalidInputExits2WithZeroWrites_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QJsonObject>("state");
    QTest::addColumn<QString>("said");
    QJsonObject longName = stateFor(1);
    QJsonObject trunk = longName.value(QStringLiteral("trunk")).toObject();
    trunk.insert(QStringLiteral("name"), QString(41, QLatin1Char('x')));
    longName.insert(QStringLiteral("trunk"), trunk);
    QJsonObject badNumber = stateFor(1);
    badNumber.insert(QStringLiteral("numbers"),
                     QJsonArray {QJsonObject {{QStringLiteral("number"), QStringLiteral("+1212")}}});
    QJsonObject typo = stateFor(1);
    QJsonObject typoTrunk = typo.value(QStringLiteral("trunk")).toObject();
    typoTrunk.insert(QStringLiteral("inboundGateway"), typoTrunk.take(QStringLiteral("inboundGateways")));
    typo.insert(QStringLiteral("trunk"), typoTrunk);
    QTest::newRow("name over 40") << QStringList {} << longName << "at most 40";
    QTest::newRow("misspelt key") << QStringList {} << typo << "did you mean \"trunk.inboundGateways\"?";
    QTest::newRow("bad number") << QStringList {} << badNumber << "too few digits";
    QTest::newRow("ambiguous assistant") << QStringList {} << stateFor(1, QStringLiteral("Twin"))
                                         << "matches 2 Vapi assistants";
    QTest::newRow("unknown assistant") << QStringList {} << stateFor(1, QStringLiteral("Nobody"))
                                       << "No Vapi assistant";
    QTest::newRow("plain http") << QStringList {QStringLiteral("--vapi-url"), QStringLiteral("http://api.vapi.example")}
                                << stateFor(1) << "plain http";
    QTest::newRow("no --yes, no terminal") << QStringList {QStringLiteral("--no-yes")} << stateFor(1) << "--yes";
}

void TestCliCommands::invalidInputExits2WithZeroWrites()
{
    QFETCH(QStringList, args);
    QFETCH(QJsonObject, state);
    QFETCH(QString, said);
    SandboxProcess sandbox(FastLimit);
    QStringList full {QStringLiteral("apply"), QStringLiteral("--file"), writeState(state)};
    if (!args.contains(QStringLiteral("--no-yes")))
        full << QStringLiteral("--yes");
    args.removeAll(QStringLiteral("--no-yes"));
    Run r = cliIn(sandbox, full + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    QCOMPARE(sandboxWrites(sandbox), 0);
    // --json gives one document with the error.
    Run json = cliIn(sandbox, full + args + QStringList {QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 2);
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8())
                .object()
                .value(QStringLiteral("error"))
                .toObject()
                .contains(QStringLiteral("message")));
}

// A key given twice (Qt's parser would keep the last without a word) and a file far larger than
// any state: refused before any request, exit 2.
// --ca-file the CLI cannot use is never ignored: the command stops before any request.
void TestCliCommands::unusableCaFileStopsTheCommand()
{
    SandboxProcess sandbox(FastLimit);
    Run r = cliIn(sandbox,
                  {QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--ca-file"),
                   m_config->filePath(QStringLiteral("nope.pem"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("CA certificate file")), qPrintable(r.err));
    r = cliIn(sandbox,
              {QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--ca-file"),
               QStringLiteral(TW_FIXTURES "/tls/README.md")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("holds no certificate")), qPrintable(r.err));
}

void TestCliCommands::stateFileTwiceAKeyOrTooLargeIsRefused()
{
    SandboxProcess sandbox(FastLimit);
    QByteArray text = QJsonDocument(stateFor(1)).toJson(QJsonDocument::Compact);
    text.insert(text.indexOf("\"trunk\":{") + 9, "\"name\":\"first\",");
    text.replace("\"name\":\"Cloudonix", "\"name\":\"Second");
    const QString twice = m_config->filePath(QStringLiteral("twice.json"));
    QFile f(twice);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text) == text.size());
    f.close();
    Run r = cliIn(sandbox, {QStringLiteral("apply"), QStringLiteral("--yes"), QStringLiteral("--file"), twice});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("\"trunk.name\" twice")), qPrintable(r.err + QString::fromUtf8(text)));

    const QString huge = m_config->filePath(QStringLiteral("huge.json"));
    QFile big(huge);
    QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(17 * 1024 * 1024));
    big.close();
    r = cliIn(sandbox, {QStringLiteral("plan"), QStringLiteral("--file"), huge});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("larger than 16 MB")), qPrintable(r.err));

    // A numbers "file" that never ends is refused after 16 MB.
    r = cliIn(sandbox,
              {QStringLiteral("addnumber"), QStringLiteral("--domain"), QStringLiteral("acme.cloudonix.net"),
               QStringLiteral("--file"), QStringLiteral("/dev/zero")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("larger than 16 MB")), qPrintable(r.err));
    QCOMPARE(sandboxWrites(sandbox), 0);
}

void TestCliCommands::applyTwiceWritesNothingTheSecondTime()
{
    SandboxProcess sandbox(FastLimit);
    const QString file = writeState(stateFor(3));
    Run plan = cliIn(sandbox, {QStringLiteral("plan"), QStringLiteral("--file"), file, QStringLiteral("--json")});
    QCOMPARE(plan.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(plan.out.toUtf8())
                 .object()
                 .value(QStringLiteral("plan"))
                 .toObject()
                 .value(QStringLiteral("writes"))
                 .toInt(),
             9);
    QCOMPARE(sandboxWrites(sandbox), 0);
    Run first = cliIn(sandbox, {QStringLiteral("apply"), QStringLiteral("--file"), file, QStringLiteral("--yes")});
    QCOMPARE(first.exitCode, 0);
    // A separate process does not know the requests the plan run made, so Cloudonix may answer
    // one 429, which is waited out and retried: count what went through.
    QCOMPARE(sandboxWrites(sandbox, true), 9);
    QCOMPARE(m_http.send("DELETE", sandbox.adminUrl() + QStringLiteral("/log")).status, 204);
    Run second = cliIn(sandbox, {QStringLiteral("apply"), QStringLiteral("--file"), file}); // nothing to confirm
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.contains(QLatin1String("Nothing to change")));
    QCOMPARE(sandboxWrites(sandbox), 0);
}

void TestCliCommands::unreachableApiExits4()
{
    SandboxProcess sandbox(FastLimit);
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    Run r = cliIn(sandbox,
                  {QStringLiteral("apply"), QStringLiteral("--file"), writeState(stateFor(1)), QStringLiteral("--yes"),
                   QStringLiteral("--vapi-url"), closed});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(QLatin1String("could not reach Vapi")));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one plain sentence
}

void TestCliCommands::statusAndDisplayRemoteJson()
{
    SandboxProcess sandbox(FastLimit);
    QVERIFY(applied(sandbox, 2));
    for (const QStringList &args :
         {QStringList {QStringLiteral("status"), QStringLiteral("--domain"), Demo, QStringLiteral("--json")},
          QStringList {QStringLiteral("display"), QStringLiteral("--remote"), QStringLiteral("--json")}}) {
        Run r = cliIn(sandbox, args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("domains"))
                                  .toArray()
                                  .first()
                                  .toObject();
        for (const char *key : {"domain", "inboundSipHost", "trunk", "numbers", "cloudonix", "drift"})
            QVERIFY2(d.contains(QLatin1String(key)), key);
        for (const char *key : {"id", "name", "gateways"})
            QVERIFY(d.value(QStringLiteral("trunk")).toObject().contains(QLatin1String(key)));
        QCOMPARE(d.value(QStringLiteral("trunk")).toObject().value(QStringLiteral("gateways")).toArray().size(), 2);
        const QJsonObject n = d.value(QStringLiteral("numbers")).toArray().first().toObject();
        for (const char *key : {"number", "id", "assistantId", "status"})
            QVERIFY(n.contains(QLatin1String(key)));
        QCOMPARE(n.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(d.value(QStringLiteral("cloudonix")).toObject().value(QStringLiteral("allowBorderToBorder")).toBool());
        QCOMPARE(d.value(QStringLiteral("drift")).toArray().size(), 0);
    }
    // A change in the Vapi dashboard shows as drift.
    const QString numberId = ConfigStore(m_config->path()).load().config.findDomain(Demo)->numbers.first().vapiId;
    m_http.send("PATCH", sandbox.vapiUrl() + QStringLiteral("/phone-number/") + numberId, VapiKey.toUtf8(),
                QJsonObject {{QStringLiteral("assistantId"), QJsonValue::Null}});
    Run drifted = cliIn(sandbox, {QStringLiteral("status"), QStringLiteral("--domain"), Demo});
    QCOMPARE(drifted.exitCode, 0);
    QVERIFY2(drifted.out.contains(QLatin1String("Drift:")), qPrintable(drifted.out));
}

void TestCliCommands::syncForgetsWhatIsGone()
{
    SandboxProcess sandbox(FastLimit);
    QVERIFY(applied(sandbox, 2));
    const QString numberId = ConfigStore(m_config->path()).load().config.findDomain(Demo)->numbers.first().vapiId;
    QCOMPARE(
        m_http.send("DELETE", sandbox.vapiUrl() + QStringLiteral("/phone-number/") + numberId, VapiKey.toUtf8()).status,
        200);
    m_http.send("DELETE", sandbox.adminUrl() + QStringLiteral("/log"));
    Run r = cliIn(sandbox, {QStringLiteral("sync"), QStringLiteral("--domain"), Demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("gone from Vapi")));
    QCOMPARE(ConfigStore(m_config->path()).load().config.findDomain(Demo)->numbers.size(), 1);
    QCOMPARE(sandboxWrites(sandbox), 0);
}

void TestCliCommands::testCallExplainsTheOutcome()
{
    SandboxProcess sandbox(FastLimit + QStringList {QStringLiteral("--call-step"), QStringLiteral("100")});
    QVERIFY(applied(sandbox, 1));
    const QStringList base {
        QStringLiteral("test-call"),   QStringLiteral("--domain"),     Demo,
        QStringLiteral("--from"),      QStringLiteral("+12127772000"), QStringLiteral("--assistant"),
        QStringLiteral("Support bot"), QStringLiteral("--wait"),       QStringLiteral("10")};
    Run ok = cliIn(sandbox, base + QStringList {QStringLiteral("--to"), QStringLiteral("+12125550123")});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains(QLatin1String("the trunk works")));
    Run refused = cliIn(
        sandbox, base + QStringList {QStringLiteral("--to"), QStringLiteral("+12125550403"), QStringLiteral("--json")});
    QCOMPARE(refused.exitCode, 1);
    const QJsonObject call
        = QJsonDocument::fromJson(refused.out.toUtf8()).object().value(QStringLiteral("call")).toObject();
    QCOMPARE(call.value(QStringLiteral("side")).toString(), QStringLiteral("Cloudonix"));
    QVERIFY(call.value(QStringLiteral("endedReason")).toString().contains(QLatin1String("403")));
    QCOMPARE(cliIn(sandbox, base + QStringList {QStringLiteral("--to"), QStringLiteral("12")}).exitCode, 2);
}

// A Vapi SIP URI number receives calls only: a test call from it is refused before any call
// is placed, by its E.164 form (from the records, nothing sent) or by its Vapi id (Vapi asked).
void TestCliCommands::testCallFromASipUriNumberIsRefused()
{
    SandboxProcess sandbox(FastLimit);
    QJsonObject state = stateFor(1);
    QJsonArray numbers = state.value(QStringLiteral("numbers")).toArray();
    numbers.append(QJsonObject {{QStringLiteral("number"), QStringLiteral("+12127772999")},
                                {QStringLiteral("assistant"), QStringLiteral("Support bot")},
                                {QStringLiteral("mode"), QStringLiteral("sip-uri")}});
    state.insert(QStringLiteral("numbers"), numbers);
    QCOMPARE(
        cliIn(sandbox, {QStringLiteral("apply"), QStringLiteral("--file"), writeState(state), QStringLiteral("--yes")})
            .exitCode,
        0);
    m_http.send("DELETE", sandbox.adminUrl() + QStringLiteral("/log"));
    const QStringList call {QStringLiteral("test-call"),  QStringLiteral("--domain"),     Demo,
                            QStringLiteral("--to"),       QStringLiteral("+12125550123"), QStringLiteral("--assistant"),
                            QStringLiteral("Support bot")};
    Run byNumber = cliIn(sandbox, call + QStringList {QStringLiteral("--from"), QStringLiteral("+12127772999")});
    QCOMPARE(byNumber.exitCode, 2);
    QVERIFY2(byNumber.err.contains(QLatin1String("only receives calls"))
                 && byNumber.err.contains(QLatin1String("+12127772000")),
             qPrintable(byNumber.err));
    QCOMPARE(m_http.get(sandbox.adminUrl() + QStringLiteral("/log")).array().size(), 0); // nothing sent

    QString sipId;
    const AppConfig records = ConfigStore(m_config->path()).load().config;
    for (const NumberRecord &n : records.findDomain(Demo)->numbers)
        if (n.mode == QLatin1String("sip-uri"))
            sipId = n.vapiId;
    QVERIFY(!sipId.isEmpty());
    // Forgotten by the records: only Vapi can say what the id is.
    ConfigStore(m_config->path()).update([](AppConfig &c) {
        c.findDomain(Demo)->numbers.removeIf([](const NumberRecord &n) { return n.mode == QLatin1String("sip-uri"); });
    });
    Run byId = cliIn(sandbox, call + QStringList {QStringLiteral("--from"), sipId});
    QCOMPARE(byId.exitCode, 2);
    QVERIFY2(byId.err.contains(QLatin1String("only receives calls")), qPrintable(byId.err));
    QCOMPARE(sandboxWrites(sandbox), 0); // no call placed
}

void TestCliCommands::teardownAndDeleteRemote()
{
    SandboxProcess sandbox(FastLimit);
    QVERIFY(applied(sandbox, 2));
    QCOMPARE(cliIn(sandbox, {QStringLiteral("teardown"), QStringLiteral("--domain"), Demo}).exitCode,
             2); // no terminal, no --yes
    Run r = cliIn(sandbox,
                  {QStringLiteral("teardown"), QStringLiteral("--domain"), Demo, QStringLiteral("--restore-cloudonix"),
                   QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject state = sandboxState(sandbox);
    QCOMPARE(countProvider(state, "credentials", "byo-sip-trunk"), 0);
    QCOMPARE(countProvider(state, "phoneNumbers", "byo-phone-number"), 0);
    const QJsonObject profile = state.value(QStringLiteral("cloudonix"))
                                    .toObject()
                                    .value(QStringLiteral("domains"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("profile"))
                                    .toObject();
    QCOMPARE(profile.value(QStringLiteral("allowed-border")).toBool(true), false);

    QVERIFY(applied(sandbox, 1));
    QCOMPARE(cliIn(sandbox,
                   {QStringLiteral("delete"), QStringLiteral("--domain"), Demo, QStringLiteral("--remote"),
                    QStringLiteral("--yes")})
                 .exitCode,
             0);
    QCOMPARE(countProvider(sandboxState(sandbox), "credentials", "byo-sip-trunk"), 0);
    QVERIFY(!ConfigStore(m_config->path()).load().config.findDomain(Demo));
}

void TestCliCommands::killDuringApplyThenRerunConverges()
{
    SandboxProcess sandbox(FastLimit + QStringList {QStringLiteral("--latency"), QStringLiteral("150")});
    const QString file = writeState(stateFor(8));
    for (int killAfter : {2, 5}) {
        QProcess p;
        p.setProcessEnvironment(sandboxEnv(sandbox));
        p.start(m_cli,
                {QStringLiteral("--config-dir"), m_config->path(), QStringLiteral("apply"), QStringLiteral("--file"),
                 file, QStringLiteral("--yes")});
        QVERIFY(p.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (sandboxWrites(sandbox) < killAfter && clock.elapsed() < 30000)
            QThread::msleep(20);
        p.kill(); // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished(5000));
    }
    Run rerun = cliIn(sandbox, {QStringLiteral("apply"), QStringLiteral("--file"), file, QStringLiteral("--yes")});
    QCOMPARE(rerun.exitCode, 0);
    const QJsonObject state = sandboxState(sandbox);
    QCOMPARE(countProvider(state, "credentials", "byo-sip-trunk"), 1);
    QCOMPARE(countProvider(state, "phoneNumbers", "byo-phone-number"), 8);
    QCOMPARE(state.value(QStringLiteral("cloudonix"))
                 .toObject()
                 .value(QStringLiteral("domains"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("dnids"))
                 .toArray()
                 .size(),
             8);
    m_http.send("DELETE", sandbox.adminUrl() + QStringLiteral("/log"));
    QCOMPARE(
        cliIn(sandbox, {QStringLiteral("apply"), QStringLiteral("--file"), file, QStringLiteral("--yes")}).exitCode, 0);
    QCOMPARE(sandboxWrites(sandbox), 0);
}

void TestCliCommands::pacingAcrossProcesses()
{
    // Each status reads three Cloudonix resources: five in a row are 15 requests against a limit
    // of 10 per window. The shared pacing file makes each process wait its turn instead of
    // meeting a 429 (which names no Retry-After and would cost a whole fallback wait).
    SandboxProcess sandbox(FastLimit);
    QVERIFY(applied(sandbox, 1));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(cliIn(sandbox, {QStringLiteral("status"), QStringLiteral("--domain"), Demo}).exitCode, 0);
    int rateLimited = 0;
    int cloudonix = 0;
    for (const QJsonValue &v : m_http.get(sandbox.adminUrl() + QStringLiteral("/log")).array()) {
        rateLimited += v.toObject().value(QStringLiteral("status")).toInt() == 429 ? 1 : 0;
        cloudonix += v.toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1String("/cloudonix"));
    }
    QCOMPARE(rateLimited, 0);
    QVERIFY2(cloudonix >= 20, qPrintable(QString::number(cloudonix))); // the apply's and the five reads
    qInfo("five status runs after an apply: %lld ms", clock.elapsed());
}

void TestCliCommands::twoAppliesAtOnceMakeEverythingOnce()
{
    // Two processes, one config folder, the same state: one run waits for the other's domain
    // lock, then finds its plan out of date and stops; nothing is made twice.
    SandboxProcess sandbox(FastLimit);
    const QString file = writeState(stateFor(6));
    QList<std::shared_ptr<QProcess>> runs;
    for (int i = 0; i < 2; ++i) {
        auto p = std::make_shared<QProcess>();
        p->setProcessEnvironment(sandboxEnv(sandbox));
        p->start(m_cli,
                 {QStringLiteral("--config-dir"), m_config->path(), QStringLiteral("apply"), QStringLiteral("--file"),
                  file, QStringLiteral("--yes")});
        runs << p;
    }
    QStringList said;
    int succeeded = 0;
    for (const auto &p : std::as_const(runs)) {
        QVERIFY(p->waitForFinished(60000));
        said << QString::fromUtf8(p->readAllStandardError());
        succeeded += p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0 ? 1 : 0;
    }
    QVERIFY2(succeeded >= 1, qPrintable(said.join(QLatin1String("\n---\n"))));
    const QJsonObject state = sandboxState(sandbox);
    QCOMPARE(countProvider(state, "credentials", "byo-sip-trunk"), 1);
    QCOMPARE(countProvider(state, "phoneNumbers", "byo-phone-number"), 6);
    // One run's writes and no more: settings, trunk, 6 numbers, application, 6 DNIDs. A second
    // run on a stale plan would have sent its own trunk and numbers (and removed them again).
    QCOMPARE(sandboxWrites(sandbox), 1 + 1 + 6 + 1 + 6);
    if (succeeded == 1)
        QVERIFY2(said.join(QLatin1Char(' ')).contains(QLatin1String("another run after this plan was made"))
                     || said.join(QLatin1Char(' ')).contains(QLatin1String("is in progress")),
                 qPrintable(said.join(QLatin1String("\n---\n"))));
    // And the domain converges: one more apply changes nothing.
    m_http.send("DELETE", sandbox.adminUrl() + QStringLiteral("/log"));
    QCOMPARE(
        cliIn(sandbox, {QStringLiteral("apply"), QStringLiteral("--file"), file, QStringLiteral("--yes")}).exitCode, 0);
    QCOMPARE(sandboxWrites(sandbox), 0);
}

bool TestCliCommands::mount(const QStringList &arguments)
{
    if (geteuid() != 0 || QProcess::execute(QStringLiteral("mount"), arguments) != 0)
        return false;
    m_mounts << arguments.last();
    return true;
}

void TestCliCommands::cleanup()
{
    for (const QString &mounted : std::exchange(m_mounts, {}))
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mounted});
    m_mountBase.reset();
    m_configDir.clear();
}

void TestCliCommands::readOnlyFolderChangesNothingRemotely()
{
    SandboxProcess sandbox(FastLimit);
    m_mountBase = std::make_unique<QTemporaryDir>(); // removed after the unmount, in cleanup()
    m_configDir = m_mountBase->filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(m_configDir));
    QVERIFY(applied(sandbox, 1)); // a configured domain, then its folder turns read-only
    if (!mount({QStringLiteral("--bind"), m_configDir, m_configDir}))
        QSKIP("mounting is not allowed here (it needs root)");
    QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), m_configDir}));
    m_http.send("DELETE", sandbox.adminUrl() + QStringLiteral("/log"));
    Run r = cliIn(
        sandbox, {QStringLiteral("apply"), QStringLiteral("--file"), writeState(stateFor(3)), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("could not")), qPrintable(r.err));
    QCOMPARE(sandboxWrites(sandbox), 0);
    QCOMPARE(countProvider(sandboxState(sandbox), "phoneNumbers", "byo-phone-number"), 1);
}

void TestCliCommands::fullDiskMidRunTakesBackAndTheNextRunConverges()
{
    SandboxProcess sandbox(FastLimit);
    m_mountBase = std::make_unique<QTemporaryDir>(); // removed after the unmount, in cleanup()
    m_configDir = m_mountBase->filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(m_configDir));
    // A disk with room for the start of the run and a few steps, not for twelve numbers.
    if (!mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=64k,mode=0700"), QStringLiteral("tmpfs"), m_configDir}))
        QSKIP("mounting is not allowed here (it needs root)");
    QJsonObject twelve = stateFor(12);
    twelve.remove(QStringLiteral("cloudonix")); // Vapi's numbers only: no paced DNIDs to wait for
    const QString file = writeState(twelve);
    Run full = cliIn(sandbox, {QStringLiteral("apply"), QStringLiteral("--file"), file, QStringLiteral("--yes")});
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(QLatin1String("could not record")), qPrintable(full.err));
    QJsonObject state = sandboxState(sandbox);
    QVERIFY2(sandboxWrites(sandbox, true) > 2, "the disk filled before the run got going");
    QCOMPARE(countProvider(state, "credentials", "byo-sip-trunk"), 0); // taken back
    QCOMPARE(countProvider(state, "phoneNumbers", "byo-phone-number"), 0);

    QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,size=8m"), m_configDir}));
    Run next = cliIn(sandbox, {QStringLiteral("apply"), QStringLiteral("--file"), file, QStringLiteral("--yes")});
    QCOMPARE(next.exitCode, 0);
    state = sandboxState(sandbox);
    QCOMPARE(countProvider(state, "credentials", "byo-sip-trunk"), 1);
    QCOMPARE(countProvider(state, "phoneNumbers", "byo-phone-number"), 12);
}

void TestCliCommands::syncOnAFullDiskFailsAndKeepsTheRecords()
{
    // cx-vcc's sync once emptied config.json on a full disk and exited 0.
    SandboxProcess sandbox(FastLimit);
    m_mountBase = std::make_unique<QTemporaryDir>(); // removed after the unmount, in cleanup()
    m_configDir = m_mountBase->filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(m_configDir));
    if (!mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=512k,mode=0700"), QStringLiteral("tmpfs"), m_configDir}))
        QSKIP("mounting is not allowed here (it needs root)");
    QVERIFY(applied(sandbox, 2));
    const QString numberId = ConfigStore(m_configDir).load().config.findDomain(Demo)->numbers.first().vapiId;
    QCOMPARE(
        m_http.send("DELETE", sandbox.vapiUrl() + QStringLiteral("/phone-number/") + numberId, VapiKey.toUtf8()).status,
        200);
    // Fill what is left of the disk.
    QFile filler(QDir(m_configDir).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) { }
    filler.close();

    Run r = cliIn(sandbox, {QStringLiteral("sync"), QStringLiteral("--domain"), Demo});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("could not be")), qPrintable(r.err));
    QVERIFY(QFile::remove(filler.fileName()));
    const AppConfig after = ConfigStore(m_configDir).load().config;
    QCOMPARE(after.findDomain(Demo)->numbers.size(), 2); // nothing lost, nothing half-written
    QVERIFY(!after.findDomain(Demo)->vapiCredentialId.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
