// The sandbox's fault switches, latency, admin endpoints and request log, driven over HTTP
// against the trunkwizard-sandbox process.
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

#include <QProcess>
#include <QTest>

using namespace tw::test;

namespace {
const QByteArray VapiKey = "vapi-sandbox-key-0000-0000-000000000000";
const QByteArray CustomerKey = "XIsandboxcustomerkey00000000000000";
} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void faultKinds_data();
    void faultKinds();
    void faultCountsAndRuntimeControl();
    void latencyDelaysEveryAnswer();
    void stateAndRedactedRequestLog();
    void badArgumentsExitWithUsageError();
    void unknownPrefix();
};

void TestSandboxServer::faultKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("networkError"); // QNetworkReply::NetworkError
    QTest::newRow("429") << "429" << 429 << QByteArray("1") << int(QNetworkReply::UnknownContentError);
    QTest::newRow("429 without Retry-After")
        << "429-no-retry-after" << 429 << QByteArray() << int(QNetworkReply::UnknownContentError);
    QTest::newRow("500") << "500" << 500 << QByteArray() << int(QNetworkReply::InternalServerError);
    QTest::newRow("503") << "503" << 503 << QByteArray() << int(QNetworkReply::ServiceUnavailableError);
    QTest::newRow("malformed") << "malformed" << 200 << QByteArray() << int(QNetworkReply::NoError);
    QTest::newRow("drop") << "drop" << 0 << QByteArray() << int(QNetworkReply::RemoteHostClosedError);
    QTest::newRow("timeout") << "timeout" << 0 << QByteArray() << int(QNetworkReply::OperationCanceledError);
}

void TestSandboxServer::faultKinds()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, networkError);
    SandboxProcess sandbox({QStringLiteral("--fault"), QStringLiteral("GET /vapi/assistant=") + kind});
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    HttpProbe http;
    const auto r = http.send("GET", sandbox.vapiUrl() + QStringLiteral("/assistant"), VapiKey,
                             QJsonValue(QJsonValue::Undefined), 800);
    QCOMPARE(r.status, status);
    QCOMPARE(int(r.error), networkError);
    QCOMPARE(r.headers.value("retry-after"), retryAfter);
    if (kind == QLatin1String("malformed"))
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
    // Other routes are not affected.
    QCOMPARE(http.get(sandbox.vapiUrl() + QStringLiteral("/phone-number"), VapiKey).status, 200);
}

void TestSandboxServer::faultCountsAndRuntimeControl()
{
    SandboxProcess sandbox({QStringLiteral("--fault"), QStringLiteral("GET /vapi/assistant=503x2")});
    QVERIFY(sandbox.isRunning());
    HttpProbe http;
    const QString assistants = sandbox.vapiUrl() + QStringLiteral("/assistant");
    QCOMPARE(http.get(assistants, VapiKey).status, 503);
    QCOMPARE(http.get(assistants, VapiKey).status, 503);
    QCOMPARE(http.get(assistants, VapiKey).status, 200); // x2 spent

    auto set = http.send("POST", sandbox.adminUrl() + QStringLiteral("/faults"), {},
                         QJsonObject {{QStringLiteral("spec"), QStringLiteral("PATCH /cloudonix/*=500x1")}});
    QCOMPARE(set.status, 201);
    QCOMPARE(http.send("POST", sandbox.adminUrl() + QStringLiteral("/faults"), {},
                       QJsonObject {{QStringLiteral("spec"), QStringLiteral("nonsense")}})
                 .status,
             400);
    QCOMPARE(http.get(sandbox.adminUrl() + QStringLiteral("/faults")).array().size(), 1);
    const QString domain = sandbox.cloudonixUrl() + QStringLiteral("/domains/demo.cloudonix.net");
    QCOMPARE(http.send("PATCH", domain, CustomerKey, QJsonObject {{QStringLiteral("profile"), QJsonObject {}}}).status,
             500);
    QCOMPARE(http.send("PATCH", domain, CustomerKey, QJsonObject {{QStringLiteral("profile"), QJsonObject {}}}).status,
             200);

    http.send("POST", sandbox.adminUrl() + QStringLiteral("/faults"), {},
              QJsonObject {{QStringLiteral("spec"), QStringLiteral("* /vapi/*=503")}});
    QCOMPARE(http.get(assistants, VapiKey).status, 503);
    QCOMPARE(http.send("DELETE", sandbox.adminUrl() + QStringLiteral("/faults")).status, 204);
    QCOMPARE(http.get(assistants, VapiKey).status, 200);
}

