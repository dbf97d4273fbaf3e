// Teardown, drift and the one-run-per-domain rule through the Provisioner, against the
// sandbox over loopback HTTP.
#include "config/DomainLock.h"
#include "support/EventWait.h"
#include "support/ProvisioningFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace tw;
using tw::test::ProvisioningFixture;

class TestProvisioner : public QObject
{
    Q_OBJECT

private slots:
    void teardownRemovesInOrderAndRestoresSettings();
    void teardownLeavesOthersAlone();
    void driftListsEveryDifference();
    void noDriftRightAfterApply();
    void busyDomainWaitsThenRefuses();
    void planMadeBeforeAnotherRunIsRefused();
    void cancelWhileWaitingForTheDomain();

private:
    PlanOutcome teardownPlan(ProvisioningFixture &f, bool restore);
    PlanOutcome drift(ProvisioningFixture &f);
};

PlanOutcome TestProvisioner::teardownPlan(ProvisioningFixture &f, bool restore)
{
    std::optional<PlanOutcome> outcome;
    f.provisioner().planTeardown(QStringLiteral("demo.cloudonix.net"), restore,
                                 [&](const PlanOutcome &o) { outcome = o; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000); }();
    return outcome.value_or(PlanOutcome {});
}

PlanOutcome TestProvisioner::drift(ProvisioningFixture &f)
{
    std::optional<PlanOutcome> outcome;
    f.provisioner().planDrift(QStringLiteral("demo.cloudonix.net"), [&](const PlanOutcome &o) { outcome = o; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000); }();
    return outcome.value_or(PlanOutcome {});
}

void TestProvisioner::teardownRemovesInOrderAndRestoresSettings()
{
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(2)).ok);
    f.clearLog();
    const PlanOutcome planned = teardownPlan(f, true);
    QVERIFY(planned.ok());
    QStringList order;
    for (const PlanAction &a : planned.plan.actions)
        order << PlanAction::resourceName(a.resource);
    QCOMPARE(order,
             (QStringList {QStringLiteral("phone-number"), QStringLiteral("phone-number"), QStringLiteral("dnid"),
                           QStringLiteral("dnid"), QStringLiteral("application"), QStringLiteral("trunk"),
                           QStringLiteral("domain-settings")}));
    QCOMPARE(f.writes(), 0);

    const ApplyResult result = f.apply(planned);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(f.byoTrunks().size(), 0);
    QCOMPARE(f.byoNumbers().size(), 0);
    const QJsonObject domain = f.domainState();
    QCOMPARE(domain.value(QStringLiteral("applications")).toArray().size(), 2);
    QCOMPARE(domain.value(QStringLiteral("dnids")).toArray().size(), 0);
    const QJsonObject profile = domain.value(QStringLiteral("profile")).toObject();
    QCOMPARE(profile.value(QStringLiteral("allowed-border")).toBool(true), false);
    QCOMPARE(profile.value(QStringLiteral("redirect-unknown-to-border")).toBool(false), true);
    // Deletes went numbers first, trunk after them.
    QStringList paths;
    for (const RequestLogEntry &e : f.sandbox().requestLog())
        if (e.method == "DELETE")
            paths << e.path.section(QLatin1Char('/'), 1, 1) + QLatin1Char('/') + e.path.section(QLatin1Char('/'), 2, 2);
    QCOMPARE(paths.last(), QStringLiteral("vapi/credential"));
    const AppConfig stored = f.store().load().config; // the record points into it
    const DomainRecord *record = stored.findDomain(QStringLiteral("demo.cloudonix.net"));
    QVERIFY(record->vapiCredentialId.isEmpty());
    QVERIFY(record->numbers.isEmpty() || record->numbers.first().vapiId.isEmpty());

    // A second teardown has nothing left to do.
    QCOMPARE(teardownPlan(f, true).plan.writeCount(), 0);
}

void TestProvisioner::teardownLeavesOthersAlone()
{
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(1)).ok);
    const int numbersBefore = int(f.vapiState().value(QStringLiteral("phoneNumbers")).toArray().size());
    const PlanOutcome planned = teardownPlan(f, false);
    QVERIFY(f.apply(planned).ok);
    // The scenario's own SIP URI number and openai credential are untouched; settings stay on.
    QCOMPARE(f.vapiState().value(QStringLiteral("phoneNumbers")).toArray().size(), numbersBefore - 1);
    QCOMPARE(f.vapiState().value(QStringLiteral("credentials")).toArray().size(), 1);
    QVERIFY(
        f.domainState().value(QStringLiteral("profile")).toObject().value(QStringLiteral("allowed-border")).toBool());
}

