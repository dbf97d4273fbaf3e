#include "api/CloudonixClient.h"
#include "api/HttpTransport.h"
#include "api/RateLimiter.h"
#include "support/FakeApiServer.h"
#include "support/ResultWaiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace tw;
using tw::test::FakeApiServer;
using tw::test::ResultWaiter;

namespace {

const QString Key = QStringLiteral("XI0123456789abcdefABCDEF0123456789");
const QString Domain = QStringLiteral("acme.cloudonix.net");
const QString DomainPath = QStringLiteral("/customers/self/domains/acme\\.cloudonix\\.net");
const QString AutoAlias = QStringLiteral("dd7a2a82-2457-3578-a63b-bd132950c857");

QJsonObject domainJson(const QJsonObject &profile, bool withAuto = true)
{
    QJsonArray aliases {QJsonObject {{QStringLiteral("alias"), QStringLiteral("pbx.acme.com")},
                                     {QStringLiteral("type"), QStringLiteral("subscribers")}}};
    if (withAuto)
        aliases.prepend(QJsonObject {{QStringLiteral("alias"), AutoAlias},
                                     {QStringLiteral("type"), QStringLiteral("auto")},
                                     {QStringLiteral("active"), true}});
    return QJsonObject {{QStringLiteral("id"), 1234},
                        {QStringLiteral("uuid"), QStringLiteral("0b6f3c8e-1111-4222-8333-444455556666")},
                        {QStringLiteral("domain"), Domain},
                        {QStringLiteral("active"), true},
                        {QStringLiteral("profile"), profile},
                        {QStringLiteral("aliases"), aliases}};
}

} // namespace

class TestCloudonixClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void verifyKey();
    void inboundHostFromAutoAlias();
    void inboundHostFallsBackToUuid();
    void domainNameIsEncodedInPath();
    void errorKinds_data();
    void errorKinds();
    void borderSettingsReadMergePatch();
    void borderSettingsAlreadyRightMakesNoWrite();
    void applicationsAndDnids();
    void pacingKeepsUnderTheServerLimit();
    void rateLimitIsWaitedOut();
    void pacingIsPerDomain();

private:
    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CloudonixClient> m_client;
};

void TestCloudonixClient::init()
{
    m_server = std::make_unique<FakeApiServer>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<CloudonixClient>(m_nam.get());
    m_client->setBaseUrl(QUrl(m_server->baseUrl()));
    m_client->setApiKey(Key);
    RetryPolicy fast;
    fast.baseDelay = std::chrono::milliseconds(20);
    fast.rateLimitFallbackDelay = std::chrono::milliseconds(300);
    m_client->transport()->setRetryPolicy(fast);
}

void TestCloudonixClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void TestCloudonixClient::verifyKey()
{
    m_server->onJson("GET", QStringLiteral("/customers/self"), 200,
                     QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme")},
                                  {QStringLiteral("uuid"), QStringLiteral("c-1")},
                                  {QStringLiteral("active"), true}});
    ResultWaiter<CloudonixCustomer> r;
    m_client->verifyKey(this, r.callback());
    QTRY_VERIFY(r.has());
    QVERIFY(r.ok());
    QCOMPARE(r.value().name, QStringLiteral("Acme"));
    QCOMPARE(m_server->log().first().authorization, "Bearer " + Key.toUtf8());
}

void TestCloudonixClient::inboundHostFromAutoAlias()
{
    m_server->onJson("GET", DomainPath, 200, domainJson(QJsonObject {{QStringLiteral("allowed-border"), true}}));
    ResultWaiter<CloudonixDomain> r;
    m_client->getDomain(Domain, this, r.callback());
    QTRY_VERIFY(r.has());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(r.value().id, QStringLiteral("1234"));
    QCOMPARE(r.value().autoAlias(), AutoAlias);
    QCOMPARE(r.value().inboundSipHost(), AutoAlias + QStringLiteral(".sip.cloudonix.net"));
    QCOMPARE(r.value().inboundHostSource(), CloudonixDomain::InboundHostSource::AutoAlias);
    QCOMPARE(r.value().border.allowedBorder, std::optional<bool>(true));
    QVERIFY(!r.value().border.redirectUnknownToBorder.has_value());
    QVERIFY(r.value().border.effectiveRedirectUnknown());
}

