// The secrets audit: the CLI's whole flow with known keys (stored in the real keychain, a
// wrong one refused, cx-vcc's plain-text keys imported), then every file it wrote (settings,
// records database, activity log, pacing file, reports in every format) and everything it
// printed are searched for each key in any case, URL-encoded, or any 8 characters from either
// end of it. The GUI's flow is audited the same way in tst_setupwizard.
#include "support/SandboxProcess.h"
#include "support/SecretScan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tw;
using namespace tw::test;

namespace {
const QString Demo = QStringLiteral("demo.cloudonix.net");

// Keys as random as real ones, new each run: the sandbox's demo keys end in "00000000", which
// any PDF holds, and a chance match with an id would hide a real leak among false ones.
QString randomKey(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(30);
}
} // namespace

class TestSecretsAudit : public QObject
{
    Q_OBJECT

private slots:
    void cliFlowLeavesNoKeyAnywhere();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &stdinData = {});

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    QByteArray m_printed; // every stdout and stderr byte of every run
};

TestSecretsAudit::Run TestSecretsAudit::cli(const QStringList &args, const QByteArray &stdinData)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRUNKWIZARD_CLOUDONIX_URL"), m_sandbox->cloudonixUrl());
    env.insert(QStringLiteral("TRUNKWIZARD_VAPI_URL"), m_sandbox->vapiUrl());
    env.insert(QStringLiteral("TRUNKWIZARD_CLOUDONIX_PACING"), QStringLiteral("8/1100"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/trunkwizard-cli"),
            QStringList {QStringLiteral("--config-dir"), m_dir.filePath(QStringLiteral("config")),
                         QStringLiteral("--verbose")}
                + args);
    p.write(stdinData);
    p.closeWriteChannel();
    Run run;
    if (!p.waitForFinished(120000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    m_printed += run.out + run.err;
    return run;
}

void TestSecretsAudit::cliFlowLeavesNoKeyAnywhere()
{
    const QString cloudonixKey = randomKey("XI");
    const QString vapiKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString wrongKey = randomKey("XI");
    const QString cxVccKeys[] = {randomKey("XI"), QUuid::createUuid().toString(QUuid::WithoutBraces)};

    // The built-in scenario with these keys, and a cx-vcc file (outside the scanned folder) with two more.
    QTemporaryDir inputs;
    QFile builtIn(QStringLiteral(":/sandbox/scenarios/default.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonObject vapi = root.value(QStringLiteral("vapi")).toObject();
    vapi.insert(QStringLiteral("apiKeys"), QJsonArray {vapiKey});
    root.insert(QStringLiteral("vapi"), vapi);
    QJsonObject cloudonix = root.value(QStringLiteral("cloudonix")).toObject();
    cloudonix.insert(QStringLiteral("customerKeys"), QJsonArray {cloudonixKey});
    root.insert(QStringLiteral("cloudonix"), cloudonix);
    const QString scenarioFile = inputs.filePath(QStringLiteral("scenario.json"));
    QFile scenario(scenarioFile);
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(QJsonDocument(root).toJson());
    scenario.close();
    const QString cxVccFile = inputs.filePath(QStringLiteral("config.yaml"));
    QFile yaml(cxVccFile);
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write(
        QStringLiteral("domains:\n  audit.example.com:\n    apiKey: %1\n    autoAlias: audit\nvapi:\n  apiKey: %2\n")
            .arg(cxVccKeys[0], cxVccKeys[1])
            .toUtf8());
    yaml.close();

    m_sandbox = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--rate-limit"), QStringLiteral("10/1000"),
                                                              QStringLiteral("--scenario"), scenarioFile});
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));

    QCOMPARE(cli({QStringLiteral("configure"), QStringLiteral("--domain"), Demo, QStringLiteral("--apikey"),
                  QStringLiteral("-")},
                 wrongKey.toUtf8() + '\n')
                 .exitCode,
             3);
    QCOMPARE(cli({QStringLiteral("configure"), QStringLiteral("--domain"), Demo, QStringLiteral("--apikey"),
                  QStringLiteral("-")},
                 cloudonixKey.toUtf8() + '\n')
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("--provider"), QStringLiteral("vapi"),
                  QStringLiteral("--apikey"), QStringLiteral("-"), QStringLiteral("--domain"), Demo,
                  QStringLiteral("--inbound-ip"), QStringLiteral("203.0.113.10")},
                 vapiKey.toUtf8() + '\n')
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo, QStringLiteral("--provider"),
                  QStringLiteral("vapi"), QStringLiteral("--number"), QStringLiteral("+12127774000"),
                  QStringLiteral("--number"), QStringLiteral("+12127774001"), QStringLiteral("--assistant"),
                  QStringLiteral("Support bot"), QStringLiteral("--yes")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--domain"), Demo, QStringLiteral("--json")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("display"), QStringLiteral("--domain"), Demo, QStringLiteral("--remote")}).exitCode,
             0);
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("pdf"),
                                  QStringLiteral("csv"), QStringLiteral("md")}) {
        const Run report
            = cli({QStringLiteral("report"), QStringLiteral("--domain"), Demo, QStringLiteral("--format"), format,
                   QStringLiteral("--output"), m_dir.filePath(QStringLiteral("config/report.") + format)});
        QVERIFY2(report.exitCode == 0, report.err.constData());
    }
    QCOMPARE(cli({QStringLiteral("teardown"), QStringLiteral("--domain"), Demo, QStringLiteral("--yes")}).exitCode, 0);
    // Last: the import replaces the stored Vapi key with cx-vcc's.
    QCOMPARE(cli({QStringLiteral("import-cxvcc"), QStringLiteral("--file"), cxVccFile}).exitCode, 0);

    // The keys cx-vcc kept in plain text moved into the keychain: they are secrets too.
    const QStringList keys {cloudonixKey, vapiKey, wrongKey, cxVccKeys[0], cxVccKeys[1]};

    const SecretScan scan(keys);
    QStringList hits = scan.findIn(m_printed, QStringLiteral("stdout/stderr"));
    hits << scan.findInTree(m_dir.path());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    // The audit saw what it claims to: the settings, the records, the activity log, five reports.
    QVERIFY2(scan.filesScanned() >= 8, qPrintable(QString::number(scan.filesScanned())));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("config/records.db"))));
    QVERIFY(m_printed.contains("Authorization") || m_printed.contains("GET ")); // --verbose logged requests

    // And the scan finds a key where there is one: a check that cannot fail proves nothing.
    QVERIFY(!scan.findIn("x " + vapiKey.left(12).toUpper().toUtf8() + " y", QStringLiteral("probe")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretsAudit)
#include "tst_secretsaudit.moc"
