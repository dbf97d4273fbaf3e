// A create whose outcome the run never heard, for every kind of resource: the server made it and
// dropped the connection (the same run reads it back and goes on), or a run was stopped dead
// while the server was still making it (the next run, started at once, finds and adopts it).
// Either way each resource exists exactly once, the run ends well, and nobody is told that a
// value of theirs "already exists".
#include "support/HttpProbe.h"
#include "support/ProvisioningFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace tw;
using namespace tw::test;

namespace {

const QString Domain = QStringLiteral("demo.cloudonix.net");
const QString DomainPath = QStringLiteral("/cloudonix/customers/self/domains/demo.cloudonix.net");

DesiredState wanted()
{
    DesiredState s = ProvisioningFixture::sampleState(3);
    DesiredCarrierTrunk carrier;
    carrier.name = QStringLiteral("carrier-a");
    carrier.host = QStringLiteral("203.0.113.20");
    s.cloudonix.carrierTrunks << carrier;
    return s;
}

// Empty when the sandbox holds each wanted resource once; else what is wrong.
QString exactlyOnce(ProvisioningFixture &f)
{
    if (f.byoTrunks().size() != 1)
        return QStringLiteral("%1 Vapi trunks").arg(f.byoTrunks().size());
    QMap<QString, int> numbers;
    for (const QJsonObject &n : f.byoNumbers())
        ++numbers[n.value(QStringLiteral("number")).toString()];
    if (numbers.size() != 3 || std::any_of(numbers.cbegin(), numbers.cend(), [](int c) { return c != 1; }))
        return QStringLiteral("Vapi numbers: %1").arg(QStringList(numbers.keys()).join(QLatin1Char(',')));
    const QJsonObject domain = f.domainState();
    QMap<QString, int> dnids;
    for (const QJsonValue &d : domain.value(QStringLiteral("dnids")).toArray())
        ++dnids[d.toObject().value(QStringLiteral("source")).toString()];
    if (dnids.size() != 3 || std::any_of(dnids.cbegin(), dnids.cend(), [](int c) { return c != 1; }))
        return QStringLiteral("%1 DNIDs").arg(domain.value(QStringLiteral("dnids")).toArray().size());
    auto named = [&domain](const char *list, const char *name) {
        int n = 0;
        for (const QJsonValue &v : domain.value(QLatin1String(list)).toArray())
            n += v.toObject().value(QStringLiteral("name")).toString() == QLatin1String(name);
        return n;
    };
    if (named("applications", "vapi-inbound") != 1)
        return QStringLiteral("%1 routing applications").arg(named("applications", "vapi-inbound"));
    if (named("trunks", "carrier-a") != 1)
        return QStringLiteral("%1 carrier trunks").arg(named("trunks", "carrier-a"));
    return {};
}

// Empty when the records name each resource and no create is left pending; else what is wrong.
QString recordedOnce(ProvisioningFixture &f)
{
    const AppConfig stored = f.store().load().config;
    const DomainRecord *record = stored.findDomain(Domain);
    if (!record)
        return QStringLiteral("no record");
    if (record->numbers.size() != 3 || record->vapiCredentialId.isEmpty() || record->carrierTrunks.size() != 1)
        return QStringLiteral("recorded: %1 numbers, trunk \"%2\", %3 carrier trunks")
            .arg(record->numbers.size())
            .arg(record->vapiCredentialId)
            .arg(record->carrierTrunks.size());
    if (!record->pendingCreates.isEmpty())
        return QStringLiteral("%1 pending creates left").arg(record->pendingCreates.size());
    return {};
}

} // namespace

class TestCrashConvergence : public QObject
{
    Q_OBJECT

private slots:
    void droppedAfterCreating_data();
    void droppedAfterCreating();
    void deadRunStillBeingServed_data();
    void deadRunStillBeingServed();
    void alreadyExistsIsNeverTheAdminsMistake();
};

void TestCrashConvergence::droppedAfterCreating_data()
{
    QTest::addColumn<QString>("create");
    QTest::newRow("trunk") << QStringLiteral("POST /vapi/credential");
    QTest::newRow("number") << QStringLiteral("POST /vapi/phone-number");
    QTest::newRow("carrier trunk") << QStringLiteral("POST %1/trunks").arg(DomainPath);
    QTest::newRow("application") << QStringLiteral("POST %1/applications").arg(DomainPath);
    QTest::newRow("dnid") << QStringLiteral("POST %1/applications/vapi-inbound/dnids").arg(DomainPath);
}