void TestCloudonixClient::inboundHostFallsBackToUuid()
{
    m_server->onJson("GET", DomainPath, 200, domainJson(QJsonObject {}, false));
    ResultWaiter<CloudonixDomain> r;
    m_client->getDomain(Domain, this, r.callback());
    QTRY_VERIFY(r.has());
    QCOMPARE(r.value().inboundHostSource(), CloudonixDomain::InboundHostSource::Uuid);
    QCOMPARE(r.value().inboundSipHost(), QStringLiteral("0b6f3c8e-1111-4222-8333-444455556666.sip.cloudonix.net"));

    CloudonixDomain bare;
    QCOMPARE(bare.inboundSipHost(), QString());
    QCOMPARE(bare.inboundHostSource(), CloudonixDomain::InboundHostSource::None);
}

void TestCloudonixClient::domainNameIsEncodedInPath()
{
    m_server->onJson("GET", QStringLiteral("/customers/self/domains/odd name#1\\.example"), 200, domainJson({}));
    ResultWaiter<CloudonixDomain> r;
    m_client->getDomain(QStringLiteral("odd name#1.example"), this, r.callback());
    QTRY_VERIFY(r.has());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(m_server->unrouted(), 0);
}

void TestCloudonixClient::errorKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("serverMessage");
    QTest::newRow("401 message") << 401 << QByteArray(R"({"message":"Unauthorized"})") << ApiError::Kind::Unauthorized
                                 << "Unauthorized";
    QTest::newRow("403 error") << 403 << QByteArray(R"({"error":"Key not allowed for domain"})")
                               << ApiError::Kind::Forbidden << "Key not allowed for domain";
    QTest::newRow("404 error") << 404 << QByteArray(R"({"error":"No such domain"})") << ApiError::Kind::NotFound
                               << "No such domain";
    QTest::newRow("400 text") << 400 << QByteArray("bad request") << ApiError::Kind::Validation << "bad request";
    QTest::newRow("502 empty, retried") << 502 << QByteArray() << ApiError::Kind::Server << "";
}

void TestCloudonixClient::errorKinds()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, serverMessage);
    m_server->on("GET", DomainPath, [status, body](HttpExchange &ex, const QRegularExpressionMatch &) {
        ex.respond(status, body, body.startsWith('{') ? "application/json" : "text/plain");
    });
    ResultWaiter<CloudonixDomain> r;
    m_client->getDomain(Domain, this, r.callback());
    QTRY_VERIFY(r.has());
    QCOMPARE(r.error().kind(), kind);
    QCOMPARE(r.error().system(), ApiError::System::Cloudonix);
    QCOMPARE(r.error().serverMessage(), serverMessage);
    QCOMPARE(r.error().path(), QStringLiteral("/customers/self/domains/acme.cloudonix.net"));
    QVERIFY(r.error().userMessage().contains(QLatin1String("Cloudonix")));
    QVERIFY(!r.error().details().contains(Key));
    QCOMPARE(m_server->count("GET"), status == 502 ? 3 : 1);
}

