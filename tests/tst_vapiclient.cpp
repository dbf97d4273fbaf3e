#include "api/ApiLogging.h"
#include "api/CaBundle.h"
#include "api/HttpTransport.h"
#include "api/VapiClient.h"
#include "sandbox/SandboxServer.h"
#include "support/FakeApiServer.h"
#include "support/ResultWaiter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

using namespace tw;
using tw::test::FakeApiServer;
using tw::test::ResultWaiter;

namespace {

const QString Key = QStringLiteral("vapi-private-key-3f2a9c1e-7d41-4b8e-a0f5-1c2d3e4f5a6b");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString stamp(int i)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(i * 60).toString(Qt::ISODateWithMs);
}

// Serves `total` items as Vapi does: a plain array, at most `limit`, honouring createdAtLe/Ge,
// newest first (or oldest first when ascending).
void serveList(FakeApiServer &server, const QString &path, int total, bool ascending, int maxLimit = 1000)
{
    server.on("GET", path, [total, ascending, maxLimit](HttpExchange &ex, const QRegularExpressionMatch &) {
        const int limit = ex.query().queryItemValue(QStringLiteral("limit")).toInt();
        if (limit > maxLimit) {
            ex.respondJson(400,
                           QJsonObject {{QStringLiteral("message"),
                                         QJsonArray {QStringLiteral("limit must not be greater than 1000")}}});
            return;
        }
        const QString le = ex.query().queryItemValue(QStringLiteral("createdAtLe"));
        const QString ge = ex.query().queryItemValue(QStringLiteral("createdAtGe"));
        QList<int> indices;
        for (int i = 0; i < total; ++i) {
            if (!le.isEmpty() && stamp(i) > le)
                continue;
            if (!ge.isEmpty() && stamp(i) < ge)
                continue;
            indices << i;
        }
        if (!ascending)
            std::reverse(indices.begin(), indices.end());
        QJsonArray out;
        for (int i : std::as_const(indices)) {
            if (out.size() >= (limit > 0 ? limit : 100))
                break;
            out.append(QJsonObject {
                {QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'))},
                {QStringLiteral("provider"), i % 7 == 0 ? QStringLiteral("vapi") : QStringLiteral("byo-phone-number")},
                {QStringLiteral("number"), QStringLiteral("+1212777%1").arg(i, 4, 10, QLatin1Char('0'))},
                {QStringLiteral("name"), QStringLiteral("item %1").arg(i)},
                {QStringLiteral("createdAt"), stamp(i)}});
        }
        ex.respondJson(200, out);
    });
}

} // namespace

class TestVapiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsBearerKeyAndJson();
    void credentialLifecycle();
    void hostNameOnInboundGatewayIsAValidationError();
    void updateSendsFullGatewayListAndKeepsUnknownFields();
    void listCredentialsKeepsOnlySipTrunks();
    void phoneNumbersArePagedPastTheDefault_data();
    void phoneNumbersArePagedPastTheDefault();
    void assistantsArePaged();
    void createPhoneNumberBody();
    void patchDetachesAssistantWithNull();
    void callLifecycle();

    void errorKinds_data();
    void errorKinds();
    void errorKindsFromTheSandbox();
    void validationKeepsServerMessages();
    void getIsRetriedOn503();
    void postIsNeverRetriedOn503();
    void rateLimitHonoursRetryAfterDate();
    void getTimesOutAfterThreeTries();
    void postTimesOutOnce();
    void droppedConnectionIsNetworkError();
    void malformedJsonIsBadResponse();
    void wrongTypesAreABadResponseNamingTheField();
    void oversizedAnswerIsStoppedAsItArrives();
    void endlessAnswerIsStoppedAsItArrives();
    void endlessHeadersAreStopped();
    void refusedConnectionIsNetworkError();
    void tlsFailureIsReported();
    void plainServerBehindHttpsIsNotACertificateProblem();
    void plainHttpToRemoteHostIsRefused();
    void abortGivesCancelled();
    void deleteRetryFinding404IsSuccess();
    void logNeverContainsKey();

private:
    // Most tests talk to the sandbox (the simulated Vapi); a scripted server covers answers the
    // simulator never gives (redirects, 409, a key echoed back, an oldest-first list).
    void useSandbox(const QJsonObject &vapiScenario = {});
    int sandboxCount(const QByteArray &method, const QString &pathPrefix) const;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<VapiClient> m_client;
    int &serveEndlessly(QTcpServer &server, const QByteArray &head, const QByteArray &filler);
    int m_connections = 0;
};

void TestVapiClient::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->port() > 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<VapiClient>(m_nam.get());
    m_client->setBaseUrl(QUrl(m_server->baseUrl()));
    m_client->setApiKey(Key);
    RetryPolicy fast;
    fast.baseDelay = std::chrono::milliseconds(20);
    m_client->transport()->setRetryPolicy(fast);
}

void TestVapiClient::useSandbox(const QJsonObject &vapiScenario)
{
    SandboxScenario scenario = SandboxScenario::builtIn();
    if (!vapiScenario.isEmpty()) {
        QString error;
        QVERIFY(SandboxScenario::fromJson(QJsonDocument(QJsonObject {{QStringLiteral("vapi"), vapiScenario}}).toJson(),
                                          &scenario, &error));
    }
    m_sandbox = std::make_unique<SandboxServer>(scenario);
    QVERIFY(m_sandbox->start());
    m_client->setBaseUrl(QUrl(m_sandbox->vapiUrl()));
    m_client->setApiKey(scenario.vapiKey());
}

