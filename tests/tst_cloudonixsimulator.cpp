// Contract tests: api-contract.md section D, "Cloudonix fake", items 1-7, checked against the
// trunkwizard-sandbox process over HTTP.
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

#include <QTemporaryFile>
#include <QTest>

using namespace tw::test;

namespace {
const QByteArray CustomerKey = "XIsandboxcustomerkey00000000000000";
const QByteArray DemoKey = "XIsandboxdomainkeydemo000000000000";
const QString Demo = QStringLiteral("demo.cloudonix.net");

QString errorText(const HttpProbe::Reply &r)
{
    const QJsonObject o = r.object();
    return o.value(QStringLiteral("message")).toString() + o.value(QStringLiteral("error")).toString();
}
} // namespace

class TestCloudonixSimulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void d01_keysAndScopes();
    void d02_threeAddressForms();
    void d03_rateLimitPerDomain();
    void d04_customerAndDomains();
    void d05_profilePatchMergesAndDeletes();
    void d06_applicationsAndDnids();
    void d06_aliasesAndTrunks();
    void d07_errorBodiesVary();

private:
    QString url(const QString &path) const { return m_sandbox->cloudonixUrl() + path; }
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpProbe m_http;
};

void TestCloudonixSimulator::init()
{
    // A fresh process per test: the rate limit counts requests per domain.
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
}

void TestCloudonixSimulator::d01_keysAndScopes()
{
    QCOMPARE(m_http.get(url(QStringLiteral("/customers/self/domains/demo.cloudonix.net")), CustomerKey).status, 200);
    QCOMPARE(m_http.get(url(QStringLiteral("/customers/self/domains/demo.cloudonix.net")), DemoKey).status, 200);
    QCOMPARE(m_http.get(url(QStringLiteral("/customers/self/domains/other.cloudonix.net")), DemoKey).status, 403);
    QCOMPARE(m_http.get(url(QStringLiteral("/customers/self")), DemoKey).status, 403);
    QCOMPARE(m_http.get(url(QStringLiteral("/customers/self/domains/demo.cloudonix.net")), "XIwrong").status, 401);
    QCOMPARE(m_http.get(url(QStringLiteral("/customers/self/domains/demo.cloudonix.net"))).status, 401);
    QCOMPARE(m_http.get(url(QStringLiteral("/customers/self/domains/nope.cloudonix.net")), CustomerKey).status, 404);
    QCOMPARE(
        m_http.get(url(QStringLiteral("/domains/self")), DemoKey).object().value(QStringLiteral("domain")).toString(),
        Demo);
}

void TestCloudonixSimulator::d02_threeAddressForms()
{
    m_http.send("PATCH", url(QStringLiteral("/customers/self/domains/demo.cloudonix.net")), CustomerKey,
                QJsonObject {{QStringLiteral("profile"), QJsonObject {{QStringLiteral("allowed-border"), true}}}});
    for (const QString &path :
         {QStringLiteral("/customers/self/domains/demo.cloudonix.net"),
          QStringLiteral("/tenants/self/domains/demo.cloudonix.net"), QStringLiteral("/domains/demo.cloudonix.net")}) {
        const auto r = m_http.get(url(path), CustomerKey);
        QCOMPARE(r.status, 200);
        QVERIFY2(
            r.object().value(QStringLiteral("profile")).toObject().value(QStringLiteral("allowed-border")).toBool(),
            qPrintable(path));
    }
    QCOMPARE(m_http.get(url(QStringLiteral("/tenants/self")), CustomerKey).status, 200);
}

void TestCloudonixSimulator::d03_rateLimitPerDomain()
{
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_http.get(url(QStringLiteral("/domains/demo.cloudonix.net")), CustomerKey).status, 200);
    const auto limited = m_http.get(url(QStringLiteral("/domains/demo.cloudonix.net/applications")), CustomerKey);
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.headers.contains("retry-after")); // none documented for Cloudonix
    QCOMPARE(m_http.get(url(QStringLiteral("/domains/other.cloudonix.net")), CustomerKey).status,
             200); // other domains unaffected
}