// The server makes it, then closes the connection unanswered: the run reads back, adopts, goes on.
void TestCrashConvergence::droppedAfterCreating()
{
    QFETCH(QString, create);
    ProvisioningFixture f;
    QVERIFY(f.addFault(create + QStringLiteral("=drop-after@2"))); // the second such create, when there is one
    QVERIFY(f.addFault(create + QStringLiteral("=drop-afterx1")));
    const ApplyResult result = f.planAndApply(wanted());
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(exactlyOnce(f), QString());
    QCOMPARE(recordedOnce(f), QString());
    // And nothing is left to do.
    f.clearLog();
    const ApplyResult again = f.planAndApply(wanted());
    QVERIFY2(again.ok, qPrintable(again.message()));
    QCOMPARE(f.writes(), 0);
}

void TestCrashConvergence::deadRunStillBeingServed_data()
{
    droppedAfterCreating_data();
}

// A run is stopped dead (its provisioner and clients destroyed, as SIGKILL would) while the
// server is still making what it asked for. The next run plans at once, before the server is
// done, and applies after: the plan believed absent what now exists.
void TestCrashConvergence::deadRunStillBeingServed()
{
    QFETCH(QString, create);
    ProvisioningFixture f;
    constexpr int LateMs = 400;
    QVERIFY(f.addFault(create + QStringLiteral("=apply-late:%1x1").arg(LateMs)));
    const PlanOutcome planned = f.plan(wanted());
    QVERIFY(planned.ok());
    QElapsedTimer sinceKill;
    {
        QObject dead;
        const SandboxScenario &keys = f.sandbox().scenario();
        auto *provisioner = new Provisioner(f.core().cloudonix(keys.cloudonixCustomerKey(), &dead),
                                            f.core().vapi(keys.vapiKey(), QStringLiteral("us"), &dead), &f.resolver(),
                                            f.core().store(), &dead);
        bool finished = false;
        provisioner->apply(planned, {}, [&finished](const ApplyResult &) { finished = true; });
        // Stop it the moment the server has the create in hand.
        const QString path = create.section(QLatin1Char(' '), 1);
        QTRY_VERIFY_WITH_TIMEOUT(f.count("POST", path) > 0, 20000);
        QVERIFY(!finished);
        sinceKill.start();
    } // gone: no answer is ever heard, nothing is taken back
    const PlanOutcome next = f.plan(wanted());
    QVERIFY(next.ok());
    QTest::qWait(int(std::max<qint64>(0, LateMs + 50 - sinceKill.elapsed()))); // the dead run's create is made
    const ApplyResult result = f.apply(next);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(exactlyOnce(f), QString());
    QCOMPARE(recordedOnce(f), QString());
}

// Vapi already has the wanted numbers on this domain's trunk, made after the plan was (a dead
// run's creates landing late): the run takes them over, and never blames the admin's value.
void TestCrashConvergence::alreadyExistsIsNeverTheAdminsMistake()
{
    ProvisioningFixture f;
    DesiredState first = wanted();
    first.numbers.clear();
    const ApplyResult made = f.planAndApply(first);
    QVERIFY2(made.ok, qPrintable(made.message()));
    const QString trunk = f.byoTrunks().first().value(QStringLiteral("id")).toString();
    const PlanOutcome planned = f.plan(wanted());
    QCOMPARE(planned.plan.writeCount(), 6); // three numbers, three DNIDs

    HttpProbe http;
    const QByteArray key = f.sandbox().scenario().vapiKey().toUtf8();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(http.send("POST", f.sandbox().vapiUrl() + QStringLiteral("/phone-number"), key,
                           QJsonObject {{QStringLiteral("provider"), QStringLiteral("byo-phone-number")},
                                        {QStringLiteral("number"), QStringLiteral("+1212777%1").arg(1000 + i)},
                                        {QStringLiteral("credentialId"), trunk}})
                     .status,
                 201);
    QStringList notes;
    QObject::connect(&f.provisioner(), &Provisioner::noteAdded, &f.provisioner(),
                     [&notes](const QString &text) { notes << text; });
    f.clearLog();
    const ApplyResult result = f.apply(planned);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QVERIFY2(f.statusCount(400) > 0, "Vapi did answer \"already exists\"");
    QVERIFY(!result.message().contains(QStringLiteral("Correct the value")));
    QVERIFY2(!notes.isEmpty(), "the read-back is told");
    QCOMPARE(exactlyOnce(f), QString());
    // Taken over with the assistant the desired state names (the numbers came without one).
    for (const QJsonObject &n : f.byoNumbers())
        QVERIFY(!n.value(QStringLiteral("assistantId")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCrashConvergence)
#include "tst_crashconvergence.moc"