int TestVapiClient::sandboxCount(const QByteArray &method, const QString &pathPrefix) const
{
    int n = 0;
    for (const RequestLogEntry &e : m_sandbox->requestLog())
        n += e.method == method && e.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

void TestVapiClient::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_nam.reset();
    m_server.reset();
}

void TestVapiClient::sendsBearerKeyAndJson()
{
    m_server->onJson("GET", QStringLiteral("/assistant"), 200, QJsonArray {});
    ResultWaiter<ApiDone> done;
    m_client->verifyKey(this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(done.ok());
    QCOMPARE(m_server->log().size(), 1);
    QCOMPARE(m_server->log().first().authorization, "Bearer " + Key.toUtf8());
    QCOMPARE(m_server->log().first().query, QStringLiteral("limit=1"));
}

void TestVapiClient::credentialLifecycle()
{
    useSandbox();
    VapiCredential wanted;
    wanted.name = QStringLiteral("Cloudonix demo");
    VapiGateway outbound;
    outbound.ip = QStringLiteral("6f1c2a3b-4d5e-4f60-8172-8394a5b6c7d8.sip.cloudonix.net");
    outbound.inboundEnabled = false;
    outbound.optionsPingEnabled = true;
    VapiGateway inbound;
    inbound.ip = QStringLiteral("203.0.113.10");
    inbound.netmask = 32;
    inbound.outboundEnabled = false;
    wanted.gateways = {outbound, inbound};
    wanted.outboundLeadingPlusEnabled = true;

    ResultWaiter<VapiCredential> created;
    m_client->createCredential(wanted, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.ok(), qPrintable(created.error().details()));
    const QString id = created.value().id;
    QCOMPARE(id.size(), 36);
    QCOMPARE(created.value().gateways.size(), 2);
    QVERIFY(!created.value().gateways.at(0).inbound());
    QVERIFY(created.value().gateways.at(0).optionsPing());
    QVERIFY(created.value().leadingPlus());

    ResultWaiter<VapiCredential> got;
    m_client->getCredential(id, this, got.callback());
    QVERIFY(got.wait());
    QVERIFY(got.ok());
    QCOMPARE(got.value().name, QStringLiteral("Cloudonix demo"));

    // Read, edit, write back the whole list.
    VapiCredential edited = got.value();
    VapiGateway second;
    second.ip = QStringLiteral("198.51.100.7");
    second.outboundEnabled = false;
    edited.gateways << second;
    ResultWaiter<VapiCredential> updated;
    m_client->updateCredential(edited, this, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY2(updated.ok(), qPrintable(updated.error().details()));
    QCOMPARE(updated.value().gateways.size(), 3);

    ResultWaiter<QList<VapiCredential>> list;
    m_client->listSipTrunkCredentials(this, list.callback());
    QVERIFY(list.wait());
    QCOMPARE(list.value().size(), 1); // the scenario's openai credential is filtered out

    ResultWaiter<VapiCredential> deleted;
    m_client->deleteCredential(id, this, deleted.callback());
    QVERIFY(deleted.wait());
    QVERIFY(deleted.ok());
    QCOMPARE(deleted.value().id, id);
    QCOMPARE(sandboxCount("POST", QStringLiteral("/vapi/credential")), 1);
}

void TestVapiClient::hostNameOnInboundGatewayIsAValidationError()
{
    useSandbox();
    VapiCredential cxVccStyle; // one gateway, host name, inbound left on: what current Vapi refuses
    cxVccStyle.name = QStringLiteral("My SIP Trunk");
    VapiGateway g;
    g.ip = QStringLiteral("6f1c2a3b-4d5e-4f60-8172-8394a5b6c7d8.sip.cloudonix.net");
    cxVccStyle.gateways = {g};
    ResultWaiter<VapiCredential> r;
    m_client->createCredential(cxVccStyle, this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.error().kind(), ApiError::Kind::Validation);
    QVERIFY(r.error().userMessage().contains(QLatin1String("SIP gateway creation failed")));
}

void TestVapiClient::updateSendsFullGatewayListAndKeepsUnknownFields()
{
    const QString id = uuid();
    // As if a gateway had been added in the Vapi dashboard, with a field this version does not know.
    const QJsonObject stored {{QStringLiteral("id"), id},
                              {QStringLiteral("provider"), QStringLiteral("byo-sip-trunk")},
                              {QStringLiteral("name"), QStringLiteral("trunk")},
                              {QStringLiteral("outboundAuthenticationPlan"),
                               QJsonObject {{QStringLiteral("authUsername"), QStringLiteral("u")}}},
                              {QStringLiteral("gateways"),
                               QJsonArray {QJsonObject {{QStringLiteral("ip"), QStringLiteral("abc.sip.cloudonix.net")},
                                                        {QStringLiteral("inboundEnabled"), false}},
                                           QJsonObject {{QStringLiteral("ip"), QStringLiteral("198.51.100.7")},
                                                        {QStringLiteral("futureFlag"), QStringLiteral("x")}}}}};
    m_server->onJson("GET", QStringLiteral("/credential/") + id, 200, stored);
    m_server->on("PATCH", QStringLiteral("/credential/") + id,
                 [stored](HttpExchange &ex, const QRegularExpressionMatch &) {
                     QJsonObject o = stored;
                     const QJsonObject patch = json(ex.body());
                     for (auto it = patch.begin(); it != patch.end(); ++it)
                         o.insert(it.key(), it.value());
                     ex.respondJson(200, o);
                 });

    ResultWaiter<VapiCredential> got;
    m_client->getCredential(id, this, got.callback());
    QVERIFY(got.wait());
    VapiCredential edited = got.value();
    QVERIFY(edited.hasOutboundAuthentication);
    VapiGateway added;
    added.ip = QStringLiteral("203.0.113.10");
    added.outboundEnabled = false;
    edited.gateways << added;
    edited.outboundLeadingPlusEnabled = true;

    ResultWaiter<VapiCredential> updated;
    m_client->updateCredential(edited, this, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY(updated.ok());
    const QJsonObject patch = json(m_server->log().last().body);
    const QJsonArray gateways = patch.value(QStringLiteral("gateways")).toArray();
    QCOMPARE(gateways.size(), 3);
    QCOMPARE(gateways.at(1).toObject().value(QStringLiteral("futureFlag")).toString(), QStringLiteral("x"));
    QVERIFY(!patch.contains(QStringLiteral("outboundAuthenticationPlan"))); // left as it is at Vapi
    QVERIFY(!patch.contains(QStringLiteral("id")));
    QCOMPARE(updated.value().gateways.size(), 3);
}

void TestVapiClient::listCredentialsKeepsOnlySipTrunks()
{
    m_server->onJson("GET", QStringLiteral("/credential"), 200,
                     QJsonArray {QJsonObject {{QStringLiteral("id"), uuid()},
                                              {QStringLiteral("provider"), QStringLiteral("openai")}},
                                 QJsonObject {{QStringLiteral("id"), uuid()},
                                              {QStringLiteral("provider"), QStringLiteral("byo-sip-trunk")},
                                              {QStringLiteral("name"), QStringLiteral("A")},
                                              {QStringLiteral("gateways"), QJsonArray {}}}});
    ResultWaiter<QList<VapiCredential>> list;
    m_client->listSipTrunkCredentials(this, list.callback());
    QVERIFY(list.wait());
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value().first().name, QStringLiteral("A"));
}

void TestVapiClient::phoneNumbersArePagedPastTheDefault_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("ascending");
    QTest::newRow("250 newest first") << 250 << false;
    QTest::newRow("250 oldest first") << 250 << true;
    QTest::newRow("exactly one page") << 100 << false;
    QTest::newRow("fewer than a page") << 42 << false;
    QTest::newRow("none") << 0 << false;
}

void TestVapiClient::phoneNumbersArePagedPastTheDefault()
{
    QFETCH(int, total);
    QFETCH(bool, ascending);
    if (ascending) {
        serveList(*m_server, QStringLiteral("/phone-number"), total, ascending); // the sandbox lists newest first
    } else {
        useSandbox(QJsonObject {{QStringLiteral("apiKeys"), QJsonArray {QString::fromLatin1("k-0123456789")}},
                                {QStringLiteral("generate"), QJsonObject {{QStringLiteral("phoneNumbers"), total}}}});
    }
    m_client->setPageLimit(100);
    ResultWaiter<QList<VapiPhoneNumber>> list;
    m_client->listPhoneNumbers(this, list.callback());
    QVERIFY(list.wait());
    QVERIFY2(list.ok(), qPrintable(list.error().details()));
    QCOMPARE(list.value().size(), total);
    QSet<QString> ids;
    for (const VapiPhoneNumber &n : list.value())
        ids.insert(n.id);
    QCOMPARE(ids.size(), total);
    const int gets = ascending ? m_server->count("GET") : sandboxCount("GET", QStringLiteral("/vapi/phone-number"));
    QVERIFY(gets >= (total + 99) / 100);
}

void TestVapiClient::assistantsArePaged()
{
    useSandbox(QJsonObject {{QStringLiteral("apiKeys"), QJsonArray {QString::fromLatin1("k-0123456789")}},
                            {QStringLiteral("generate"), QJsonObject {{QStringLiteral("assistants"), 1234}}}});
    ResultWaiter<QList<VapiAssistant>> list;
    m_client->listAssistants(this, list.callback()); // default page limit 1000
    QVERIFY(list.wait(10000));
    QVERIFY2(list.ok(), qPrintable(list.error().details()));
    QCOMPARE(list.value().size(), 1234);
    QCOMPARE(m_sandbox->requestLog().first().query, QStringLiteral("limit=1000"));
}

void TestVapiClient::createPhoneNumberBody()
{
    useSandbox();
    VapiCredential trunk;
    trunk.name = QStringLiteral("t");
    VapiGateway g;
    g.ip = QStringLiteral("203.0.113.10");
    trunk.gateways = {g};
    ResultWaiter<VapiCredential> credential;
    m_client->createCredential(trunk, this, credential.callback());
    QVERIFY(credential.wait());

    VapiPhoneNumber n;
    n.number = QStringLiteral("+12127773456");
    n.credentialId = credential.value().id;
    n.name = QStringLiteral("[demo] +12127773456");
    n.assistantId = QStringLiteral("a1111111-1111-4111-8111-111111111111");
    ResultWaiter<VapiPhoneNumber> created;
    m_client->createPhoneNumber(n, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.ok(), qPrintable(created.error().details()));
    QCOMPARE(created.value().status, QStringLiteral("active"));
    QCOMPARE(created.value().assistantId, n.assistantId);
    QCOMPARE(created.value().numberE164CheckEnabled, std::optional<bool>(false));
    QVERIFY(created.value().isByo());

    VapiPhoneNumber sip;
    sip.provider = VapiPhoneNumber::VapiProvider;
    sip.sipUri = QStringLiteral("sip:+12127773456@sip.vapi.ai");
    ResultWaiter<VapiPhoneNumber> createdSip;
    m_client->createPhoneNumber(sip, this, createdSip.callback());
    QVERIFY(createdSip.wait());
    QVERIFY2(createdSip.ok(), qPrintable(createdSip.error().details())); // strict server: no stray fields sent
    QVERIFY(createdSip.value().isSipUri());
}

void TestVapiClient::patchDetachesAssistantWithNull()
{
    useSandbox();
    const QString id = QStringLiteral("b0000000-0000-4000-8000-00000000000b"); // the scenario's SIP URI number
    VapiPhoneNumberPatch patch;
    patch.provider = VapiPhoneNumber::VapiProvider;
    patch.assistantId = QString();
    ResultWaiter<VapiPhoneNumber> done;
    m_client->updatePhoneNumber(id, patch, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY2(done.ok(), qPrintable(done.error().details()));
    QVERIFY(done.value().assistantId.isEmpty());
    QVERIFY(m_sandbox->requestLog().last().body.contains(QLatin1String("\"assistantId\":null")));
}

void TestVapiClient::callLifecycle()
{
    useSandbox();
    VapiCallRequest request {QStringLiteral("a1111111-1111-4111-8111-111111111111"),
                             QStringLiteral("b0000000-0000-4000-8000-00000000000b"), QStringLiteral("+12125550403")};
    ResultWaiter<VapiCall> created;
    m_client->createCall(request, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.ok(), qPrintable(created.error().details()));
    QCOMPARE(created.value().status, QStringLiteral("queued"));
    QCOMPARE(created.value().customerNumber, QStringLiteral("+12125550403"));
    VapiCall last;
    for (int i = 0; i < 30 && !last.isEnded(); ++i) {
        QTest::qWait(100);
        ResultWaiter<VapiCall> polled;
        m_client->getCall(created.value().id, this, polled.callback());
        QVERIFY(polled.wait());
        last = polled.value();
    }
    QVERIFY(last.isEnded());
    QVERIFY(last.endedReason.contains(QLatin1String("outbound-sip-403")));
}

void TestVapiClient::errorKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("401")
        << 401
        << QByteArray(
               R"({"message":"Invalid Key. Hot tip, you may be using the private key instead of the public key, or vice versa.","error":"Unauthorized","statusCode":401})")
        << ApiError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << QByteArray(R"({"message":"Forbidden","statusCode":403})")
                         << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404
                         << QByteArray(R"({"message":"Credential not found","error":"Not Found","statusCode":404})")
                         << ApiError::Kind::NotFound;
    QTest::newRow("409") << 409 << QByteArray(R"({"error":"assistant_pinned","message":"pinned"})")
                         << ApiError::Kind::Conflict;
    QTest::newRow("422") << 422 << QByteArray(R"({"message":["bad"]})") << ApiError::Kind::Validation;
    QTest::newRow("500") << 500 << QByteArray("<html>oops</html>") << ApiError::Kind::Server;
    QTest::newRow("429 after retries") << 429 << QByteArray("{}") << ApiError::Kind::RateLimited;
    QTest::newRow("redirect") << 302 << QByteArray() << ApiError::Kind::BadResponse;
}

void TestVapiClient::errorKinds()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    m_server->on("GET", QStringLiteral("/credential/.*"),
                 [status, body](HttpExchange &ex, const QRegularExpressionMatch &) {
                     ex.respond(status, body, "application/json",
                                {{"Retry-After", "0"}, {"Location", "https://elsewhere.example/steal"}});
                 });
    ResultWaiter<VapiCredential> r;
    m_client->getCredential(uuid(), this, r.callback());
    QVERIFY(r.wait());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), kind);
    QCOMPARE(r.error().httpStatus(), status);
    QCOMPARE(r.error().system(), ApiError::System::Vapi);
    QCOMPARE(r.error().method(), QStringLiteral("GET"));
    QVERIFY(r.error().path().startsWith(QLatin1String("/credential/")));
    QVERIFY2(r.error().userMessage().contains(QLatin1String("Vapi")), qPrintable(r.error().userMessage()));
    QVERIFY(r.error().details().contains(QString::number(status)));
    QCOMPARE(m_server->count("GET"), status == 429 ? 3 : 1); // only 429 is retried here
    QCOMPARE(r.error().attempts(), status == 429 ? 3 : 1);
}