void TestCloudonixSimulator::d04_customerAndDomains()
{
    const auto customer = m_http.get(url(QStringLiteral("/customers/self")), CustomerKey);
    QCOMPARE(customer.status, 200);
    QCOMPARE(customer.object().value(QStringLiteral("name")).toString(), QStringLiteral("Sandbox Customer"));
    const QJsonObject demo
        = m_http.get(url(QStringLiteral("/customers/self/domains/demo.cloudonix.net")), CustomerKey).object();
    QVERIFY(!demo.value(QStringLiteral("uuid")).toString().isEmpty());
    QVERIFY(demo.value(QStringLiteral("profile")).isObject());
    QStringList types;
    for (const QJsonValue &a : demo.value(QStringLiteral("aliases")).toArray())
        types << a.toObject().value(QStringLiteral("type")).toString();
    QCOMPARE(types, (QStringList {QStringLiteral("auto"), QStringLiteral("subscribers")}));
    const QJsonObject bare
        = m_http.get(url(QStringLiteral("/customers/self/domains/noalias.cloudonix.net")), CustomerKey).object();
    for (const QJsonValue &a : bare.value(QStringLiteral("aliases")).toArray())
        QVERIFY(a.toObject().value(QStringLiteral("type")).toString() != QLatin1String("auto"));
    // A domain can also be addressed by its uuid.
    QCOMPARE(m_http.get(url(QStringLiteral("/domains/") + demo.value(QStringLiteral("uuid")).toString()), CustomerKey)
                 .status,
             200);
}

void TestCloudonixSimulator::d05_profilePatchMergesAndDeletes()
{
    auto r = m_http.send("PATCH", url(QStringLiteral("/customers/self/domains/demo.cloudonix.net")), CustomerKey,
                         QJsonObject {{QStringLiteral("profile"),
                                       QJsonObject {{QStringLiteral("allowed-border"), true},
                                                    {QStringLiteral("redirect-unknown-to-border"), true}}}});
    QCOMPARE(r.status, 200);
    QJsonObject profile = r.object().value(QStringLiteral("profile")).toObject();
    QCOMPARE(profile.value(QStringLiteral("call-timeout")).toInt(), 60); // kept
    QVERIFY(profile.value(QStringLiteral("allowed-border")).toBool());
    r = m_http.send(
        "PATCH", url(QStringLiteral("/customers/self/domains/demo.cloudonix.net")), CustomerKey,
        QJsonObject {{QStringLiteral("profile"), QJsonObject {{QStringLiteral("allowed-border"), QJsonValue::Null}}}});
    profile = r.object().value(QStringLiteral("profile")).toObject();
    QVERIFY(!profile.contains(QStringLiteral("allowed-border")));
    QVERIFY(profile.contains(QStringLiteral("redirect-unknown-to-border")));
    QCOMPARE(m_http
                 .send("PATCH", url(QStringLiteral("/domains/demo.cloudonix.net")), CustomerKey,
                       QJsonObject {{QStringLiteral("colour"), 1}})
                 .status,
             400);
}

