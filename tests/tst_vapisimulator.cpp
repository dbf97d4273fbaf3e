// Contract tests: api-contract.md section D, "Vapi fake", items 1-14, checked against the
// trunkwizard-sandbox process over HTTP.
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

using namespace tw::test;

namespace {

const QByteArray Key = "vapi-sandbox-key-0000-0000-000000000000";
const QString SupportBot = QStringLiteral("a1111111-1111-4111-8111-111111111111");

QJsonObject trunk(const QString &name = QStringLiteral("Cloudonix demo"))
{
    return QJsonObject {{QStringLiteral("provider"), QStringLiteral("byo-sip-trunk")},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("gateways"),
                         QJsonArray {QJsonObject {{QStringLiteral("ip"), QStringLiteral("abc.sip.cloudonix.net")},
                                                  {QStringLiteral("inboundEnabled"), false},
                                                  {QStringLiteral("optionsPingEnabled"), true}},
                                     QJsonObject {{QStringLiteral("ip"), QStringLiteral("203.0.113.10")},
                                                  {QStringLiteral("outboundEnabled"), false}}}},
                        {QStringLiteral("outboundLeadingPlusEnabled"), true},
                        {QStringLiteral("outboundAuthenticationPlan"),
                         QJsonObject {{QStringLiteral("authUsername"), QStringLiteral("user")},
                                      {QStringLiteral("authPassword"), QStringLiteral("secret-password")}}}};
}

bool isUuid(const QString &s)
{
    return QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
        .match(s)
        .hasMatch();
}

} // namespace

class TestVapiSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void d01_bearerCheckOnEveryRoute_data();
    void d01_bearerCheckOnEveryRoute();
    void d02_strictBodies();
    void d03_providerDiscriminatorRequired();
    void d04_statusCodes();
    void d05_uuidIds();
    void d06_credentialLimitsAndEcho();
    void d06_hostNameOnInboundGatewayIsRejected();
    void d06_legacyGatewaysSwitchAcceptsIt();
    void d07_credentialListMixesProviders();
    void d08_partialUpdateAndLegacyPut();
    void d09_byoNumberRules();
    void d10_listsArePlainArraysOf100();
    void d11_v2PhoneNumberPaging();
    void d12_patchAttachesAndDetachesAssistants();
    void d13_callsMoveThroughStatuses();
    void d13_scriptedEndedReasons_data();
    void d13_scriptedEndedReasons();

private:
    QString url(const QString &path) const { return m_sandbox->vapiUrl() + path; }
    QString createTrunk();
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpProbe m_http;
};

void TestVapiSimulator::initTestCase()
{
    // Calls move on every 100 ms (the default is 300): the same script, a third of the wait.
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--call-step"), QStringLiteral("100")});
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    QVERIFY(m_sandbox->vapiUrl().startsWith(QLatin1String("http://127.0.0.1:")));
}

QString TestVapiSimulator::createTrunk()
{
    const auto r = m_http.send("POST", url(QStringLiteral("/credential")), Key, trunk());
    return r.object().value(QStringLiteral("id")).toString();
}

void TestVapiSimulator::d01_bearerCheckOnEveryRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("key");
    for (const char *key : {"", "wrong-key"}) {
        const QByteArray k(key);
        const QString suffix = k.isEmpty() ? QStringLiteral(" (missing)") : QStringLiteral(" (wrong)");
        QTest::newRow(qPrintable(QStringLiteral("GET /credential") + suffix))
            << QByteArray("GET") << "/credential" << k;
        QTest::newRow(qPrintable(QStringLiteral("POST /credential") + suffix))
            << QByteArray("POST") << "/credential" << k;
        QTest::newRow(qPrintable(QStringLiteral("GET /phone-number") + suffix))
            << QByteArray("GET") << "/phone-number" << k;
        QTest::newRow(qPrintable(QStringLiteral("DELETE /phone-number/id") + suffix))
            << QByteArray("DELETE") << "/phone-number/00000000-0000-4000-8000-000000000000" << k;
        QTest::newRow(qPrintable(QStringLiteral("GET /assistant") + suffix)) << QByteArray("GET") << "/assistant" << k;
        QTest::newRow(qPrintable(QStringLiteral("POST /call") + suffix)) << QByteArray("POST") << "/call" << k;
    }
}

