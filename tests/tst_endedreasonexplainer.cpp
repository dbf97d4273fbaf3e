#include "provisioning/EndedReasonExplainer.h"

#include <QTest>

using tw::EndedReasonExplainer;

class TestEndedReasonExplainer : public QObject
{
    Q_OBJECT

private slots:
    void explain_data();
    void explain();
};

void TestEndedReasonExplainer::explain_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("normal end") << "customer-ended-call" << true << "nobody"
                                << "trunk works";
    QTest::newRow("403") << "call.in-progress.error-providerfault-outbound-sip-403-forbidden" << false << "Cloudonix"
                         << "border-to-border";
    QTest::newRow("407") << "call.in-progress.error-providerfault-outbound-sip-407-proxy-authentication-required"
                         << false << "Cloudonix"
                         << "authenticate";
    QTest::newRow("503") << "call.in-progress.error-providerfault-outbound-sip-503-service-unavailable" << false
                         << "Cloudonix"
                         << "carrier";
    QTest::newRow("no answer") << "customer-did-not-answer" << false << "the called party"
                               << "nobody answered";
    QTest::newRow("busy") << "customer-busy" << false << "the called party"
                          << "busy";
    QTest::newRow("cannot connect") << "call.in-progress.error-sip-outbound-call-failed-to-connect" << false
                                    << "the network"
                                    << "firewall";
    QTest::newRow("inbound") << "call.ringing.error-sip-inbound-call-failed-to-connect" << false << "Vapi"
                             << "inbound";
    QTest::newRow("unknown") << "something-new" << false << "unknown"
                             << "something-new";
}

void TestEndedReasonExplainer::explain()
{
    QFETCH(QString, reason);
    QFETCH(bool, connected);
    QFETCH(QString, side);
    QFETCH(QString, mentions);
    const auto e = EndedReasonExplainer::explain(reason);
    QCOMPARE(e.connected, connected);
    QCOMPARE(e.side, side);
    QVERIFY2(e.text.contains(mentions), qPrintable(e.text));
}

QTEST_GUILESS_MAIN(TestEndedReasonExplainer)
#include "tst_endedreasonexplainer.moc"
