// Verifying a Vapi key through the core's operation: region detection, assistants, trunks.
#include "operations/VerifyVapiOperation.h"
#include "support/OperationResult.h"
#include "support/ProvisioningFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace tw;
using namespace tw::test;

class TestVerifyVapiOperation : public QObject
{
    Q_OBJECT

private slots:
    void detectsTheRegionAndReadsTheOrganisation();
    void aGivenRegionIsKept();
    void wrongKeyIsUnauthorized();
    void cancelEndsWithCancelled();
    void retriesReachTheCaller();
};

void TestVerifyVapiOperation::detectsTheRegionAndReadsTheOrganisation()
{
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(1)).ok); // one byo-sip-trunk exists now
    VerifyVapiOperation op(&f.core(), f.sandbox().scenario().vapiKey(), QString());
    QSignalSpy ended(&op, &Operation::ended);
    const auto check = runOperation(&op, &VerifyVapiOperation::finished);
    QVERIFY(check);
    QVERIFY2(check->ok(), qPrintable(check->error ? check->error->details() : QString()));
    QCOMPARE(check->region, QStringLiteral("us")); // both answer on the sandbox: US is preferred
    QCOMPARE(check->assistants.size(), 5);
    QCOMPARE(check->trunks.size(), 1);
    QCOMPARE(check->trunks.first().name, QStringLiteral("Cloudonix demo"));
    QCOMPARE(ended.size(), 1);
    QVERIFY(!op.isRunning());
}

void TestVerifyVapiOperation::aGivenRegionIsKept()
{
    ProvisioningFixture f;
    VerifyVapiOperation op(&f.core(), f.sandbox().scenario().vapiKey(), QStringLiteral("EU"));
    const auto check = runOperation(&op, &VerifyVapiOperation::finished);
    QVERIFY(check && check->ok());
    QCOMPARE(check->region, QStringLiteral("eu"));
    QCOMPARE(check->trunks.size(), 0);
}

void TestVerifyVapiOperation::wrongKeyIsUnauthorized()
{
    ProvisioningFixture f;
    VerifyVapiOperation op(&f.core(), QStringLiteral("not-the-key"), QString());
    const auto check = runOperation(&op, &VerifyVapiOperation::finished);
    QVERIFY(check);
    QVERIFY(!check->ok());
    QCOMPARE(check->error->kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(check->region, QStringLiteral("us")); // neither accepted it: the preferred region's answer
}

void TestVerifyVapiOperation::cancelEndsWithCancelled()
{
    ProvisioningFixture f;
    f.sandbox().setLatency(300);
    VerifyVapiOperation op(&f.core(), f.sandbox().scenario().vapiKey(), QStringLiteral("us"));
    std::optional<VapiAccountCheck> check;
    EventWait wait;
    connect(&op, &VerifyVapiOperation::finished, this, [&check, done = wait.done()](const VapiAccountCheck &c) {
        check = c;
        done();
    });
    op.start();
    QTimer::singleShot(50, &op, &Operation::cancel);
    QVERIFY(wait.wait(5000));
    QVERIFY(op.isCancelled());
    QVERIFY(!check->ok());
    QCOMPARE(check->error->kind(), ApiError::Kind::Cancelled);
}

void TestVerifyVapiOperation::retriesReachTheCaller()
{
    ProvisioningFixture f; // retry delays of 10 ms and more
    QVERIFY(f.addFault(QStringLiteral("GET /vapi/assistant=503x1")));
    VerifyVapiOperation op(&f.core(), f.sandbox().scenario().vapiKey(), QStringLiteral("us"));
    QList<QList<QVariant>> waits;
    connect(&op, &Operation::waitStarted, this, [&waits](Operation::Wait reason, int ms, const QString &text) {
        waits << QList<QVariant> {QVariant::fromValue(reason), ms, text};
    });
    const auto check = runOperation(&op, &VerifyVapiOperation::finished);
    QVERIFY(check && check->ok());
    QCOMPARE(waits.size(), 1);
    QCOMPARE(waits.first().at(0).value<Operation::Wait>(), Operation::Wait::Retry);
    QVERIFY(waits.first().at(1).toInt() > 0);
    QVERIFY2(waits.first().at(2).toString().contains(QLatin1String("Vapi did not answer properly; try 2")),
             qPrintable(waits.first().at(2).toString()));
}

QTEST_GUILESS_MAIN(TestVerifyVapiOperation)
#include "tst_verifyvapioperation.moc"