void TestVapiClient::errorKindsFromTheSandbox()
{
    useSandbox();
    ResultWaiter<VapiCredential> notFound;
    m_client->getCredential(QStringLiteral("0f0f0f0f-0000-4000-8000-000000000000"), this, notFound.callback());
    QVERIFY(notFound.wait());
    QCOMPARE(notFound.error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(notFound.error().serverMessage(), QStringLiteral("Credential not found"));

    VapiCredential tooLong;
    tooLong.name = QString(41, QLatin1Char('n'));
    VapiGateway g;
    g.ip = QStringLiteral("203.0.113.10");
    tooLong.gateways = {g};
    ResultWaiter<VapiCredential> invalid;
    m_client->createCredential(tooLong, this, invalid.callback());
    QVERIFY(invalid.wait());
    QCOMPARE(invalid.error().kind(), ApiError::Kind::Validation);
    QCOMPARE(invalid.error().serverMessages(),
             QStringList {QStringLiteral("name must be shorter than or equal to 40 characters")});

    m_client->setApiKey(QStringLiteral("a-public-key-by-mistake"));
    ResultWaiter<ApiDone> unauthorized;
    m_client->verifyKey(this, unauthorized.callback());
    QVERIFY(unauthorized.wait());
    QCOMPARE(unauthorized.error().kind(), ApiError::Kind::Unauthorized);
    QVERIFY(unauthorized.error().serverMessage().startsWith(QLatin1String("Invalid Key")));
}

void TestVapiClient::validationKeepsServerMessages()
{
    m_server->onJson("POST", QStringLiteral("/credential"), 400,
                     QJsonObject {{QStringLiteral("message"),
                                   QJsonArray {QStringLiteral("name must be shorter than or equal to 40 characters"),
                                               QStringLiteral("property foo should not exist")}},
                                  {QStringLiteral("error"), QStringLiteral("Bad Request")},
                                  {QStringLiteral("statusCode"), 400}});
    ResultWaiter<VapiCredential> r;
    m_client->createCredential(VapiCredential {}, this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.error().kind(), ApiError::Kind::Validation);
    QCOMPARE(r.error().serverMessages().size(), 2);
    QVERIFY(r.error().userMessage().contains(QLatin1String("shorter than or equal to 40")));
    QVERIFY(r.error().userMessage().startsWith(QLatin1String("Vapi rejected")));
}

void TestVapiClient::getIsRetriedOn503()
{
    useSandbox();
    FaultRule fault;
    QString error;
    QVERIFY(FaultRule::parse(QStringLiteral("GET /vapi/phone-number/*=503x2"), &fault, &error));
    m_sandbox->addFault(fault);
    ResultWaiter<VapiPhoneNumber> r;
    ApiCall *call
        = m_client->getPhoneNumber(QStringLiteral("b0000000-0000-4000-8000-00000000000b"), this, r.callback());
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QVERIFY(r.wait());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(sandboxCount("GET", QStringLiteral("/vapi/phone-number/")), 3);
    QCOMPARE(retries.size(), 2);
}

void TestVapiClient::postIsNeverRetriedOn503()
{
    useSandbox();
    FaultRule fault;
    QString error;
    QVERIFY(FaultRule::parse(QStringLiteral("POST /vapi/phone-number=503"), &fault, &error));
    m_sandbox->addFault(fault);
    ResultWaiter<VapiPhoneNumber> r;
    m_client->createPhoneNumber(VapiPhoneNumber {}, this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.error().kind(), ApiError::Kind::Server);
    QTest::qWait(100); // a blind retry would arrive within the 20 ms backoff
    QCOMPARE(sandboxCount("POST", QStringLiteral("/vapi/phone-number")), 1);
}

void TestVapiClient::rateLimitHonoursRetryAfterDate()
{
    // The date form has one-second resolution: ask for "now + 2 s" and expect a wait of 1-2 s.
    int calls = 0;
    m_server->on("POST", QStringLiteral("/phone-number"), [&calls](HttpExchange &ex, const QRegularExpressionMatch &) {
        if (++calls == 1) {
            const QByteArray when = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                        .toLatin1();
            ex.respond(429, R"({"message":"slow down"})", "application/json", {{"Retry-After", when}});
        } else {
            ex.respondJson(201, QJsonObject {{QStringLiteral("id"), QStringLiteral("n1")}});
        }
    });
    ResultWaiter<VapiPhoneNumber> r;
    m_client->createPhoneNumber(VapiPhoneNumber {}, this, r.callback()); // a POST: 429 is safe to retry
    QVERIFY(r.wait(5000));
    QVERIFY(r.ok());
    QCOMPARE(calls, 2);
    const qint64 gap = m_server->log().at(1).atMs - m_server->log().at(0).atMs;
    QVERIFY2(gap >= 900 && gap <= 2600, qPrintable(QString::number(gap)));
}

void TestVapiClient::getTimesOutAfterThreeTries()
{
    useSandbox();
    FaultRule fault;
    QString error;
    QVERIFY(FaultRule::parse(QStringLiteral("GET /vapi/assistant=timeout"), &fault, &error));
    m_sandbox->addFault(fault);
    m_client->transport()->setTimeout(std::chrono::milliseconds(200));
    ResultWaiter<QList<VapiAssistant>> r;
    m_client->listAssistants(this, r.callback());
    QVERIFY(r.wait(5000));
    QCOMPARE(r.error().kind(), ApiError::Kind::Timeout);
    QCOMPARE(r.error().attempts(), 3);
    QCOMPARE(sandboxCount("GET", QStringLiteral("/vapi/assistant")), 3);
    QVERIFY(r.error().userMessage().contains(QLatin1String("did not answer")));
}

void TestVapiClient::postTimesOutOnce()
{
    useSandbox();
    FaultRule fault;
    QString error;
    QVERIFY(FaultRule::parse(QStringLiteral("POST /vapi/credential=timeout"), &fault, &error));
    m_sandbox->addFault(fault);
    m_client->transport()->setTimeout(std::chrono::milliseconds(200));
    ResultWaiter<VapiCredential> r;
    m_client->createCredential(VapiCredential {}, this, r.callback());
    QVERIFY(r.wait(5000));
    QCOMPARE(r.error().kind(), ApiError::Kind::Timeout);
    QTest::qWait(200);
    QCOMPARE(sandboxCount("POST", QStringLiteral("/vapi/credential")), 1); // it may have been created: never send twice
}

void TestVapiClient::droppedConnectionIsNetworkError()
{
    useSandbox();
    FaultRule fault;
    QString error;
    QVERIFY(FaultRule::parse(QStringLiteral("POST /vapi/credential=drop"), &fault, &error));
    m_sandbox->addFault(fault);
    ResultWaiter<VapiCredential> r;
    m_client->createCredential(VapiCredential {}, this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.error().kind(), ApiError::Kind::Network);
    QVERIFY2(r.error().networkDetail().contains(QLatin1String("may or may not")),
             qPrintable(r.error().networkDetail()));
    QTest::qWait(100);
    QCOMPARE(sandboxCount("POST", QStringLiteral("/vapi/credential")), 1); // neither Qt nor the client sent it again

    QVERIFY(FaultRule::parse(QStringLiteral("GET /vapi/credential/*=dropx1"), &fault, &error));
    m_sandbox->addFault(fault);
    ResultWaiter<VapiCredential> g;
    m_client->getCredential(QStringLiteral("c0000000-0000-4000-8000-00000000000a"), this, g.callback());
    QVERIFY(g.wait());
    QVERIFY2(g.ok(), qPrintable(g.error().details())); // idempotent: sent again after the drop
    QCOMPARE(sandboxCount("GET", QStringLiteral("/vapi/credential/")), 2);
}

void TestVapiClient::malformedJsonIsBadResponse()
{
    useSandbox();
    FaultRule fault;
    QString error;
    QVERIFY(FaultRule::parse(QStringLiteral("GET /vapi/credential/*=malformed"), &fault, &error));
    m_sandbox->addFault(fault);
    ResultWaiter<VapiCredential> r;
    m_client->getCredential(QStringLiteral("c0000000-0000-4000-8000-00000000000a"), this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.error().kind(), ApiError::Kind::BadResponse);

    // A well-formed answer of the wrong shape is just as unreadable.
    m_server->onJson("GET", QStringLiteral("/phone-number"), 200,
                     QJsonObject {{QStringLiteral("results"), QJsonArray {}}});
    m_client->setBaseUrl(QUrl(m_server->baseUrl()));
    ResultWaiter<QList<VapiPhoneNumber>> list;
    m_client->listPhoneNumbers(this, list.callback());
    QVERIFY(list.wait());
    QCOMPARE(list.error().kind(), ApiError::Kind::BadResponse);
}

// A page of 1,000 numbers from the sandbox is far past a 64 kB cap: a bad response from Vapi,
// asked once (the same request would bring the same), never the admin's mistake.
// Wrong types from Vapi are Vapi's broken answer: an assistant list of numbers must not read
// as "no such assistant" (the admin's mistake), nor a gateway list as no gateways.
void TestVapiClient::wrongTypesAreABadResponseNamingTheField()
{
    m_server->onJson("GET", QStringLiteral("/assistant"), 200,
                     QJsonArray {QJsonObject {{QStringLiteral("id"), 5}, {QStringLiteral("name"), QJsonArray {}}}});
    ResultWaiter<QList<VapiAssistant>> assistants;
    m_client->listAssistants(this, assistants.callback());
    QVERIFY(assistants.wait());
    QCOMPARE(assistants.error().kind(), ApiError::Kind::BadResponse);
    QCOMPARE(assistants.error().system(), ApiError::System::Vapi);
    QVERIFY2(assistants.error().details().contains(QLatin1String("[0].id: a number where an id belongs")),
             qPrintable(assistants.error().details()));

    m_server->onJson("GET", QStringLiteral("/phone-number"), 200,
                     QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("n1")},
                                              {QStringLiteral("number"), QStringLiteral("+12025550100")},
                                              {QStringLiteral("assistantId"), QJsonObject {}}}});
    ResultWaiter<QList<VapiPhoneNumber>> numbers;
    m_client->listPhoneNumbers(this, numbers.callback());
    QVERIFY(numbers.wait());
    QCOMPARE(numbers.error().kind(), ApiError::Kind::BadResponse);
    QVERIFY2(numbers.error().details().contains(QLatin1String("[0].assistantId")),
             qPrintable(numbers.error().details()));

    m_server->onJson("GET", QStringLiteral("/credential/c1"), 200,
                     QJsonObject {{QStringLiteral("id"), QStringLiteral("c1")},
                                  {QStringLiteral("provider"), QStringLiteral("byo-sip-trunk")},
                                  {QStringLiteral("gateways"), QJsonObject {{QStringLiteral("ip"), 1}}}});
    ResultWaiter<VapiCredential> credential;
    m_client->getCredential(QStringLiteral("c1"), this, credential.callback());
    QVERIFY(credential.wait());
    QCOMPARE(credential.error().kind(), ApiError::Kind::BadResponse);
    QVERIFY2(credential.error().details().contains(QLatin1String("gateways: an object where a list belongs")),
             qPrintable(credential.error().details()));

    // The same item shapes with the right types are read.
    m_server->onJson("GET", QStringLiteral("/assistant"), 200,
                     QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a1")},
                                              {QStringLiteral("name"), QStringLiteral("Sales")}}});
    ResultWaiter<QList<VapiAssistant>> fine;
    m_client->listAssistants(this, fine.callback());
    QVERIFY(fine.wait());
    QVERIFY(fine.ok());
    QCOMPARE(fine.value().size(), 1);
}

