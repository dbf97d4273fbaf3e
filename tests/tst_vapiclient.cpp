#include "api/ApiLogging.h"
#include "api/HttpTransport.h"
#include "api/VapiClient.h"
#include "support/FakeApiServer.h"
#include "support/ResultWaiter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>
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
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODateWithMs);
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
    void validationKeepsServerMessages();
    void getIsRetriedOn503();
    void postIsNeverRetriedOn503();
    void rateLimitHonoursRetryAfterDate();
    void getTimesOutAfterThreeTries();
    void postTimesOutOnce();
    void droppedConnectionIsNetworkError();
    void malformedJsonIsBadResponse();
    void refusedConnectionIsNetworkError();
    void tlsFailureIsReported();
    void plainHttpToRemoteHostIsRefused();
    void abortGivesCancelled();
    void deleteRetryFinding404IsSuccess();
    void logNeverContainsKey();

private:
    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<VapiClient> m_client;
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

void TestVapiClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void TestVapiClient::sendsBearerKeyAndJson()
{
    m_server->onJson("GET", QStringLiteral("/assistant"), 200, QJsonArray {});
    ResultWaiter<ApiDone> done;
    m_client->verifyKey(this, done.callback());
    QTRY_VERIFY(done.has());
    QVERIFY(done.ok());
    QCOMPARE(m_server->log().size(), 1);
    QCOMPARE(m_server->log().first().authorization, "Bearer " + Key.toUtf8());
    QCOMPARE(m_server->log().first().query, QStringLiteral("limit=1"));
}

void TestVapiClient::credentialLifecycle()
{
    const QString id = uuid();
    m_server->on("POST", QStringLiteral("/credential"), [id](HttpExchange &ex, const QRegularExpressionMatch &) {
        QJsonObject o = json(ex.body());
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("orgId"), QStringLiteral("org-1"));
        o.insert(QStringLiteral("createdAt"), stamp(1));
        o.insert(QStringLiteral("updatedAt"), stamp(1));
        ex.respondJson(201, o);
    });
    VapiCredential wanted;
    wanted.name = QStringLiteral("Cloudonix acme");
    VapiGateway outbound;
    outbound.ip = QStringLiteral("abc.sip.cloudonix.net");
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
    QTRY_VERIFY(created.has());
    QVERIFY2(created.ok(), qPrintable(created.error().details()));
    QCOMPARE(created.value().id, id);
    QCOMPARE(created.value().gateways.size(), 2);
    QVERIFY(!created.value().gateways.at(0).inbound());
    QVERIFY(created.value().gateways.at(0).optionsPing());
    QVERIFY(created.value().leadingPlus());
    const QJsonObject sent = json(m_server->log().last().body);
    QCOMPARE(sent.value(QStringLiteral("provider")).toString(), QStringLiteral("byo-sip-trunk"));
    QCOMPARE(sent.value(QStringLiteral("gateways")).toArray().at(1).toObject().value(QStringLiteral("netmask")).toInt(),
             32);

    m_server->onJson("GET", QStringLiteral("/credential/") + id, 200, sent);
    ResultWaiter<VapiCredential> got;
    m_client->getCredential(id, this, got.callback());
    QTRY_VERIFY(got.has());
    QVERIFY(got.ok());
    QCOMPARE(got.value().name, QStringLiteral("Cloudonix acme"));

    m_server->on("DELETE", QStringLiteral("/credential/([^/]+)"),
                 [](HttpExchange &ex, const QRegularExpressionMatch &m) {
                     ex.respondJson(200,
                                    QJsonObject {{QStringLiteral("id"), m.captured(1)},
                                                 {QStringLiteral("provider"), QStringLiteral("byo-sip-trunk")}});
                 });
    ResultWaiter<VapiCredential> deleted;
    m_client->deleteCredential(id, this, deleted.callback());
    QTRY_VERIFY(deleted.has());
    QVERIFY(deleted.ok());
    QCOMPARE(deleted.value().id, id);
    QCOMPARE(m_server->unrouted(), 0);
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
    QTRY_VERIFY(got.has());
    VapiCredential edited = got.value();
    QVERIFY(edited.hasOutboundAuthentication);
    VapiGateway added;
    added.ip = QStringLiteral("203.0.113.10");
    added.outboundEnabled = false;
    edited.gateways << added;
    edited.outboundLeadingPlusEnabled = true;

    ResultWaiter<VapiCredential> updated;
    m_client->updateCredential(edited, this, updated.callback());
    QTRY_VERIFY(updated.has());
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
    QTRY_VERIFY(list.has());
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
    serveList(*m_server, QStringLiteral("/phone-number"), total, ascending);
    m_client->setPageLimit(100);
    ResultWaiter<QList<VapiPhoneNumber>> list;
    m_client->listPhoneNumbers(this, list.callback());
    QTRY_VERIFY(list.has());
    QVERIFY2(list.ok(), qPrintable(list.error().details()));
    QCOMPARE(list.value().size(), total);
    QSet<QString> ids;
    for (const VapiPhoneNumber &n : list.value())
        ids.insert(n.id);
    QCOMPARE(ids.size(), total);
    int sipUri = 0;
    for (const VapiPhoneNumber &n : list.value())
        sipUri += n.isSipUri() ? 1 : 0;
    QCOMPARE(sipUri, (total + 6) / 7); // mixed providers come through
    QVERIFY(m_server->count("GET") >= (total + 99) / 100);
}

