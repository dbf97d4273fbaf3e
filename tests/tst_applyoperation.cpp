// Applying a plan through the core's operation: step reports name the change and carry the
// typed error, waits reach the caller with their reason, and a cancel before the start
// writes nothing.
#include "operations/ApplyOperation.h"
#include "operations/PlanOperation.h"
#include "support/OperationResult.h"
#include "support/ProvisioningFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace tw;
using namespace tw::test;

class TestApplyOperation : public QObject
{
    Q_OBJECT

private slots:
    void stepReportsNameTheChangeAndItsError();
    void pacingWaitsReachTheCaller();
    void cancelBeforeTheStartWritesNothing();

private:
    PlanOutcome plan(ProvisioningFixture &f, const DesiredState &desired);
    AccountKeys keys(ProvisioningFixture &f);
};

AccountKeys TestApplyOperation::keys(ProvisioningFixture &f)
{
    return AccountKeys {f.sandbox().scenario().cloudonixCustomerKey(), f.sandbox().scenario().vapiKey(),
                        QStringLiteral("us")};
}

PlanOutcome TestApplyOperation::plan(ProvisioningFixture &f, const DesiredState &desired)
{
    PlanOperation *op = PlanOperation::forState(&f.core(), keys(f), desired, this);
    const auto outcome = runOperation(op, &PlanOperation::finished);
    delete op;
    return outcome.value_or(PlanOutcome {});
}

void TestApplyOperation::stepReportsNameTheChangeAndItsError()
{
    ProvisioningFixture f;
    const PlanOutcome planned = plan(f, ProvisioningFixture::sampleState(2));
    QVERIFY(planned.ok() && planned.plan.canApply());
    QVERIFY(f.addFault(QStringLiteral("POST /vapi/phone-number=500")));
    ApplyOperation op(&f.core(), keys(f), planned);
    QSignalSpy started(&op, &ApplyOperation::stepStarted);
    QList<StepReport> finished;
    connect(&op, &ApplyOperation::stepFinished, this, [&finished](const StepReport &r) { finished << r; });
    const auto result = runOperation(&op, &ApplyOperation::finished);
    QVERIFY(result);
    QVERIFY(!result->ok);
    QVERIFY(result->rolledBack);

    QVERIFY(started.size() >= 3);
    QCOMPARE(finished.first().resource, PlanAction::Resource::BorderFlags);
    QVERIFY(finished.first().ok());
    QCOMPARE(finished.at(1).resource, PlanAction::Resource::Trunk);
    QCOMPARE(finished.at(1).kind, PlanAction::Kind::Create);
    QCOMPARE(finished.at(1).key, QStringLiteral("Cloudonix demo"));
    const auto failedAt = std::find_if(finished.cbegin(), finished.cend(), [](const StepReport &r) { return !r.ok(); });
    QVERIFY(failedAt != finished.cend());
    const StepReport failed = *failedAt;
    QCOMPARE(failed.resource, PlanAction::Resource::PhoneNumber);
    QVERIFY(failed.key.startsWith(QLatin1String("+121277710")));
    QCOMPARE(failed.error->system(), ApiError::System::Vapi);
    QCOMPARE(failed.error->httpStatus(), 500);
    QCOMPARE(failed.total, planned.plan.writeCount());
    QCOMPARE(failed.message(), failed.error->userMessage());
}

void TestApplyOperation::pacingWaitsReachTheCaller()
{
    ProvisioningFixture f; // Cloudonix paced at 5 requests per 150 ms
    const PlanOutcome planned = plan(f, ProvisioningFixture::sampleState(12));
    ApplyOperation op(&f.core(), keys(f), planned);
    QList<QPair<Operation::Wait, QString>> waits;
    connect(&op, &Operation::waitStarted, this, [&waits](Operation::Wait reason, int ms, const QString &text) {
        QVERIFY(ms > 0);
        waits << qMakePair(reason, text);
    });
    QSignalSpy progress(&op, &Operation::progressChanged);
    const auto result = runOperation(&op, &ApplyOperation::finished);
    QVERIFY(result && result->ok);
    QVERIFY(!waits.isEmpty()); // twelve DNIDs cannot all start in one window
    QCOMPARE(waits.first().first, Operation::Wait::RateLimit);
    QVERIFY2(waits.first().second.contains(QLatin1String("Cloudonix's rate limit")), qPrintable(waits.first().second));
    QCOMPARE(progress.last().at(0).toInt(), planned.plan.writeCount());
    QCOMPARE(progress.last().at(1).toInt(), planned.plan.writeCount());
}

void TestApplyOperation::cancelBeforeTheStartWritesNothing()
{
    ProvisioningFixture f;
    const PlanOutcome planned = plan(f, ProvisioningFixture::sampleState(2));
    f.clearLog();
    ApplyOperation op(&f.core(), keys(f), planned);
    std::optional<ApplyResult> result;
    EventWait wait;
    connect(&op, &ApplyOperation::finished, this, [&result, done = wait.done()](const ApplyResult &r) {
        result = r;
        done();
    });
    op.start();
    op.cancel();
    QVERIFY(wait.wait(5000));
    QVERIFY(result->cancelled);
    QVERIFY(!result->ok);
    QCOMPARE(f.writes(), 0);
}

QTEST_GUILESS_MAIN(TestApplyOperation)
#include "tst_applyoperation.moc"