void TestVapiClient::oversizedAnswerIsStoppedAsItArrives()
{
    useSandbox(QJsonObject {{QStringLiteral("apiKeys"), QJsonArray {Key}},
                            {QStringLiteral("generate"), QJsonObject {{QStringLiteral("phoneNumbers"), 1500}}}});
    m_client->transport()->setMaxResponseBytes(64 * 1024);
    ResultWaiter<QList<VapiPhoneNumber>> list;
    m_client->listPhoneNumbers(this, list.callback());
    QVERIFY(list.wait());
    QCOMPARE(list.error().kind(), ApiError::Kind::BadResponse);
    QCOMPARE(list.error().system(), ApiError::System::Vapi);
    QVERIFY2(list.error().details().contains(QLatin1String("larger than 0.1 MB")), qPrintable(list.error().details()));
    QCOMPARE(sandboxCount("GET", QStringLiteral("/vapi/phone-number")), 1);

    // Under the cap the same list is read whole.
    m_client->transport()->setMaxResponseBytes(ClientOptions {}.maxResponseBytes);
    ResultWaiter<QList<VapiPhoneNumber>> whole;
    m_client->listPhoneNumbers(this, whole.callback());
    QVERIFY(whole.wait());
    QVERIFY(whole.ok());
    QCOMPARE(whole.value().size(), 1500);
}