void TestCloudonixClient::borderSettingsReadMergePatch()
{
    QJsonObject profile {{QStringLiteral("call-timeout"), 60}, {QStringLiteral("allowed-border"), false}};
    m_server->on("GET", DomainPath, [&profile](HttpExchange &ex, const QRegularExpressionMatch &) {
        ex.respondJson(200, domainJson(profile));
    });
    m_server->on("PATCH", DomainPath, [&profile](HttpExchange &ex, const QRegularExpressionMatch &) {
        const QJsonObject patch
            = QJsonDocument::fromJson(ex.body()).object().value(QStringLiteral("profile")).toObject();
        for (auto it = patch.begin(); it != patch.end(); ++it)
            if (it.value().isNull())
                profile.remove(it.key());
            else
                profile.insert(it.key(), it.value());
        ex.respondJson(200, domainJson(profile));
    });

    CloudonixBorderSettings wanted {true, true};
    ResultWaiter<CloudonixProfileChange> r;
    m_client->updateBorderSettings(Domain, wanted, this, r.callback());
    QTRY_VERIFY(r.has());
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QVERIFY(r.value().written);
    QCOMPARE(r.value().before.allowedBorder, std::optional<bool>(false));
    QVERIFY(!r.value().before.redirectUnknownToBorder.has_value());
    QCOMPARE(r.value().after, wanted);
    QCOMPARE(m_server->count("PATCH"), 1);
    const QJsonObject sent = QJsonDocument::fromJson(m_server->log().last().body).object();
    QCOMPARE(sent.keys(), QStringList {QStringLiteral("profile")});
    QCOMPARE(
        sent.value(QStringLiteral("profile")).toObject(),
        (QJsonObject {{QStringLiteral("allowed-border"), true}, {QStringLiteral("redirect-unknown-to-border"), true}}));
    QCOMPARE(profile.value(QStringLiteral("call-timeout")).toInt(), 60); // other keys untouched

    // Restore what was there before (a rollback): only the changed key is written back.
    ResultWaiter<CloudonixProfileChange> restore;
    m_client->updateBorderSettings(Domain, CloudonixBorderSettings {false, std::nullopt}, this, restore.callback());
    QTRY_VERIFY(restore.has());
    QVERIFY(restore.value().written);
    QCOMPARE(QJsonDocument::fromJson(m_server->log().last().body).object().value(QStringLiteral("profile")).toObject(),
             (QJsonObject {{QStringLiteral("allowed-border"), false}}));
}

void TestCloudonixClient::borderSettingsAlreadyRightMakesNoWrite()
{
    m_server->onJson("GET", DomainPath, 200,
                     domainJson(QJsonObject {{QStringLiteral("allowed-border"), true},
                                             {QStringLiteral("redirect-unknown-to-border"), QStringLiteral("true")}}));
    ResultWaiter<CloudonixProfileChange> r;
    m_client->updateBorderSettings(Domain, CloudonixBorderSettings {true, true}, this, r.callback());
    QTRY_VERIFY(r.has());
    QVERIFY(r.ok());
    QVERIFY(!r.value().written);
    QCOMPARE(m_server->writes(), 0);
}

