// trunkwizard-cli probe against a trunkwizard-sandbox process: a domain set up by apply, then
// its trunk's gateways asked over SIP while the sandbox's admin endpoint switches how its SIP
// port answers (200, 403, 503, slow, no answer). Exit codes, text, --json and the history.
#include "config/ConfigStore.h"
#include "support/CliSession.h"
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tw;
using namespace tw::test;

namespace {
const QString Demo = QStringLiteral("demo.cloudonix.net");
const QString Host = QStringLiteral("6f1c2a3b-4d5e-4f60-8172-8394a5b6c7d8.sip.cloudonix.net");
const QString Inbound = QStringLiteral("203.0.113.10");
} // namespace

class TestCliProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void everyGatewayAnswers();
    void outcomes_data();
    void outcomes();
    void jsonAndHistory();
    void unknownDomainIsUsage();
    void noTrunkChecksTheInboundHost();

private:
    CliSession::Run probe(const QStringList &extra = {}) const
    {
        return m_cli->run(QStringList {QStringLiteral("probe"), QStringLiteral("--domain"), Demo} + extra);
    }
    void sipRule(const QString &spec)
    {
        QVERIFY(m_http
                    .send("POST", m_sandbox->adminUrl() + QStringLiteral("/sip"), {},
                          QJsonObject {{QStringLiteral("spec"), spec}})
                    .status
                == 201);
    }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliSession> m_cli;
    HttpProbe m_http;
};

void TestCliProbe::initTestCase()
{
    qputenv("TRUNKWIZARD_VAPI_KEY", "vapi-sandbox-key-0000-0000-000000000000");
    qputenv("TRUNKWIZARD_CLOUDONIX_KEY", "XIsandboxcustomerkey00000000000000");
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    QVERIFY(m_sandbox->sipEndpoint().startsWith(QLatin1String("127.0.0.1:")));
    m_cli = std::make_unique<CliSession>(m_sandbox.get());
    const QJsonObject state = QJsonDocument::fromJson(QStringLiteral(R"({"domain": "%1",
        "trunk": {"name": "Cloudonix demo", "gateway": "auto", "inboundGateways": ["%2/32"]},
        "numbers": [{"number": "+12127773456", "assistant": "Support bot"}]})")
                                                          .arg(Demo, Inbound)
                                                          .toUtf8())
                                  .object();
    const CliSession::Run apply
        = m_cli->run({QStringLiteral("apply"), QStringLiteral("--file"),
                      m_cli->writeJson(QStringLiteral("state.json"), state), QStringLiteral("--yes")});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.all()));
}

void TestCliProbe::cleanupTestCase()
{
    qunsetenv("TRUNKWIZARD_VAPI_KEY");
    qunsetenv("TRUNKWIZARD_CLOUDONIX_KEY");
}

void TestCliProbe::init()
{
    QCOMPARE(m_http.send("DELETE", m_sandbox->adminUrl() + QStringLiteral("/sip")).status, 204);
}

void TestCliProbe::everyGatewayAnswers()
{
    const CliSession::Run r = probe();
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    // Both gateways of the trunk: the outbound host and the inbound address.
    QVERIFY2(r.out.contains(QStringLiteral("ok    %1:5060 over UDP: 200 OK").arg(Host)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("ok    %1:5060 over UDP: 200 OK").arg(Inbound)), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Every gateway answers SIP (2 addresses checked).")));
    const QJsonObject sip = m_http.get(m_sandbox->adminUrl() + QStringLiteral("/sip")).object();
    QVERIFY(sip.value(QStringLiteral("received")).toInt() >= 2);
}

void TestCliProbe::outcomes_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("403 is reachable") << Inbound + QStringLiteral("=403") << 0
                                      << QStringLiteral("ok    %1:5060 over UDP: 403 Forbidden").arg(Inbound)
                                      << QStringLiteral("Every gateway answers SIP");
    QTest::newRow("503") << Inbound + QStringLiteral("=503") << 1
                         << QStringLiteral("FAIL  %1:5060 over UDP: 503 Service Unavailable").arg(Inbound)
                         << QStringLiteral("1 of 2 gateway addresses fail the SIP check");
    QTest::newRow("no answer") << QStringLiteral("no-answer") << 1
                               << QStringLiteral("FAIL  %1:5060 over UDP: no answer").arg(Host)
                               << QStringLiteral("No gateway passes the SIP check");
    QTest::newRow("slow") << Host + QStringLiteral("=slow:300") << 0
                          << QStringLiteral("ok    %1:5060 over UDP: 200 OK").arg(Host)
                          << QStringLiteral("Every gateway answers SIP");
}