// A server that never ends its chunked body: the transfer stops once the cap is passed, long
// before the timeout, and nothing is retried.
void TestVapiClient::endlessAnswerIsStoppedAsItArrives()
{
    QTcpServer endless;
    const QByteArray chunk = QByteArray::number(32 * 1024, 16) + "\r\n" + QByteArray(32 * 1024, ' ') + "\r\n";
    const int &connections = serveEndlessly(endless,
                                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                                            "chunked\r\n\r\n1\r\n[\r\n",
                                            chunk);
    QVERIFY(endless.isListening());
    m_client->transport()->setMaxResponseBytes(1024 * 1024);
    m_client->transport()->setTimeout(std::chrono::seconds(30));
    QElapsedTimer clock;
    clock.start();
    ResultWaiter<QList<VapiAssistant>> list;
    m_client->listAssistants(this, list.callback());
    QVERIFY(list.wait(20000));
    QCOMPARE(list.error().kind(), ApiError::Kind::BadResponse);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed()))); // not the 30 s timeout
    QCOMPARE(connections, 1);
}

// Headers that never end: Qt 6.4 sets no limit on the header section and reads it a byte at
// a time (about 1.5 MB/s here), so the bound is the per-try timeout, which covers the whole
// transfer, headers included. Measured: 10 s of endless headers held 13 MB, freed on abort.
void TestVapiClient::endlessHeadersAreStopped()
{
    QTcpServer endless;
    const int &connections = serveEndlessly(endless, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n",
                                            QByteArray("X-Filler: " + QByteArray(1000, 'a') + "\r\n").repeated(64));
    QVERIFY(endless.isListening());
    m_client->transport()->setTimeout(std::chrono::milliseconds(400));
    ResultWaiter<QList<VapiAssistant>> list;
    m_client->listAssistants(this, list.callback());
    QVERIFY(list.wait(10000));
    QCOMPARE(list.error().kind(), ApiError::Kind::Timeout);
    QVERIFY(connections >= 1);
}