void TestCloudonixClient::applicationsAndDnids()
{
    const QString apps = DomainPath + QStringLiteral("/applications");
    m_server->on("POST", apps, [](HttpExchange &ex, const QRegularExpressionMatch &) {
        QJsonObject o = QJsonDocument::fromJson(ex.body()).object();
        o.insert(QStringLiteral("id"), 77);
        o.insert(QStringLiteral("active"), true);
        ex.respondJson(201, o);
    });
    m_server->onJson(
        "GET", apps, 200,
        QJsonArray {QJsonObject {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("call-routing")}}});
    m_server->on("PATCH", apps + QStringLiteral("/vapi-inbound"),
                 [](HttpExchange &ex, const QRegularExpressionMatch &) {
                     QJsonObject o = QJsonDocument::fromJson(ex.body()).object();
                     o.insert(QStringLiteral("name"), QStringLiteral("vapi-inbound"));
                     ex.respondJson(200, o);
                 });
    m_server->on("DELETE", apps + QStringLiteral("/vapi-inbound"),
                 [](HttpExchange &ex, const QRegularExpressionMatch &) { ex.respondNoContent(); });
    m_server->on("POST", apps + QStringLiteral("/vapi-inbound/dnids"),
                 [](HttpExchange &ex, const QRegularExpressionMatch &) {
                     QJsonObject o = QJsonDocument::fromJson(ex.body()).object();
                     o.insert(QStringLiteral("id"), 501);
                     o.insert(QStringLiteral("application"),
                              QJsonObject {{QStringLiteral("name"), QStringLiteral("vapi-inbound")}});
                     ex.respondJson(200, o);
                 });
    m_server->onJson("GET", DomainPath + QStringLiteral("/dnids"), 200,
                     QJsonArray {QJsonObject {{QStringLiteral("id"), 501},
                                              {QStringLiteral("source"), QStringLiteral("+12127773456")},
                                              {QStringLiteral("application"), 77}}});
    m_server->on("DELETE", DomainPath + QStringLiteral("/dnids/501"),
                 [](HttpExchange &ex, const QRegularExpressionMatch &) { ex.respondNoContent(); });

    CloudonixApplication app;
    app.name = QStringLiteral("vapi-inbound");
    app.url = QStringLiteral("https://example.com/cxml");
    ResultWaiter<CloudonixApplication> created;
    m_client->createApplication(Domain, app, this, created.callback());
    QTRY_VERIFY(created.has());
    QVERIFY(created.ok());
    QCOMPARE(created.value().id, QStringLiteral("77"));
    QCOMPARE(created.value().method, QStringLiteral("POST"));

    ResultWaiter<QList<CloudonixApplication>> list;
    m_client->listApplications(Domain, this, list.callback());
    QTRY_VERIFY(list.has());
    QCOMPARE(list.value().size(), 1);

    app.url = QStringLiteral("https://example.com/cxml2");
    ResultWaiter<CloudonixApplication> updated;
    m_client->updateApplication(Domain, app, this, updated.callback());
    QTRY_VERIFY(updated.has());
    QCOMPARE(updated.value().url, QStringLiteral("https://example.com/cxml2"));

    CloudonixDnid dnid;
    dnid.source = QStringLiteral("+12127773456");
    ResultWaiter<CloudonixDnid> bound;
    m_client->createDnid(Domain, QStringLiteral("vapi-inbound"), dnid, this, bound.callback());
    QTRY_VERIFY(bound.has());
    QVERIFY(bound.ok());
    QCOMPARE(bound.value().id, QStringLiteral("501"));
    QCOMPARE(bound.value().applicationName, QStringLiteral("vapi-inbound"));
    const QJsonObject dnidBody = QJsonDocument::fromJson(m_server->log().last().body).object();
    QCOMPARE(dnidBody.value(QStringLiteral("prefix")).toBool(true), false);

    ResultWaiter<QList<CloudonixDnid>> dnids;
    m_client->listDnids(Domain, this, dnids.callback());
    QTRY_VERIFY(dnids.has());
    QCOMPARE(dnids.value().first().applicationId, QStringLiteral("77"));

    ResultWaiter<ApiDone> unbound;
    m_client->deleteDnid(Domain, QStringLiteral("501"), this, unbound.callback());
    QTRY_VERIFY(unbound.has());
    QVERIFY(unbound.ok());
    ResultWaiter<ApiDone> removed;
    m_client->deleteApplication(Domain, QStringLiteral("vapi-inbound"), this, removed.callback());
    QTRY_VERIFY(removed.has());
    QVERIFY(removed.ok());
    QCOMPARE(m_server->unrouted(), 0);
}