void TestVapiClient::assistantsArePaged()
{
    serveList(*m_server, QStringLiteral("/assistant"), 1234, false);
    ResultWaiter<QList<VapiAssistant>> list;
    m_client->listAssistants(this, list.callback()); // default page limit 1000
    QTRY_VERIFY(list.has());
    QVERIFY2(list.ok(), qPrintable(list.error().details()));
    QCOMPARE(list.value().size(), 1234);
    QCOMPARE(m_server->log().first().query, QStringLiteral("limit=1000"));
}

void TestVapiClient::createPhoneNumberBody()
{
    m_server->on("POST", QStringLiteral("/phone-number"), [](HttpExchange &ex, const QRegularExpressionMatch &) {
        QJsonObject o = json(ex.body());
        o.insert(QStringLiteral("id"), uuid());
        o.insert(QStringLiteral("status"), QStringLiteral("active"));
        ex.respondJson(201, o);
    });
    VapiPhoneNumber n;
    n.number = QStringLiteral("+12127773456");
    n.credentialId = uuid();
    n.name = QStringLiteral("[acme] +12127773456");
    n.assistantId = uuid();
    ResultWaiter<VapiPhoneNumber> created;
    m_client->createPhoneNumber(n, this, created.callback());
    QTRY_VERIFY(created.has());
    QVERIFY(created.ok());
    QCOMPARE(created.value().status, QStringLiteral("active"));
    const QJsonObject body = json(m_server->log().last().body);
    QCOMPARE(body.value(QStringLiteral("provider")).toString(), QStringLiteral("byo-phone-number"));
    QCOMPARE(body.value(QStringLiteral("numberE164CheckEnabled")).toBool(true), false);
    QCOMPARE(body.value(QStringLiteral("assistantId")).toString(), n.assistantId);

    VapiPhoneNumber sip;
    sip.provider = VapiPhoneNumber::VapiProvider;
    sip.sipUri = QStringLiteral("sip:+12127773456@sip.vapi.ai");
    ResultWaiter<VapiPhoneNumber> createdSip;
    m_client->createPhoneNumber(sip, this, createdSip.callback());
    QTRY_VERIFY(createdSip.has());
    const QJsonObject sipBody = json(m_server->log().last().body);
    QCOMPARE(sipBody.value(QStringLiteral("provider")).toString(), QStringLiteral("vapi"));
    QVERIFY(!sipBody.contains(QStringLiteral("credentialId")));
    QVERIFY(!sipBody.contains(QStringLiteral("numberE164CheckEnabled")));
}

void TestVapiClient::patchDetachesAssistantWithNull()
{
    const QString id = uuid();
    m_server->onJson("PATCH", QStringLiteral("/phone-number/") + id, 200, QJsonObject {{QStringLiteral("id"), id}});
    VapiPhoneNumberPatch patch;
    patch.provider = VapiPhoneNumber::ByoProvider;
    patch.assistantId = QString();
    ResultWaiter<VapiPhoneNumber> done;
    m_client->updatePhoneNumber(id, patch, this, done.callback());
    QTRY_VERIFY(done.has());
    QVERIFY(done.ok());
    const QJsonObject body = json(m_server->log().last().body);
    QVERIFY(body.contains(QStringLiteral("assistantId")));
    QVERIFY(body.value(QStringLiteral("assistantId")).isNull());
    QCOMPARE(body.size(), 2);
}