// Answers every request with `head`, then `filler` again and again without end; the client
// is pointed at it. The returned count follows the connections made (the server outlives it).
int &TestVapiClient::serveEndlessly(QTcpServer &server, const QByteArray &head, const QByteArray &filler)
{
    m_connections = 0;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return m_connections;
    connect(&server, &QTcpServer::newConnection, this, [this, &server, head, filler] {
        QTcpSocket *socket = server.nextPendingConnection();
        ++m_connections;
        auto *pump = new QTimer(socket);
        connect(socket, &QTcpSocket::readyRead, socket, [socket, pump, head] {
            socket->readAll();
            if (pump->isActive())
                return;
            socket->write(head);
            pump->start(1);
        });
        connect(pump, &QTimer::timeout, socket, [socket, filler] {
            if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024)
                socket->write(filler);
        });
    });
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
    return m_connections;
}

void TestVapiClient::refusedConnectionIsNetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    ResultWaiter<QList<VapiAssistant>> r;
    m_client->listAssistants(this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.error().kind(), ApiError::Kind::Network);
    QVERIFY(!r.error().networkDetail().isEmpty());
    QVERIFY(r.error().userMessage().contains(QLatin1String("could not reach Vapi")));
}

void TestVapiClient::tlsFailureIsReported()
{
    // A real TLS server whose self-signed certificate nobody trusts: the client must refuse it.
    QFile certFile(QStringLiteral(TW_FIXTURES "/tls/test-only-localhost.crt"));
    QFile keyFile(QStringLiteral(TW_FIXTURES "/tls/test-only-localhost.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int served = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &served] {
                ++served; // only reached if the client accepted the certificate
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");
            });
        }
    });
    m_client->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    ResultWaiter<QList<VapiAssistant>> r;
    m_client->listAssistants(this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.error().kind(), ApiError::Kind::Tls);
    QCOMPARE(served, 0);
    QVERIFY(r.error().userMessage().contains(QLatin1String("certificate")));
    QVERIFY(r.error().certificateRefused());

    // The same server's CA given as --ca-file would: trusted beside the system's, and answered.
    QList<QSslCertificate> ca;
    QString error;
    QVERIFY2(CaBundle::load(QStringLiteral(TW_FIXTURES "/tls/test-only-localhost.crt"), &ca, &error),
             qPrintable(error));
    m_client->transport()->setExtraCaCertificates(ca);
    m_nam->clearConnectionCache(); // Qt keeps the refused host's connection settings (CoreContext does this too)
    ResultWaiter<QList<VapiAssistant>> trusted;
    m_client->listAssistants(this, trusted.callback());
    QVERIFY(trusted.wait());
    QVERIFY2(trusted.ok(), qPrintable(trusted.error().details()));
    QCOMPARE(served, 1);

    // A file that holds no certificate is named, and nothing is trusted from it.
    QVERIFY(!CaBundle::load(QStringLiteral(TW_FIXTURES "/tls/README.md"), &ca, &error));
    QVERIFY2(error.contains(QLatin1String("holds no certificate")), qPrintable(error));
}