void TestVapiSimulator::d01_bearerCheckOnEveryRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, key);
    const auto r = m_http.send(method, url(path), key, QJsonObject {});
    QCOMPARE(r.status, 401); // never 403 for a bad key
    QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("Unauthorized"));
    QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), 401);
    QVERIFY(r.object().value(QStringLiteral("message")).toString().startsWith(QLatin1String("Invalid Key. Hot tip")));
}

void TestVapiSimulator::d02_strictBodies()
{
    QJsonObject body = trunk();
    body.insert(QStringLiteral("customer"), QStringLiteral("x"));
    body.insert(QStringLiteral("status"), QStringLiteral("active"));
    auto r = m_http.send("POST", url(QStringLiteral("/credential")), Key, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
    QVERIFY(r.object().value(QStringLiteral("message")).isArray());
    QVERIFY(r.messages().contains(QStringLiteral("property customer should not exist")));
    QVERIFY(r.messages().contains(QStringLiteral("property status should not exist")));

    body = trunk(QString(41, QLatin1Char('n')));
    QJsonArray gateways = body.value(QStringLiteral("gateways")).toArray();
    QJsonObject g = gateways.at(1).toObject();
    g.insert(QStringLiteral("outboundProtocol"), QStringLiteral("sctp"));
    g.insert(QStringLiteral("port"), 70000);
    gateways[1] = g;
    body.insert(QStringLiteral("gateways"), gateways);
    r = m_http.send("POST", url(QStringLiteral("/credential")), Key, body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.messages().contains(QStringLiteral("name must be shorter than or equal to 40 characters")));
    QVERIFY(r.messages().contains(QStringLiteral("gateways.1.port must not be greater than 65535")));
    QVERIFY(r.messages().contains(
        QStringLiteral("gateways.1.outboundProtocol must be one of the following values: udp, tcp, tls, tls/srtp")));
}

void TestVapiSimulator::d03_providerDiscriminatorRequired()
{
    QJsonObject body = trunk();
    body.remove(QStringLiteral("provider"));
    auto r = m_http.send("POST", url(QStringLiteral("/credential")), Key, body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.messages().join(QLatin1Char(' ')).contains(QLatin1String("provider must be one of")));
    r = m_http.send("POST", url(QStringLiteral("/phone-number")), Key,
                    QJsonObject {{QStringLiteral("number"), QStringLiteral("+12127773456")}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.messages().join(QLatin1Char(' ')).contains(QLatin1String("provider must be one of")));
}

void TestVapiSimulator::d04_statusCodes()
{
    auto created = m_http.send("POST", url(QStringLiteral("/credential")), Key, trunk());
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QCOMPARE(m_http.get(url(QStringLiteral("/credential/") + id), Key).status, 200);
    QCOMPARE(m_http
                 .send("PATCH", url(QStringLiteral("/credential/") + id), Key,
                       QJsonObject {{QStringLiteral("name"), QStringLiteral("x")}})
                 .status,
             200);
    auto deleted = m_http.send("DELETE", url(QStringLiteral("/credential/") + id), Key);
    QCOMPARE(deleted.status, 200); // with the deleted object, not 204
    QCOMPARE(deleted.object().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(m_http.get(url(QStringLiteral("/credential/") + id), Key).status, 404);
}

void TestVapiSimulator::d05_uuidIds()
{
    const QString id = createTrunk();
    QVERIFY(isUuid(id));
    auto bad = m_http.get(url(QStringLiteral("/credential/not-a-uuid")), Key);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Validation failed (uuid is expected)"));
    auto unknown = m_http.get(url(QStringLiteral("/phone-number/0f0f0f0f-0000-4000-8000-000000000000")), Key);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.object().value(QStringLiteral("error")).toString(), QStringLiteral("Not Found"));
}

void TestVapiSimulator::d06_credentialLimitsAndEcho()
{
    auto r = m_http.send("POST", url(QStringLiteral("/credential")), Key,
                         QJsonObject {{QStringLiteral("provider"), QStringLiteral("byo-sip-trunk")},
                                      {QStringLiteral("name"), QString()}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.messages().contains(QStringLiteral("gateways must be an array")));
    QVERIFY(r.messages().contains(QStringLiteral("name must be longer than or equal to 1 characters")));

    QJsonObject body = trunk();
    body.insert(QStringLiteral("gateways"),
                QJsonArray {QJsonObject {{QStringLiteral("port"), 0}, {QStringLiteral("netmask"), 23}}});
    r = m_http.send("POST", url(QStringLiteral("/credential")), Key, body);
    QVERIFY(r.messages().contains(QStringLiteral("gateways.0.ip must be a string")));
    QVERIFY(r.messages().contains(QStringLiteral("gateways.0.port must not be less than 1")));
    QVERIFY(r.messages().contains(QStringLiteral("gateways.0.netmask must not be less than 24")));

    r = m_http.send("POST", url(QStringLiteral("/credential")), Key, trunk());
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    for (const char *field : {"id", "orgId", "createdAt", "updatedAt", "provider"})
        QVERIFY2(o.contains(QLatin1String(field)), field);
    QVERIFY(!o.contains(QStringLiteral("status")));
    QVERIFY(!r.body.contains("secret-password")); // authPassword is write-only
    QCOMPARE(o.value(QStringLiteral("outboundAuthenticationPlan"))
                 .toObject()
                 .value(QStringLiteral("authUsername"))
                 .toString(),
             QStringLiteral("user"));
    // Gateways come back exactly as sent: no defaults filled in.
    QCOMPARE(o.value(QStringLiteral("gateways")).toArray(), trunk().value(QStringLiteral("gateways")).toArray());
}

void TestVapiSimulator::d06_hostNameOnInboundGatewayIsRejected()
{
    for (const QJsonObject &gateway : {QJsonObject {{QStringLiteral("ip"), QStringLiteral("abc.sip.cloudonix.net")}},
                                       QJsonObject {{QStringLiteral("ip"), QStringLiteral("abc.sip.cloudonix.net")},
                                                    {QStringLiteral("inboundEnabled"), true}}}) {
        QJsonObject body = trunk();
        body.insert(QStringLiteral("gateways"), QJsonArray {gateway});
        const auto r = m_http.send("POST", url(QStringLiteral("/credential")), Key, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Couldn't validate SIP trunk credential. SIP gateway creation failed."));
    }
    // And on update, too.
    const QString id = createTrunk();
    const auto r = m_http.send(
        "PATCH", url(QStringLiteral("/credential/") + id), Key,
        QJsonObject {{QStringLiteral("gateways"),
                      QJsonArray {QJsonObject {{QStringLiteral("ip"), QStringLiteral("x.example.com")}}}}});
    QCOMPARE(r.status, 400);
}

void TestVapiSimulator::d06_legacyGatewaysSwitchAcceptsIt()
{
    SandboxProcess legacy({QStringLiteral("--legacy-gateways")});
    QVERIFY2(legacy.isRunning(), qPrintable(legacy.error()));
    // cx-vcc's trunk: one gateway, just the host name.
    const QJsonObject body {
        {QStringLiteral("provider"), QStringLiteral("byo-sip-trunk")},
        {QStringLiteral("name"), QStringLiteral("My SIP Trunk")},
        {QStringLiteral("gateways"),
         QJsonArray {QJsonObject {
             {QStringLiteral("ip"), QStringLiteral("dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net")}}}}};
    const auto r = m_http.send("POST", legacy.vapiUrl() + QStringLiteral("/credential"), Key, body);
    QCOMPARE(r.status, 201);
}

void TestVapiSimulator::d07_credentialListMixesProviders()
{
    createTrunk();
    const auto r = m_http.get(url(QStringLiteral("/credential")), Key);
    QCOMPARE(r.status, 200);
    QSet<QString> providers;
    for (const QJsonValue &v : r.array())
        providers.insert(v.toObject().value(QStringLiteral("provider")).toString());
    QVERIFY(providers.contains(QStringLiteral("byo-sip-trunk")));
    QVERIFY(providers.contains(QStringLiteral("openai")));
}

void TestVapiSimulator::d08_partialUpdateAndLegacyPut()
{
    const QString id = createTrunk();
    auto r = m_http.send("PATCH", url(QStringLiteral("/credential/") + id), Key,
                         QJsonObject {{QStringLiteral("name"), QStringLiteral("Renamed")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(r.object().value(QStringLiteral("gateways")).toArray().size(), 2); // untouched
    QVERIFY(r.object().value(QStringLiteral("outboundLeadingPlusEnabled")).toBool());
    // The gateway list is replaced as a whole.
    r = m_http.send("PUT", url(QStringLiteral("/credential/") + id), Key,
                    QJsonObject {{QStringLiteral("gateways"),
                                  QJsonArray {QJsonObject {{QStringLiteral("ip"), QStringLiteral("198.51.100.1")}}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("gateways")).toArray().size(), 1);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
}

void TestVapiSimulator::d09_byoNumberRules()
{
    const QString credential = createTrunk();
    auto make = [&](const QJsonObject &extra) {
        QJsonObject body {{QStringLiteral("provider"), QStringLiteral("byo-phone-number")},
                          {QStringLiteral("credentialId"), credential}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return m_http.send("POST", url(QStringLiteral("/phone-number")), Key, body);
    };
    auto r = make({{QStringLiteral("number"), QStringLiteral("+12127770001")},
                   {QStringLiteral("credentialId"), QStringLiteral("c0000000-0000-4000-8000-00000000000a")}});
    QCOMPARE(r.status, 400); // the openai credential is not a SIP trunk
    QVERIFY(r.messages().join(QLatin1Char(' ')).contains(QLatin1String("byo-sip-trunk")));
    r = make({{QStringLiteral("number"), QStringLiteral("2127770001")}}); // E.164 check on by default
    QCOMPARE(r.status, 400);
    QVERIFY(r.messages().contains(QStringLiteral("number must be a valid phone number in the E.164 format")));
    r = make(
        {{QStringLiteral("number"), QStringLiteral("2127770001")}, {QStringLiteral("numberE164CheckEnabled"), false}});
    QCOMPARE(r.status, 201); // loose pattern with the check off
    r = make({{QStringLiteral("number"), QStringLiteral("212-777-0002")},
              {QStringLiteral("numberE164CheckEnabled"), false}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.messages().first().contains(QLatin1String("regular expression")));
    r = make({{QStringLiteral("number"), QStringLiteral("+12127770003")},
              {QStringLiteral("name"), QString(41, QLatin1Char('x'))}});
    QCOMPARE(r.status, 400);
    r = make({{QStringLiteral("number"), QStringLiteral("+12127770004")},
              {QStringLiteral("name"), QStringLiteral("[demo] +12127770004")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(!r.object().contains(QStringLiteral("sipUri")));
    QCOMPARE(make({{QStringLiteral("number"), QStringLiteral("+12127770004")}}).status, 400); // already in use
}

void TestVapiSimulator::d10_listsArePlainArraysOf100()
{
    QTemporaryFile scenario;
    QVERIFY(scenario.open());
    scenario.write(R"({"vapi": {"apiKeys": ["k-1234567890"], "generate": {"assistants": 150, "phoneNumbers": 120},
                      "credentials": [{"provider": "openai", "name": "x"}],
                      "phoneNumbers": [{"provider": "byo-phone-number", "number": "+12127773456", "credentialId": "c"}]}})");
    scenario.close();
    SandboxProcess big({QStringLiteral("--scenario"), scenario.fileName()});
    QVERIFY2(big.isRunning(), qPrintable(big.error()));
    auto r = m_http.get(big.vapiUrl() + QStringLiteral("/assistant"), "k-1234567890");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 100);
    r = m_http.get(big.vapiUrl() + QStringLiteral("/assistant?limit=1000"), "k-1234567890");
    QCOMPARE(r.array().size(), 150);
    bool unnamed = false;
    for (const QJsonValue &v : m_http.get(url(QStringLiteral("/assistant")), Key).array())
        unnamed |= !v.toObject().contains(QStringLiteral("name"));
    QVERIFY(unnamed); // assistants without a name exist
    QCOMPARE(m_http.get(big.vapiUrl() + QStringLiteral("/assistant?limit=1001"), "k-1234567890").status, 400);
    r = m_http.get(big.vapiUrl() + QStringLiteral("/phone-number?limit=1000"), "k-1234567890");
    QCOMPARE(r.array().size(), 121);
    QSet<QString> providers;
    for (const QJsonValue &v : r.array()) {
        const QJsonObject n = v.toObject();
        providers.insert(n.value(QStringLiteral("provider")).toString());
        if (n.value(QStringLiteral("provider")).toString() == QLatin1String("vapi")) {
            QVERIFY(n.contains(QStringLiteral("sipUri")));
            QVERIFY(!n.contains(QStringLiteral("credentialId")));
        }
    }
    QCOMPARE(providers.size(), 2);
    // Newest first, and createdAt filters narrow the list.
    const QJsonArray page
        = m_http.get(big.vapiUrl() + QStringLiteral("/phone-number?limit=10"), "k-1234567890").array();
    QVERIFY(page.first().toObject().value(QStringLiteral("createdAt")).toString()
            > page.last().toObject().value(QStringLiteral("createdAt")).toString());
    const QString oldest = page.last().toObject().value(QStringLiteral("createdAt")).toString();
    const QJsonArray older
        = m_http.get(big.vapiUrl() + QStringLiteral("/phone-number?limit=1000&createdAtLt=") + oldest, "k-1234567890")
              .array();
    QCOMPARE(older.size(), 111);
}

void TestVapiSimulator::d11_v2PhoneNumberPaging()
{
    const QString credential = createTrunk();
    for (int i = 0; i < 5; ++i)
        m_http.send("POST", url(QStringLiteral("/phone-number")), Key,
                    QJsonObject {{QStringLiteral("provider"), QStringLiteral("byo-phone-number")},
                                 {QStringLiteral("credentialId"), credential},
                                 {QStringLiteral("number"), QStringLiteral("+1212777810%1").arg(i)}});
    const auto all = m_http.get(url(QStringLiteral("/phone-number?limit=1000")), Key).array();
    const auto r = m_http.get(url(QStringLiteral("/v2/phone-number?page=2&limit=2")), Key);
    QCOMPARE(r.status, 200);
    const QJsonObject meta = r.object().value(QStringLiteral("metadata")).toObject();
    QCOMPARE(meta.value(QStringLiteral("itemsPerPage")).toInt(), 2);
    QCOMPARE(meta.value(QStringLiteral("currentPage")).toInt(), 2);
    QCOMPARE(meta.value(QStringLiteral("totalItems")).toInt(), all.size());
    QCOMPARE(r.object().value(QStringLiteral("results")).toArray().size(), 2);
    QCOMPARE(r.object().value(QStringLiteral("results")).toArray().first(), all.at(2));
}

void TestVapiSimulator::d12_patchAttachesAndDetachesAssistants()
{
    const QString credential = createTrunk();
    const auto created = m_http.send("POST", url(QStringLiteral("/phone-number")), Key,
                                     QJsonObject {{QStringLiteral("provider"), QStringLiteral("byo-phone-number")},
                                                  {QStringLiteral("credentialId"), credential},
                                                  {QStringLiteral("number"), QStringLiteral("+12127779999")}});
    const QString id = created.object().value(QStringLiteral("id")).toString();
    auto r = m_http.send("PATCH", url(QStringLiteral("/phone-number/") + id), Key,
                         QJsonObject {{QStringLiteral("assistantId"), SupportBot}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("assistantId")).toString(), SupportBot);
    r = m_http.send("PATCH", url(QStringLiteral("/phone-number/") + id), Key,
                    QJsonObject {{QStringLiteral("provider"), QStringLiteral("byo-phone-number")},
                                 {QStringLiteral("assistantId"), QJsonValue::Null}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().contains(QStringLiteral("assistantId")));
    QVERIFY(
        !m_http.get(url(QStringLiteral("/phone-number/") + id), Key).object().contains(QStringLiteral("assistantId")));
}

void TestVapiSimulator::d13_callsMoveThroughStatuses()
{
    const auto numbers = m_http.get(url(QStringLiteral("/phone-number")), Key).array();
    const QString numberId = numbers.last().toObject().value(QStringLiteral("id")).toString();
    for (const QString &path : {QStringLiteral("/call"), QStringLiteral("/call/phone")}) {
        const auto created
            = m_http.send("POST", url(path), Key,
                          QJsonObject {{QStringLiteral("assistantId"), SupportBot},
                                       {QStringLiteral("phoneNumberId"), numberId},
                                       {QStringLiteral("customer"),
                                        QJsonObject {{QStringLiteral("number"), QStringLiteral("+12125550123")}}}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QStringList seen;
        for (int i = 0; i < 200 && !seen.contains(QStringLiteral("ended")); ++i) {
            const QString status = m_http.get(url(QStringLiteral("/call/") + id), Key)
                                       .object()
                                       .value(QStringLiteral("status"))
                                       .toString();
            if (seen.isEmpty() || seen.last() != status)
                seen << status;
            QThread::msleep(20); // well inside each 100 ms stage
        }
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("queued"), QStringLiteral("ringing"), QStringLiteral("in-progress"),
                               QStringLiteral("ended")}));
        QCOMPARE(m_http.get(url(QStringLiteral("/call/") + id), Key)
                     .object()
                     .value(QStringLiteral("endedReason"))
                     .toString(),
                 QStringLiteral("customer-ended-call"));
    }
}

void TestVapiSimulator::d13_scriptedEndedReasons_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("reason");
    QTest::newRow("0403") << "+12125550403"
                          << "call.in-progress.error-providerfault-outbound-sip-403-forbidden";
    QTest::newRow("0407") << "+12125550407"
                          << "call.in-progress.error-providerfault-outbound-sip-407-proxy-authentication-required";
    QTest::newRow("0486") << "+12125550486"
                          << "customer-busy";
    QTest::newRow("0480") << "+12125550480"
                          << "call.in-progress.error-sip-outbound-call-failed-to-connect";
}

void TestVapiSimulator::d13_scriptedEndedReasons()
{
    QFETCH(QString, number);
    QFETCH(QString, reason);
    const QString numberId = m_http.get(url(QStringLiteral("/phone-number")), Key)
                                 .array()
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    const auto created
        = m_http.send("POST", url(QStringLiteral("/call")), Key,
                      QJsonObject {{QStringLiteral("assistantId"), SupportBot},
                                   {QStringLiteral("phoneNumberId"), numberId},
                                   {QStringLiteral("customer"), QJsonObject {{QStringLiteral("number"), number}}}});
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QJsonObject call;
    for (int i = 0; i < 100; ++i) {
        call = m_http.get(url(QStringLiteral("/call/") + id), Key).object();
        if (call.value(QStringLiteral("status")).toString() == QLatin1String("ended"))
            break;
        QVERIFY(call.value(QStringLiteral("status")).toString() != QLatin1String("in-progress")); // never answered
        QThread::msleep(20);
    }
    QCOMPARE(call.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
    QCOMPARE(call.value(QStringLiteral("endedReason")).toString(), reason);
}

QTEST_GUILESS_MAIN(TestVapiSimulator)
#include "tst_vapisimulator.moc"
