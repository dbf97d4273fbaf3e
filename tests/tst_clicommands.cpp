#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// trunkwizard-cli driven as a process, as an admin or a script would run it.
class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void usageAndUnknownCommand();
    void importThenDisplay();
    void importWithoutKeychainExits5();
    void displayUnknownDomainFails();
    void sandboxModeTouchesNoRealSettings();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestCliCommands::init()
{
    m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/trunkwizard-cli");
    QVERIFY(QFile::exists(m_cli));
    m_config = std::make_unique<QTemporaryDir>();
}

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
    QCOMPARE(domains.first().toObject().value(QStringLiteral("vapiCredentialId")).toString(),
             QStringLiteral("83888eb6-e06f-4c7e-b10f-4cb7a553dd8b"));

    Run text = cli({QStringLiteral("display")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QLatin1String("Inbound SIP host: dd7a2a82")));
    QVERIFY(!text.out.contains(QLatin1String("FakeKey")));
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

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