void TestCliProbe::outcomes()
{
    QFETCH(QString, rule);
    QFETCH(int, exitCode);
    QFETCH(QString, line);
    QFETCH(QString, says);
    sipRule(rule);
    const CliSession::Run r = probe();
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.all()));
    QVERIFY2(r.out.contains(line), qPrintable(r.out));
    QVERIFY2(r.out.contains(says), qPrintable(r.out));
    if (exitCode != 0) // a failure is explained on the next line
        QVERIFY2(r.out.contains(QLatin1String("\n      ")), qPrintable(r.out));
}

void TestCliProbe::jsonAndHistory()
{
    const int before = int(ConfigStore(m_cli->configDir() + QStringLiteral("/config")).probes(Demo, 100).size());
    sipRule(Host + QStringLiteral("=slow:200"));
    const CliSession::Run r = probe({QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonObject report
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("probe")).toObject();
    QCOMPARE(report.value(QStringLiteral("source")).toString(), QStringLiteral("trunk"));
    QCOMPARE(report.value(QStringLiteral("passed")).toBool(), true);
    const QJsonArray results = report.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("host")).toString(), Host);
    QVERIFY(results.at(0).toObject().value(QStringLiteral("roundTripMs")).toInt() >= 200);
    QVERIFY(results.at(0).toObject().value(QStringLiteral("sends")).toInt() >= 2); // sent again while waiting
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toInt(), 200);
    // Each run is kept in the domain's history, newest first.
    const QList<QJsonObject> history = ConfigStore(m_cli->configDir() + QStringLiteral("/config")).probes(Demo, 100);
    QCOMPARE(history.size(), before + 1);
    QCOMPARE(history.first().value(QStringLiteral("results")).toArray(), results);
}

void TestCliProbe::unknownDomainIsUsage()
{
    const CliSession::Run r
        = m_cli->run({QStringLiteral("probe"), QStringLiteral("--domain"), QStringLiteral("nosuch.cloudonix.net")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("is not set up on this computer")), qPrintable(r.err));
    QCOMPARE(m_cli->run({QStringLiteral("probe")}).exitCode, 2);
    QCOMPARE(probe({QStringLiteral("--timeout"), QStringLiteral("0")}).exitCode, 2);
}

void TestCliProbe::noTrunkChecksTheInboundHost()
{
    // configure records the domain and its inbound SIP host, but no trunk yet.
    const CliSession::Run configure
        = m_cli->run({QStringLiteral("configure"), QStringLiteral("--domain"), QStringLiteral("other.cloudonix.net"),
                      QStringLiteral("--apikey"), QStringLiteral("XIsandboxcustomerkey00000000000000")});
    QVERIFY2(configure.exitCode == 0, qPrintable(configure.all()));
    const CliSession::Run r
        = m_cli->run({QStringLiteral("probe"), QStringLiteral("--domain"), QStringLiteral("other.cloudonix.net")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY2(r.err.contains(QLatin1String("inbound SIP host was checked instead")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String(".sip.cloudonix.net:5060 over UDP: 200 OK")), qPrintable(r.out));
}

QTEST_MAIN(TestCliProbe)
#include "tst_cliprobe.moc"