void TestVapiClient::callLifecycle()
{
    const QString id = uuid();
    m_server->on("POST", QStringLiteral("/call"), [id](HttpExchange &ex, const QRegularExpressionMatch &) {
        QJsonObject o = json(ex.body());
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("status"), QStringLiteral("queued"));
        ex.respondJson(201, o);
    });
    m_server->onJson("GET", QStringLiteral("/call/") + id, 200,
                     QJsonObject {{QStringLiteral("id"), id},
                                  {QStringLiteral("status"), QStringLiteral("ended")},
                                  {QStringLiteral("endedReason"),
                                   QStringLiteral("call.in-progress.error-providerfault-outbound-sip-403-forbidden")}});
    VapiCallRequest request {uuid(), uuid(), QStringLiteral("+12127773456")};
    ResultWaiter<VapiCall> created;
    m_client->createCall(request, this, created.callback());
    QTRY_VERIFY(created.has());
    QVERIFY(created.ok());
    QCOMPARE(created.value().status, QStringLiteral("queued"));
    QCOMPARE(created.value().customerNumber, QStringLiteral("+12127773456"));
    ResultWaiter<VapiCall> polled;
    m_client->getCall(id, this, polled.callback());
    QTRY_VERIFY(polled.has());
    QVERIFY(polled.value().isEnded());
    QVERIFY(polled.value().endedReason.contains(QLatin1String("403")));
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
    QTRY_VERIFY(r.has());
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
    QTRY_VERIFY(r.has());
    QCOMPARE(r.error().kind(), ApiError::Kind::Validation);
    QCOMPARE(r.error().serverMessages().size(), 2);
    QVERIFY(r.error().userMessage().contains(QLatin1String("shorter than or equal to 40")));
    QVERIFY(r.error().userMessage().startsWith(QLatin1String("Vapi rejected")));
}

void TestVapiClient::getIsRetriedOn503()
{
    int calls = 0;
    m_server->on("GET", QStringLiteral("/phone-number/.*"),
                 [&calls](HttpExchange &ex, const QRegularExpressionMatch &) {
                     if (++calls < 3)
                         ex.respondJson(503, QJsonObject {{QStringLiteral("message"), QStringLiteral("busy")}});
                     else
                         ex.respondJson(200, QJsonObject {{QStringLiteral("id"), QStringLiteral("x")}});
                 });
    ApiCall *call = nullptr;
    ResultWaiter<VapiPhoneNumber> r;
    call = m_client->getPhoneNumber(uuid(), this, r.callback());
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QTRY_VERIFY(r.has());
    QVERIFY(r.ok());
    QCOMPARE(calls, 3);
    QCOMPARE(retries.size(), 2);
}

void TestVapiClient::postIsNeverRetriedOn503()
{
    m_server->onJson("POST", QStringLiteral("/phone-number"), 503, QJsonObject {});
    ResultWaiter<VapiPhoneNumber> r;
    m_client->createPhoneNumber(VapiPhoneNumber {}, this, r.callback());
    QTRY_VERIFY(r.has());
    QCOMPARE(r.error().kind(), ApiError::Kind::Server);
    QTest::qWait(100); // a blind retry would arrive within the 20 ms backoff
    QCOMPARE(m_server->count("POST"), 1);
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
    QTRY_VERIFY_WITH_TIMEOUT(r.has(), 5000);
    QVERIFY(r.ok());
    QCOMPARE(calls, 2);
    const qint64 gap = m_server->log().at(1).atMs - m_server->log().at(0).atMs;
    QVERIFY2(gap >= 900 && gap <= 2600, qPrintable(QString::number(gap)));
}

void TestVapiClient::getTimesOutAfterThreeTries()
{
    m_server->on("GET", QStringLiteral("/assistant"),
                 [](HttpExchange &ex, const QRegularExpressionMatch &) { ex.hang(); });
    m_client->transport()->setTimeout(std::chrono::milliseconds(200));
    ResultWaiter<QList<VapiAssistant>> r;
    m_client->listAssistants(this, r.callback());
    QTRY_VERIFY_WITH_TIMEOUT(r.has(), 5000);
    QCOMPARE(r.error().kind(), ApiError::Kind::Timeout);
    QCOMPARE(r.error().attempts(), 3);
    QCOMPARE(m_server->count("GET"), 3);
    QVERIFY(r.error().userMessage().contains(QLatin1String("did not answer")));
}

