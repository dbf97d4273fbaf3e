#include "api/EndpointPolicy.h"

#include <QTest>

using tw::EndpointPolicy;

class TestEndpointPolicy : public QObject
{
    Q_OBJECT

private slots:
    void checkBaseUrl_data();
    void checkBaseUrl();
    void defaultsAndRegions();
    void environmentWinsOverSetting();
};

void TestEndpointPolicy::checkBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("cloudonix") << "https://api.cloudonix.io" << true;
    QTest::newRow("vapi eu") << "https://api.eu.vapi.ai" << true;
    QTest::newRow("https with path") << "https://proxy.example.com/vapi" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http loopback other") << "http://127.9.9.9:1" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:9000" << true;
    QTest::newRow("http localhost") << "http://localhost:9000" << true;
    QTest::newRow("http remote") << "http://api.vapi.ai" << false;
    QTest::newRow("http private lan") << "http://192.168.1.10" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.example" << false;
    QTest::newRow("ftp") << "ftp://api.vapi.ai" << false;
    QTest::newRow("user info") << "https://user:pw@api.vapi.ai" << false;
    QTest::newRow("query") << "https://api.vapi.ai/?x=1" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("no scheme, ip and port") << "127.0.0.1:8080" << false;
    QTest::newRow("no scheme, name and port") << "localhost:8080" << false;
    QTest::newRow("no scheme, user") << "user:pw@127.0.0.1:8080" << false;
}

void TestEndpointPolicy::checkBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString error = EndpointPolicy::checkBaseUrl(QUrl(url));
    QCOMPARE(error.isEmpty(), accepted);
    if (!accepted) {
        QVERIFY(!error.contains(QLatin1String("pw")));
        // The address as written is named, never an empty "".
        QVERIFY2(!error.contains(QLatin1String("\"\"")), qPrintable(error));
    }
}

void TestEndpointPolicy::defaultsAndRegions()
{
    qunsetenv("TRUNKWIZARD_VAPI_URL");
    qunsetenv("TRUNKWIZARD_CLOUDONIX_URL");
    QCOMPARE(EndpointPolicy::cloudonixUrl(), QUrl(QStringLiteral("https://api.cloudonix.io")));
    QCOMPARE(EndpointPolicy::vapiUrl(EndpointPolicy::VapiRegion::Us), QUrl(QStringLiteral("https://api.vapi.ai")));
    QCOMPARE(EndpointPolicy::vapiUrl(EndpointPolicy::VapiRegion::Eu), QUrl(QStringLiteral("https://api.eu.vapi.ai")));
    QCOMPARE(EndpointPolicy::vapiSipHost(EndpointPolicy::VapiRegion::Eu), QStringLiteral("sip.eu.vapi.ai"));
    EndpointPolicy::VapiRegion region;
    QVERIFY(EndpointPolicy::parseRegion(QStringLiteral("EU"), &region));
    QCOMPARE(region, EndpointPolicy::VapiRegion::Eu);
    QVERIFY(!EndpointPolicy::parseRegion(QStringLiteral("asia"), &region));
}

void TestEndpointPolicy::environmentWinsOverSetting()
{
    QCOMPARE(EndpointPolicy::vapiUrl(EndpointPolicy::VapiRegion::Us, QStringLiteral("https://setting.example")),
             QUrl(QStringLiteral("https://setting.example")));
    qputenv("TRUNKWIZARD_VAPI_URL", "http://127.0.0.1:4010");
    qputenv("TRUNKWIZARD_CLOUDONIX_URL", "http://127.0.0.1:4011");
    QCOMPARE(EndpointPolicy::vapiUrl(EndpointPolicy::VapiRegion::Eu, QStringLiteral("https://setting.example")),
             QUrl(QStringLiteral("http://127.0.0.1:4010")));
    QCOMPARE(EndpointPolicy::cloudonixUrl(QStringLiteral("https://setting.example")),
             QUrl(QStringLiteral("http://127.0.0.1:4011")));
    qunsetenv("TRUNKWIZARD_VAPI_URL");
    qunsetenv("TRUNKWIZARD_CLOUDONIX_URL");
}

QTEST_GUILESS_MAIN(TestEndpointPolicy)
#include "tst_endpointpolicy.moc"