void TestProvisioner::driftListsEveryDifference()
{
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(2)).ok);
    const DomainRecord record = *f.store().load().config.findDomain(QStringLiteral("demo.cloudonix.net"));

    // Changes made behind the tool's back, in both web consoles.
    bool done = false;
    VapiPhoneNumberPatch detach;
    detach.assistantId = QString();
    f.vapi().updatePhoneNumber(record.numbers.first().vapiId, detach, &f.vapi(),
                               [&](const ApiResult<VapiPhoneNumber> &) { done = true; });
    QTRY_VERIFY(done);
    done = false;
    f.vapi().deletePhoneNumber(record.numbers.last().vapiId, &f.vapi(),
                               [&](const ApiResult<VapiPhoneNumber> &) { done = true; });
    QTRY_VERIFY(done);
    done = false;
    f.cloudonix().updateBorderSettings(QStringLiteral("demo.cloudonix.net"),
                                       CloudonixBorderSettings {false, std::nullopt}, &f.cloudonix(),
                                       [&](const ApiResult<CloudonixProfileChange> &) { done = true; });
    QTRY_VERIFY(done);
    f.clearLog();

    const PlanOutcome found = drift(f);
    QVERIFY(found.ok());
    QStringList kinds;
    for (const PlanAction &a : found.plan.actions)
        if (a.isWrite())
            kinds << PlanAction::resourceName(a.resource) + QLatin1Char(':') + PlanAction::kindName(a.kind);
    kinds.sort();
    QCOMPARE(kinds,
             (QStringList {QStringLiteral("domain-settings:update"), QStringLiteral("phone-number:create"),
                           QStringLiteral("phone-number:update")}));
    QCOMPARE(f.writes(), 0); // looking is free
}

void TestProvisioner::noDriftRightAfterApply()
{
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(2)).ok);
    QCOMPARE(drift(f).plan.writeCount(), 0);
}

void TestProvisioner::busyDomainWaitsThenRefuses()
{
    ProvisioningFixture f;
    const PlanOutcome planned = f.plan(ProvisioningFixture::sampleState(1));
    DomainLock other(f.store().directory(), QStringLiteral("demo.cloudonix.net")); // another run holds it
    test::EventWait held;
    other.acquire(std::chrono::milliseconds(0), [done = held.done()](bool, const QString &) { done(); });
    QVERIFY(held.wait());
    QVERIFY(other.isHeld());
    f.provisioner().setLockWait(std::chrono::milliseconds(300));
    f.clearLog();
    const ApplyResult result = f.apply(planned);
    QVERIFY(!result.ok);
    QVERIFY2(result.localError.contains(QLatin1String("Another change to demo.cloudonix.net is in progress")),
             qPrintable(result.localError));
    QCOMPARE(f.writes(), 0);

    other.release(); // once it is done, the same plan goes through
    QVERIFY(f.apply(planned).ok);
}

void TestProvisioner::planMadeBeforeAnotherRunIsRefused()
{
    ProvisioningFixture f;
    const PlanOutcome first = f.plan(ProvisioningFixture::sampleState(2));
    const PlanOutcome second = f.plan(ProvisioningFixture::sampleState(2)); // both see an empty domain
    QVERIFY(f.apply(first).ok);
    f.clearLog();
    const ApplyResult stale = f.apply(second);
    QVERIFY(!stale.ok);
    QVERIFY2(stale.localError.contains(QLatin1String("changed by another run after this plan was made")),
             qPrintable(stale.localError));
    QCOMPARE(f.writes(), 0);
    QCOMPARE(f.byoTrunks().size(), 1);
    QCOMPARE(f.byoNumbers().size(), 2);
}

void TestProvisioner::cancelWhileWaitingForTheDomain()
{
    ProvisioningFixture f;
    const PlanOutcome planned = f.plan(ProvisioningFixture::sampleState(1));
    DomainLock other(f.store().directory(), QStringLiteral("demo.cloudonix.net"));
    test::EventWait held;
    other.acquire(std::chrono::milliseconds(0), [done = held.done()](bool, const QString &) { done(); });
    QVERIFY(held.wait());
    QTimer::singleShot(100, &f.provisioner(), &Provisioner::cancel);
    const ApplyResult result = f.apply(planned); // waits up to 5 s unless cancelled
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QCOMPARE(f.writes(), 0);
}

QTEST_GUILESS_MAIN(TestProvisioner)
#include "tst_provisioner.moc"
