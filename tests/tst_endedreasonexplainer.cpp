#include "provisioning/EndedReasonExplainer.h"

#include <QFile>
#include <QMap>
#include <QTest>

using tw::EndedReasonExplainer;

class TestEndedReasonExplainer : public QObject
{
    Q_OBJECT

private slots:
    void explain_data();
    void explain();
    void everyDocumentedReasonHasItsRule();
    void sipCodesAreRead();
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
                         << "the carrier"
                         << "carrier trunk";
    QTest::newRow("480") << "call.in-progress.error-providerfault-outbound-sip-480-temporarily-unavailable" << false
                         << "the carrier"
                         << "SIP 480";
    QTest::newRow("SIP URI number") << "call.start.error-get-transport" << false << "the trunk settings"
                                    << "only receives calls";
    QTest::newRow("no audio") << "call.in-progress.error-assistant-did-not-receive-customer-audio" << false
                              << "the trunk settings"
                              << "RTP";
    QTest::newRow("model key") << "pipeline-error-openai-401-unauthorized" << false << "the assistant"
                               << "API key";
    QTest::newRow("credits") << "call.start.error-subscription-insufficient-credits" << false << "Vapi"
                             << "credits";
    QTest::newRow("no answer") << "customer-did-not-answer" << false << "the called party"
                               << "nobody answered";
    QTest::newRow("busy") << "customer-busy" << false << "the called party"
                          << "busy";
    QTest::newRow("cannot connect") << "call.in-progress.error-sip-outbound-call-failed-to-connect" << false
                                    << "the trunk settings"
                                    << "firewall";
    QTest::newRow("inbound") << "call.ringing.error-sip-inbound-call-failed-to-connect" << false << "the trunk settings"
                             << "inbound";
    // Future values: by their family, else Vapi's with the value named.
    QTest::newRow("new pipeline") << "pipeline-error-newvendor-llm-failed" << false << "the assistant"
                                  << "provider";
    QTest::newRow("new sip code") << "call.in-progress.error-providerfault-outbound-sip-486-busy-here" << false
                                  << "the called party"
                                  << "busy";
    QTest::newRow("new start") << "call.start.error-something-new" << false << "Vapi"
                               << "could not start";
    QTest::newRow("unknown") << "something-new" << false << "Vapi"
                             << "something-new";
    QTest::newRow("empty") << "" << false << "Vapi"
                           << "without giving a reason";
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

// Each documented value (tests/fixtures, from Vapi's API definition) has a rule of its own:
// none falls through to the sentence for values this version does not know, and each names a
// side and a next step.
void TestEndedReasonExplainer::everyDocumentedReasonHasItsRule()
{
    QFile file(QStringLiteral(TW_FIXTURES "/vapi-ended-reasons.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList sides {QStringLiteral("nobody"),       QStringLiteral("Vapi"),
                             QStringLiteral("Cloudonix"),    QStringLiteral("the trunk settings"),
                             QStringLiteral("the carrier"),  QStringLiteral("the called party"),
                             QStringLiteral("the assistant")};
    const QString unknown = EndedReasonExplainer::explain(QStringLiteral("zz-never-a-reason")).text;
    const QString unknownStart = unknown.left(unknown.indexOf(QLatin1Char('(')));
    int count = 0;
    QMap<QString, int> perSide;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString reason = QString::fromUtf8(line.trimmed());
        if (reason.isEmpty() || reason.startsWith(QLatin1Char('#')))
            continue;
        ++count;
        const auto e = EndedReasonExplainer::explain(reason);
        QVERIFY2(sides.contains(e.side), qPrintable(reason + QStringLiteral(": side ") + e.side));
        QVERIFY2(!e.text.startsWith(unknownStart), qPrintable(reason + QStringLiteral(" has no rule")));
        QVERIFY2(e.connected || e.text.count(QLatin1Char('.')) >= 2,
                 qPrintable(reason + QStringLiteral(": no next step in \"") + e.text + QLatin1Char('"')));
        ++perSide[e.side];
    }
    QVERIFY2(count >= 590, qPrintable(QString::number(count)));
    qInfo() << count << "reasons by side:" << perSide;
    for (const QString &side : sides)
        QVERIFY2(perSide.value(side) > 0, qPrintable(side)); // every side is reachable
}

void TestEndedReasonExplainer::sipCodesAreRead()
{
    QCOMPARE(EndedReasonExplainer::sipCode(QStringLiteral("call.in-progress.error-providerfault-outbound-sip-407-proxy-"
                                                          "authentication-required")),
             407);
    QCOMPARE(
        EndedReasonExplainer::sipCode(QStringLiteral("call.in-progress.error-sip-outbound-call-failed-to-connect")), 0);
    QCOMPARE(EndedReasonExplainer::sipCode(QStringLiteral("pipeline-error-vapi-500-server-error")), 0);
}

QTEST_GUILESS_MAIN(TestEndedReasonExplainer)
#include "tst_endedreasonexplainer.moc"