// An https:// address whose server speaks plain HTTP: a TLS failure, but not a certificate one,
// and the sentence says what to check.
void TestVapiClient::plainServerBehindHttpsIsNotACertificateProblem()
{
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        QTcpSocket *socket = plain.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    m_client->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort())));
    ResultWaiter<QList<VapiAssistant>> r;
    m_client->listAssistants(this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.error().kind(), ApiError::Kind::Tls);
    QVERIFY(!r.error().certificateRefused());
    QVERIFY2(!r.error().userMessage().contains(QLatin1String("certificate"))
                 && r.error().userMessage().contains(QLatin1String("HTTPS server")),
             qPrintable(r.error().userMessage()));
}

void TestVapiClient::plainHttpToRemoteHostIsRefused()
{
    m_client->setBaseUrl(QUrl(QStringLiteral("http://api.vapi.example")));
    ResultWaiter<QList<VapiAssistant>> r;
    m_client->listAssistants(this, r.callback());
    QVERIFY(r.wait());
    QCOMPARE(r.error().kind(), ApiError::Kind::InvalidUrl);
    QVERIFY(r.error().networkDetail().contains(QLatin1String("https")));
    QCOMPARE(m_server->log().size(), 0);
}

void TestVapiClient::abortGivesCancelled()
{
    m_server->on("GET", QStringLiteral("/assistant"),
                 [](HttpExchange &ex, const QRegularExpressionMatch &) { ex.hang(); });
    ResultWaiter<QList<VapiAssistant>> r;
    ApiCall *call = m_client->listAssistants(this, r.callback());
    QTRY_COMPARE(m_server->count("GET"), 1);
    call->abort();
    QVERIFY(r.wait());
    QCOMPARE(r.error().kind(), ApiError::Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(r.calls(), 1);
}

void TestVapiClient::deleteRetryFinding404IsSuccess()
{
    // The first DELETE is carried out but its answer never comes; the retry finds it gone.
    int calls = 0;
    m_server->on("DELETE", QStringLiteral("/phone-number/.*"),
                 [&calls](HttpExchange &ex, const QRegularExpressionMatch &) {
                     if (++calls == 1)
                         ex.hang();
                     else
                         ex.respondJson(
                             404, QJsonObject {{QStringLiteral("message"), QStringLiteral("Phone number not found")}});
                 });
    m_client->transport()->setTimeout(std::chrono::milliseconds(200));
    const QString id = uuid();
    ResultWaiter<VapiPhoneNumber> r;
    m_client->deletePhoneNumber(id, this, r.callback());
    QVERIFY(r.wait());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(r.value().id, id);
    QCOMPARE(calls, 2);

    // A first-try 404 stays an error: the id was wrong.
    ResultWaiter<VapiPhoneNumber> again;
    m_client->deletePhoneNumber(id, this, again.callback());
    QVERIFY(again.wait());
    QCOMPARE(again.error().kind(), ApiError::Kind::NotFound);
}

namespace {
QStringList *g_captured = nullptr;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_captured)
        g_captured->append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void TestVapiClient::logNeverContainsKey()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tw.api.debug=true"));
    QStringList captured;
    g_captured = &captured;
    g_previous = qInstallMessageHandler(capture);
    // A hostile server echoes the key back in its error text and in a body field.
    m_server->on("POST", QStringLiteral("/credential"), [](HttpExchange &ex, const QRegularExpressionMatch &) {
        ex.respondJson(400,
                       QJsonObject {{QStringLiteral("message"), QString(QStringLiteral("bad key ") + Key)},
                                    {QStringLiteral("apiKey"), Key}});
    });
    m_server->onJson("GET", QStringLiteral("/assistant"), 200,
                     QJsonArray {QJsonObject {{QStringLiteral("id"), uuid()}, {QStringLiteral("name"), Key}}});
    ResultWaiter<VapiCredential> r;
    m_client->createCredential(VapiCredential {}, this, r.callback());
    ResultWaiter<QList<VapiAssistant>> list;
    m_client->listAssistants(this, list.callback());
    QTRY_VERIFY(r.has() && list.has());
    qInstallMessageHandler(g_previous);
    g_captured = nullptr;
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(captured.size() >= 4); // request lines and bodies were logged
    for (const QString &line : std::as_const(captured))
        QVERIFY2(!line.contains(Key) && !line.contains(Key.left(24)), qPrintable(line));
    QVERIFY(!r.error().serverMessage().contains(Key));
    QVERIFY(!r.error().details().contains(Key));
    QVERIFY(!r.error().userMessage().contains(Key));
    QVERIFY(r.error().serverMessage().contains(QLatin1String("[redacted]")));
}

QTEST_GUILESS_MAIN(TestVapiClient)
#include "tst_vapiclient.moc"