void TestCloudonixClient::pacingKeepsUnderTheServerLimit()
{
    // Scaled down: the server allows 5 per rolling second (like Cloudonix's 10 per 10 s) and
    // answers 429 beyond; the client is set to 4 per second, its usual margin.
    constexpr int ServerLimit = 5;
    constexpr int Requests = 13;
    m_client->rateLimiter()->setLimit(4, std::chrono::milliseconds(1000));
    QList<qint64> arrivals;
    QElapsedTimer clock;
    clock.start();
    m_server->on("GET", DomainPath, [&](HttpExchange &ex, const QRegularExpressionMatch &) {
        const qint64 now = clock.elapsed();
        int inWindow = 0;
        for (qint64 t : std::as_const(arrivals))
            inWindow += now - t < 1000 ? 1 : 0;
        arrivals << now;
        if (inWindow >= ServerLimit)
            ex.respondJson(429, QJsonObject {{QStringLiteral("message"), QStringLiteral("Too Many Requests")}});
        else
            ex.respondJson(200, domainJson({}));
    });
    // Turn retries off: a 429 must not be hidden by a retry in this test.
    RetryPolicy once = m_client->transport()->retryPolicy();
    once.maxAttempts = 1;
    m_client->transport()->setRetryPolicy(once);

    QList<std::shared_ptr<ResultWaiter<CloudonixDomain>>> results;
    for (int i = 0; i < Requests; ++i) {
        results << std::make_shared<ResultWaiter<CloudonixDomain>>();
        m_client->getDomain(Domain, this, results.last()->callback());
    }
    // Four start at once, nine wait; one more would start in the third window from now.
    QTRY_COMPARE(m_client->rateLimiter()->queued(Domain), Requests - 4);
    QVERIFY(m_client->rateLimiter()->estimatedWait(Domain).count() >= 2900);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(results.cbegin(), results.cend(), [](const auto &r) { return r->has(); }),
                             10000);
    for (const auto &r : std::as_const(results))
        QVERIFY2(r->ok(), qPrintable(r->error().details()));
    QCOMPARE(arrivals.size(), Requests);
    for (int i = 4; i < arrivals.size(); ++i)
        QVERIFY2(arrivals.at(i) - arrivals.at(i - 4) >= 950,
                 qPrintable(QStringLiteral("request %1 came early").arg(i)));
    QVERIFY(arrivals.last() >= 2900); // 13 requests at 4 per second need three full windows
}

void TestCloudonixClient::rateLimitIsWaitedOut()
{
    int calls = 0;
    m_server->on("PATCH", DomainPath, [&calls](HttpExchange &ex, const QRegularExpressionMatch &) {
        if (++calls == 1)
            ex.respondJson(429,
                           QJsonObject {{QStringLiteral("error"), QStringLiteral("rate limited")}}); // no Retry-After
        else
            ex.respondJson(200,
                           domainJson(QJsonObject {{QStringLiteral("allowed-border"), true},
                                                   {QStringLiteral("redirect-unknown-to-border"), true}}));
    });
    m_server->onJson("GET", DomainPath, 200, domainJson({}));
    ResultWaiter<CloudonixProfileChange> r;
    m_client->updateBorderSettings(Domain, CloudonixBorderSettings {true, true}, this, r.callback());
    QTRY_VERIFY_WITH_TIMEOUT(r.has(), 5000);
    QVERIFY2(r.ok(), qPrintable(r.error().details()));
    QCOMPARE(calls, 2);
    const auto &log = m_server->log();
    QVERIFY(log.at(2).atMs - log.at(1).atMs >= 250); // the fallback wait (300 ms here, 10 s by default)
}

void TestCloudonixClient::pacingIsPerDomain()
{
    m_client->rateLimiter()->setLimit(2, std::chrono::milliseconds(60000));
    m_server->onJson("GET", QStringLiteral("/customers/self/domains/.*"), 200, domainJson({}));
    ResultWaiter<CloudonixDomain> a1, a2, a3, b1;
    m_client->getDomain(QStringLiteral("a.example"), this, a1.callback());
    m_client->getDomain(QStringLiteral("a.example"), this, a2.callback());
    m_client->getDomain(QStringLiteral("a.example"), this, a3.callback());
    m_client->getDomain(QStringLiteral("b.example"), this, b1.callback());
    QTRY_VERIFY(a1.has() && a2.has() && b1.has());
    QTest::qWait(100);
    QVERIFY(!a3.has()); // held back a whole minute: a's window is full
    QCOMPARE(m_client->rateLimiter()->queued(QStringLiteral("a.example")), 1);
}

QTEST_GUILESS_MAIN(TestCloudonixClient)
#include "tst_cloudonixclient.moc"