void TestSandboxServer::latencyDelaysEveryAnswer()
{
    SandboxProcess sandbox({QStringLiteral("--latency"), QStringLiteral("300")});
    QVERIFY(sandbox.isRunning());
    HttpProbe http;
    auto r = http.get(sandbox.vapiUrl() + QStringLiteral("/assistant"), VapiKey);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 290, qPrintable(QString::number(r.elapsedMs)));
    http.send("POST", sandbox.adminUrl() + QStringLiteral("/latency"), {}, QJsonObject {{QStringLiteral("ms"), 0}});
    r = http.get(sandbox.vapiUrl() + QStringLiteral("/assistant"), VapiKey);
    QVERIFY2(r.elapsedMs < 290, qPrintable(QString::number(r.elapsedMs)));
}

void TestSandboxServer::stateAndRedactedRequestLog()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.isRunning());
    HttpProbe http;
    const QJsonObject body {
        {QStringLiteral("provider"), QStringLiteral("byo-sip-trunk")},
        {QStringLiteral("name"), QString(QStringLiteral("leaky ") + QString::fromLatin1(VapiKey))},
        {QStringLiteral("gateways"), QJsonArray {QJsonObject {{QStringLiteral("ip"), QStringLiteral("203.0.113.10")}}}},
        {QStringLiteral("outboundAuthenticationPlan"),
         QJsonObject {{QStringLiteral("authPassword"), QStringLiteral("pw-secret-123")}}}};
    QCOMPARE(http.send("POST", sandbox.vapiUrl() + QStringLiteral("/credential"), VapiKey, body).status,
             400); // name too long
    QJsonObject ok = body;
    ok.insert(QStringLiteral("name"), QStringLiteral("trunk"));
    QCOMPARE(http.send("POST", sandbox.vapiUrl() + QStringLiteral("/credential"), VapiKey, ok).status, 201);
    http.get(sandbox.cloudonixUrl() + QStringLiteral("/customers/self"), CustomerKey);

    const auto log = http.get(sandbox.adminUrl() + QStringLiteral("/log"));
    QCOMPARE(log.status, 200);
    QCOMPARE(log.array().size(), 3);
    const QJsonObject first = log.array().first().toObject();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("/vapi/credential"));
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 400);
    QVERIFY(!log.body.contains(VapiKey));
    QVERIFY(!log.body.contains("pw-secret-123"));
    QVERIFY(log.body.contains("[redacted]"));

    const QJsonObject state = http.get(sandbox.adminUrl() + QStringLiteral("/state")).object();
    int trunks = 0;
    for (const QJsonValue &c :
         state.value(QStringLiteral("vapi")).toObject().value(QStringLiteral("credentials")).toArray())
        trunks += c.toObject().value(QStringLiteral("provider")).toString() == QLatin1String("byo-sip-trunk") ? 1 : 0;
    QCOMPARE(trunks, 1);
    QCOMPARE(state.value(QStringLiteral("cloudonix")).toObject().value(QStringLiteral("domains")).toArray().size(), 3);

    QCOMPARE(http.send("DELETE", sandbox.adminUrl() + QStringLiteral("/log")).status, 204);
    QCOMPARE(http.get(sandbox.adminUrl() + QStringLiteral("/log")).array().size(), 0);
    QCOMPARE(http.send("POST", sandbox.adminUrl() + QStringLiteral("/reset")).status, 204);
    QCOMPARE(http.get(sandbox.vapiUrl() + QStringLiteral("/credential"), VapiKey).array().size(),
             1); // back to the scenario
}

void TestSandboxServer::badArgumentsExitWithUsageError()
{
    for (const QStringList &args : {QStringList {QStringLiteral("--fault"), QStringLiteral("GET /x=teapot")},
                                    QStringList {QStringLiteral("--scenario"), QStringLiteral("/nonexistent.json")},
                                    QStringList {QStringLiteral("--latency"), QStringLiteral("soon")},
                                    QStringList {QStringLiteral("--rate-limit"), QStringLiteral("10")},
                                    QStringList {QStringLiteral("--rate-limit"), QStringLiteral("0/1000")},
                                    QStringList {QStringLiteral("--call-step"), QStringLiteral("0")}}) {
        QProcess p;
        p.start(SandboxProcess::executable(), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());
    }
}

void TestSandboxServer::unknownPrefix()
{
    SandboxProcess sandbox;
    HttpProbe http;
    const QString root = sandbox.vapiUrl().chopped(5);
    const auto r = http.get(root + QStringLiteral("/elsewhere"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QLatin1String("/vapi/")));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
