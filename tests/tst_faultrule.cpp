#include "sandbox/FaultRule.h"

#include <QTest>

using tw::FaultRule;

class TestFaultRule : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void countsDown();
};

void TestFaultRule::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "POST /vapi/credential=503x2" << true << QByteArray("POST") << "/vapi/credential" << true;
    QTest::newRow("other method") << "POST /vapi/credential=503" << true << QByteArray("GET") << "/vapi/credential"
                                  << false;
    QTest::newRow("wildcard") << "* /cloudonix/*=timeout" << true << QByteArray("PATCH") << "/cloudonix/domains/x"
                              << true;
    QTest::newRow("wildcard miss") << "* /cloudonix/*=drop" << true << QByteArray("GET") << "/vapi/assistant" << false;
    QTest::newRow("lower-case method") << "get /vapi/assistant=malformed" << true << QByteArray("GET")
                                       << "/vapi/assistant" << true;
    QTest::newRow("no retry-after") << "GET /vapi/assistant=429-no-retry-after" << true << QByteArray("GET")
                                    << "/vapi/assistant" << true;
    QTest::newRow("regex chars are literal")
        << "GET /vapi/a.b=500" << true << QByteArray("GET") << "/vapi/axb" << false;
    QTest::newRow("unknown kind") << "GET /x=teapot" << false << QByteArray() << "" << false;
    QTest::newRow("no equals") << "GET /x 500" << false << QByteArray() << "" << false;
    QTest::newRow("x0") << "GET /x=500x0" << false << QByteArray() << "" << false;
}

void TestFaultRule::parse()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    FaultRule rule;
    QString error;
    QCOMPARE(FaultRule::parse(spec, &rule, &error), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(rule.matches(method, path), matches);
}

void TestFaultRule::countsDown()
{
    FaultRule rule;
    QString error;
    QVERIFY(FaultRule::parse(QStringLiteral("GET /a=500x2"), &rule, &error));
    QCOMPARE(rule.kind(), FaultRule::Kind::ServerError);
    QCOMPARE(rule.remaining(), 2);
    rule.consume();
    rule.consume();
    QVERIFY(rule.isSpent());
    QVERIFY(!rule.matches("GET", QStringLiteral("/a")));
    QVERIFY(FaultRule::parse(QStringLiteral("GET /a=500"), &rule, &error));
    rule.consume();
    QCOMPARE(rule.remaining(), -1);

    // @3: the first two matching requests go by, the third is answered by the fault, then no more.
    QVERIFY(FaultRule::parse(QStringLiteral("POST /a=hang-after@3"), &rule, &error));
    QCOMPARE(rule.kind(), FaultRule::Kind::HangAfterApplying);
    QVERIFY(rule.passOver());
    QVERIFY(rule.passOver());
    QVERIFY(!rule.passOver());
    rule.consume();
    QVERIFY(rule.isSpent());
    QVERIFY(!FaultRule::parse(QStringLiteral("POST /a=drop@0"), &rule, &error));
}

QTEST_GUILESS_MAIN(TestFaultRule)
#include "tst_faultrule.moc"