void TestVapiClient::postTimesOutOnce()
{
    m_server->on("POST", QStringLiteral("/credential"),
                 [](HttpExchange &ex, const QRegularExpressionMatch &) { ex.hang(); });
    m_client->transport()->setTimeout(std::chrono::milliseconds(200));
    ResultWaiter<VapiCredential> r;
    m_client->createCredential(VapiCredential {}, this, r.callback());
    QTRY_VERIFY_WITH_TIMEOUT(r.has(), 5000);
    QCOMPARE(r.error().kind(), ApiError::Kind::Timeout);
    QTest::qWait(200);
    QCOMPARE(m_server->count("POST"), 1); // the server may have created it: never send twice
}

void TestVapiClient::droppedConnectionIsNetworkError()
{
    m_server->on("POST", QStringLiteral("/credential"),
                 [](HttpExchange &ex, const QRegularExpressionMatch &) { ex.drop(); });
    ResultWaiter<VapiCredential> r;
    m_client->createCredential(VapiCredential {}, this, r.callback());
    QTRY_VERIFY(r.has());
    QCOMPARE(r.error().kind(), ApiError::Kind::Network);
    QVERIFY2(r.error().networkDetail().contains(QLatin1String("may or may not")),
             qPrintable(r.error().networkDetail()));
    QTest::qWait(100);
    QCOMPARE(m_server->count("POST"), 1); // neither Qt nor the client sent it again

    int calls = 0;
    m_server->on("GET", QStringLiteral("/credential/.*"), [&calls](HttpExchange &ex, const QRegularExpressionMatch &) {
        if (++calls == 1)
            ex.drop();
        else
            ex.respondJson(200, QJsonObject {{QStringLiteral("id"), QStringLiteral("c")}});
    });
    ResultWaiter<VapiCredential> g;
    m_client->getCredential(uuid(), this, g.callback());
    QTRY_VERIFY(g.has());
    QVERIFY(g.ok()); // idempotent: retried after the drop
    QCOMPARE(calls, 2);
}

void TestVapiClient::malformedJsonIsBadResponse()
{
    m_server->on("GET", QStringLiteral("/credential/.*"), [](HttpExchange &ex, const QRegularExpressionMatch &) {
        ex.respond(200, R"({"id": "x", "gateways": [)");
    });
    ResultWaiter<VapiCredential> r;
    m_client->getCredential(uuid(), this, r.callback());
    QTRY_VERIFY(r.has());
    QCOMPARE(r.error().kind(), ApiError::Kind::BadResponse);

    m_server->onJson("GET", QStringLiteral("/phone-number"), 200,
                     QJsonObject {{QStringLiteral("results"), QJsonArray {}}});
    ResultWaiter<QList<VapiPhoneNumber>> list;
    m_client->listPhoneNumbers(this, list.callback());
    QTRY_VERIFY(list.has());
    QCOMPARE(list.error().kind(), ApiError::Kind::BadResponse);
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
    QTRY_VERIFY(r.has());
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
    QTRY_VERIFY(r.has());
    QCOMPARE(r.error().kind(), ApiError::Kind::Tls);
    QCOMPARE(served, 0);
    QVERIFY(r.error().userMessage().contains(QLatin1String("certificate")));
}

void TestVapiClient::plainHttpToRemoteHostIsRefused()
{
    m_client->setBaseUrl(QUrl(QStringLiteral("http://api.vapi.example")));
    ResultWaiter<QList<VapiAssistant>> r;
    m_client->listAssistants(this, r.callback());
    QTRY_VERIFY(r.has());
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
    QTRY_VERIFY(r.has());
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
    QTRY_VERIFY(r.has());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(r.value().id, id);
    QCOMPARE(calls, 2);

    // A first-try 404 stays an error: the id was wrong.
    ResultWaiter<VapiPhoneNumber> again;
    m_client->deletePhoneNumber(id, this, again.callback());
    QTRY_VERIFY(again.has());
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