void TestCloudonixSimulator::d06_applicationsAndDnids()
{
    const QString apps = url(QStringLiteral("/customers/self/domains/demo.cloudonix.net/applications"));
    auto list = m_http.get(apps, CustomerKey);
    QCOMPARE(list.array().size(), 2); // call-routing and blackhole
    auto created = m_http.send("POST", apps, CustomerKey,
                               QJsonObject {{QStringLiteral("name"), QStringLiteral("vapi-inbound")},
                                            {QStringLiteral("type"), QStringLiteral("cxml")},
                                            {QStringLiteral("url"), QStringLiteral("https://example.com/cxml")},
                                            {QStringLiteral("method"), QStringLiteral("POST")}});
    QVERIFY(created.status == 200 || created.status == 201);
    for (const char *field : {"id", "uuid", "name", "type", "url", "method", "active"})
        QVERIFY2(created.object().contains(QLatin1String(field)), field);
    QCOMPARE(m_http.get(apps + QStringLiteral("/vapi-inbound"), CustomerKey)
                 .object()
                 .value(QStringLiteral("url"))
                 .toString(),
             QStringLiteral("https://example.com/cxml"));
    auto patched = m_http.send("PATCH", apps + QStringLiteral("/vapi-inbound"), CustomerKey,
                               QJsonObject {{QStringLiteral("url"), QStringLiteral("https://example.com/v2")}});
    QCOMPARE(patched.object().value(QStringLiteral("url")).toString(), QStringLiteral("https://example.com/v2"));
    QCOMPARE(patched.object().value(QStringLiteral("method")).toString(), QStringLiteral("POST")); // partial

    auto dnid = m_http.send("POST", apps + QStringLiteral("/vapi-inbound/dnids"), CustomerKey,
                            QJsonObject {{QStringLiteral("source"), QStringLiteral("+12127773456")},
                                         {QStringLiteral("prefix"), false},
                                         {QStringLiteral("expression"), false},
                                         {QStringLiteral("asteriskCompatible"), false}});
    QVERIFY(dnid.status == 200 || dnid.status == 201);
    const QString dnidId = QString::number(dnid.object().value(QStringLiteral("id")).toInt());
    QCOMPARE(dnid.object().value(QStringLiteral("application")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("vapi-inbound"));
    const auto dnids = m_http.get(url(QStringLiteral("/customers/self/domains/demo.cloudonix.net/dnids")), CustomerKey);
    QCOMPARE(dnids.array().size(), 1);
    QCOMPARE(m_http
                 .send("DELETE", url(QStringLiteral("/customers/self/domains/demo.cloudonix.net/dnids/")) + dnidId,
                       CustomerKey)
                 .status,
             204);
    QCOMPARE(m_http.send("DELETE", apps + QStringLiteral("/vapi-inbound"), CustomerKey).status, 204);
    QCOMPARE(m_http.get(apps + QStringLiteral("/vapi-inbound"), CustomerKey).status, 404);
}

void TestCloudonixSimulator::d06_aliasesAndTrunks()
{
    const QString base = url(QStringLiteral("/domains/demo.cloudonix.net"));
    auto alias = m_http.send("POST", base + QStringLiteral("/aliases"), CustomerKey,
                             QJsonObject {{QStringLiteral("alias"), QStringLiteral("sip.acme.example")}});
    QCOMPARE(alias.status, 200);
    QCOMPARE(alias.object().value(QStringLiteral("type")).toString(), QStringLiteral("subscribers"));
    QCOMPARE(m_http.get(base + QStringLiteral("/aliases"), CustomerKey).array().size(), 3);
    QCOMPARE(m_http.send("DELETE", base + QStringLiteral("/aliases/sip.acme.example"), CustomerKey).status, 204);
    QCOMPARE(m_http.get(base + QStringLiteral("/aliases"), CustomerKey).array().size(), 2);

    auto trunk = m_http.send("POST", base + QStringLiteral("/trunks"), CustomerKey,
                             QJsonObject {{QStringLiteral("name"), QStringLiteral("carrier")},
                                          {QStringLiteral("ip"), QStringLiteral("198.51.100.20")},
                                          {QStringLiteral("port"), 5060},
                                          {QStringLiteral("transport"), QStringLiteral("udp")},
                                          {QStringLiteral("direction"), QStringLiteral("outbound")}});
    QCOMPARE(trunk.status, 200);
    const QString id = QString::number(trunk.object().value(QStringLiteral("id")).toInt());
    QCOMPARE(m_http
                 .send("PATCH", base + QStringLiteral("/trunks/") + id, CustomerKey,
                       QJsonObject {{QStringLiteral("metric"), 5}})
                 .object()
                 .value(QStringLiteral("metric"))
                 .toInt(),
             5);
    QCOMPARE(m_http.send("DELETE", base + QStringLiteral("/trunks/") + id, CustomerKey).status, 204);
}

void TestCloudonixSimulator::d07_errorBodiesVary()
{
    QSet<QString> shapes;
    for (int i = 0; i < 4; ++i) {
        const auto r = m_http.get(url(QStringLiteral("/customers/self/domains/missing%1.example").arg(i)), CustomerKey);
        QCOMPARE(r.status, 404);
        QVERIFY(!errorText(r).isEmpty());
        shapes.insert(r.object().keys().join(QLatin1Char(',')));
    }
    QCOMPARE(shapes, (QSet<QString> {QStringLiteral("message"), QStringLiteral("error")}));
}

QTEST_GUILESS_MAIN(TestCloudonixSimulator)
#include "tst_cloudonixsimulator.moc"
