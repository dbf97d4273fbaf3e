// The provisioning engine end to end against the sandbox over loopback HTTP: the full flow,
// idempotency, trunk reuse, rollback after each kind of failure at each step, cancel, and
// bounded concurrency.
#include "support/ProvisioningFixture.h"
#include "support/SlowTest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <optional>
#include <sys/resource.h>

using namespace tw;
using tw::test::ProvisioningFixture;

namespace {
const QString Host = QStringLiteral("6f1c2a3b-4d5e-4f60-8172-8394a5b6c7d8.sip.cloudonix.net");
const QString SupportBot = QStringLiteral("a1111111-1111-4111-8111-111111111111");

bool effectivelyUntouched(const QJsonObject &profile)
{
    // Before the run both keys were absent: off for allowed-border, on for redirect.
    return !profile.value(QStringLiteral("allowed-border")).toBool(false)
        && profile.value(QStringLiteral("redirect-unknown-to-border")).toBool(true);
}
} // namespace

class TestProvisioningEngine : public QObject
{
    Q_OBJECT

private slots:
    void fullFlowThenNothingTheSecondTime();
    void reusesTheTrunkAndKeepsDashboardGateways();
    void migratesACxVccTrunk();
    void planErrorsBlockEveryWrite_data();
    void planErrorsBlockEveryWrite();
    void resolvesTheInboundHost();
    void failedLookupStopsBeforeAnyWrite();
    void failureMatrix_data();
    void failureMatrix();
    void trunkUpdateIsTakenBack_data();
    void trunkUpdateIsTakenBack();
    void noRollbackKeepsWorkAndTheNextRunConverges();
    void cancelRollsBack();
    void vapiWritesRunWithBoundedConcurrency();
    void removesNumbersNoLongerWanted();
    void fiftyNumbersStayUnderCloudonixLimit();
    void realCloudonixLimitsMeetNo429();
    void adoptsWhatAlreadyExists();
    void unrecordableRunWritesNothing();
    void recordingFailureMidRunTakesBackWhatWasMade();
};

void TestProvisioningEngine::fullFlowThenNothingTheSecondTime()
{
    ProvisioningFixture f;
    const PlanOutcome planned = f.plan(ProvisioningFixture::sampleState());
    QVERIFY2(planned.ok(), qPrintable(FieldError::messages(planned.inputErrors).join(QLatin1Char(' '))));
    QVERIFY2(planned.plan.canApply(), qPrintable(planned.plan.errors.join(QLatin1Char(' '))));
    QCOMPARE(planned.plan.inboundSipHost, Host);
    QCOMPARE(planned.plan.writeCount(), 1 + 1 + 3 + 1 + 3); // settings, trunk, numbers, application, DNIDs
    QCOMPARE(planned.plan.cxml.size(), 3);
    QVERIFY(planned.plan.cxml.first().contains(QLatin1String("<Service provider=\"vapi\">+12127771000</Service>")));
    QCOMPARE(f.writes(), 0); // planning only reads

    QSignalSpy progress(&f.provisioner(), &Provisioner::statusChanged);
    QSignalSpy steps(&f.provisioner(), &Provisioner::stepFinished);
    QSignalSpy percent(&f.provisioner(), &Provisioner::progressChanged);
    const ApplyResult result = f.apply(planned);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(result.writes, 9);
    QCOMPARE(steps.size(), 9);
    QCOMPARE(percent.last().at(0).toInt(), 9);
    QCOMPARE(f.statusCount(429), 0);

    // Vapi: one trunk, split gateways, leading plus; three numbers on it with the assistant.
    const QList<QJsonObject> trunks = f.byoTrunks();
    QCOMPARE(trunks.size(), 1);
    const QJsonArray gateways = trunks.first().value(QStringLiteral("gateways")).toArray();
    QCOMPARE(gateways.size(), 2);
    QCOMPARE(gateways.at(0).toObject().value(QStringLiteral("ip")).toString(), Host);
    QCOMPARE(gateways.at(0).toObject().value(QStringLiteral("inboundEnabled")).toBool(true), false);
    QCOMPARE(gateways.at(0).toObject().value(QStringLiteral("optionsPingEnabled")).toBool(), true);
    QCOMPARE(gateways.at(1).toObject().value(QStringLiteral("ip")).toString(), QStringLiteral("203.0.113.10"));
    QCOMPARE(gateways.at(1).toObject().value(QStringLiteral("outboundEnabled")).toBool(true), false);
    QVERIFY(trunks.first().value(QStringLiteral("outboundLeadingPlusEnabled")).toBool());
    const QString trunkId = trunks.first().value(QStringLiteral("id")).toString();
    const QList<QJsonObject> numbers = f.byoNumbers();
    QCOMPARE(numbers.size(), 3);
    for (const QJsonObject &n : numbers) {
        QCOMPARE(n.value(QStringLiteral("credentialId")).toString(), trunkId);
        QCOMPARE(n.value(QStringLiteral("assistantId")).toString(), SupportBot);
        QCOMPARE(n.value(QStringLiteral("numberE164CheckEnabled")).toBool(true), false);
        QVERIFY(n.value(QStringLiteral("name")).toString().startsWith(QLatin1String("[demo.cloudonix.net] +1212777")));
    }
    // Cloudonix: both settings on, the application, three DNIDs bound to it.
    const QJsonObject domain = f.domainState();
    QVERIFY(domain.value(QStringLiteral("profile")).toObject().value(QStringLiteral("allowed-border")).toBool());
    QVERIFY(domain.value(QStringLiteral("profile"))
                .toObject()
                .value(QStringLiteral("redirect-unknown-to-border"))
                .toBool());
    QCOMPARE(domain.value(QStringLiteral("applications")).toArray().size(), 3);
    QCOMPARE(domain.value(QStringLiteral("dnids")).toArray().size(), 3);

    // The config remembers it all, and the settings as they were before.
    const AppConfig saved = f.store().load().config;
    const DomainRecord *record = saved.findDomain(QStringLiteral("demo.cloudonix.net"));
    QVERIFY(record);
    QCOMPARE(record->vapiCredentialId, trunkId);
    QCOMPARE(record->inboundSipHost, Host);
    QCOMPARE(record->numbers.size(), 3);
    QVERIFY(!record->numbers.first().vapiId.isEmpty());
    QVERIFY(!record->numbers.first().dnidId.isEmpty());
    QVERIFY(record->borderBeforeRecorded);
    QVERIFY(!record->allowedBorderBefore.has_value());
    QCOMPARE(saved.journal.first().action, QStringLiteral("begin"));
    QCOMPARE(saved.journal.last().action, QStringLiteral("end"));
    QCOMPARE(saved.journal.size(), 9 + 2);

    // Again: the same plan finds everything in place and sends no write at all.
    f.clearLog();
    const PlanOutcome again = f.plan(ProvisioningFixture::sampleState());
    QCOMPARE(again.plan.writeCount(), 0);
    const ApplyResult second = f.apply(again);
    QVERIFY(second.ok);
    QCOMPARE(second.writes, 0);
    QCOMPARE(f.writes(), 0);
    QVERIFY(second.message().contains(QLatin1String("nothing was changed")));
}

void TestProvisioningEngine::reusesTheTrunkAndKeepsDashboardGateways()
{
    ProvisioningFixture f;
    // A trunk made earlier (in the dashboard) with the same name and host, plus another gateway.
    VapiCredential existing;
    existing.name = QStringLiteral("Cloudonix demo");
    VapiGateway host;
    host.ip = Host;
    host.inboundEnabled = false;
    VapiGateway extra;
    extra.ip = QStringLiteral("198.51.100.99");
    extra.outboundEnabled = false;
    existing.gateways = {host, extra};
    bool made = false;
    f.vapi().createCredential(existing, &f.vapi(), [&made](const ApiResult<VapiCredential> &r) { made = r.ok(); });
    QTRY_VERIFY(made);
    f.clearLog();

    const ApplyResult result = f.planAndApply(ProvisioningFixture::sampleState(1));
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(f.count("POST", QStringLiteral("/vapi/credential")), 0); // never a second trunk
    QCOMPARE(f.count("PATCH", QStringLiteral("/vapi/credential/")), 1);
    const QList<QJsonObject> trunks = f.byoTrunks();
    QCOMPARE(trunks.size(), 1);
    QStringList ips;
    for (const QJsonValue &g : trunks.first().value(QStringLiteral("gateways")).toArray())
        ips << g.toObject().value(QStringLiteral("ip")).toString();
    QCOMPARE(ips, (QStringList {Host, QStringLiteral("198.51.100.99"), QStringLiteral("203.0.113.10")}));
}

void TestProvisioningEngine::migratesACxVccTrunk()
{
    // cx-vcc made a trunk with one host-name gateway, inbound implicitly on (accepted by older
    // Vapi). With the id recorded, the apply turns it into the split layout instead of adding a trunk.
    SandboxScenario scenario = SandboxScenario::builtIn();
    QJsonObject vapi = scenario.vapi();
    QJsonArray credentials = vapi.value(QStringLiteral("credentials")).toArray();
    credentials.append(
        QJsonObject {{QStringLiteral("id"), QStringLiteral("83888eb6-e06f-4c7e-b10f-4cb7a553dd8b")},
                     {QStringLiteral("provider"), QStringLiteral("byo-sip-trunk")},
                     {QStringLiteral("name"), QStringLiteral("My SIP Trunk")},
                     {QStringLiteral("gateways"), QJsonArray {QJsonObject {{QStringLiteral("ip"), Host}}}}});
    vapi.insert(QStringLiteral("credentials"), credentials);
    ProvisioningFixture f;
    QString error;
    QVERIFY(SandboxScenario::fromJson(
        QJsonDocument(QJsonObject {{QStringLiteral("vapi"), vapi}, {QStringLiteral("cloudonix"), scenario.cloudonix()}})
            .toJson(),
        &scenario, &error));
    SandboxServer migrated(scenario);
    QVERIFY(migrated.start());
    f.vapi().setBaseUrl(QUrl(migrated.vapiUrl()));
    f.cloudonix().setBaseUrl(QUrl(migrated.cloudonixUrl()));
    AppConfig config;
    DomainRecord record;
    record.domain = QStringLiteral("demo.cloudonix.net");
    record.vapiCredentialId = QStringLiteral("83888eb6-e06f-4c7e-b10f-4cb7a553dd8b");
    config.domains << record;
    QCOMPARE(f.store().save(config), QString());

    DesiredState desired = ProvisioningFixture::sampleState(0);
    desired.trunk.name = QStringLiteral("My SIP Trunk");
    const PlanOutcome planned = f.plan(desired);
    QVERIFY(planned.ok());
    const ApplyResult result = f.apply(planned);
    QVERIFY2(result.ok, qPrintable(result.message()));
    int trunks = 0;
    QJsonArray gateways;
    for (const QJsonValue &c :
         migrated.state().value(QStringLiteral("vapi")).toObject().value(QStringLiteral("credentials")).toArray())
        if (c.toObject().value(QStringLiteral("provider")).toString() == QLatin1String("byo-sip-trunk")) {
            ++trunks;
            gateways = c.toObject().value(QStringLiteral("gateways")).toArray();
        }
    QCOMPARE(trunks, 1);
    QCOMPARE(gateways.size(), 2);
    QCOMPARE(gateways.at(0).toObject().value(QStringLiteral("inboundEnabled")).toBool(true), false); // fixed
}

void TestProvisioningEngine::planErrorsBlockEveryWrite_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("assistant matching two") << "twin"
                                            << "matches 2 Vapi assistants";
    QTest::newRow("unknown assistant") << "ghost"
                                       << "No Vapi assistant is named";
    QTest::newRow("bad number") << "number"
                                << "too few digits";
    QTest::newRow("name over 40") << "name"
                                  << "Vapi allows at most 40";
    QTest::newRow("host name as inbound gateway") << "gateway"
                                                  << "IPv4 addresses only";
    QTest::newRow("unknown domain") << "domain"
                                    << "could not find";
}

void TestProvisioningEngine::planErrorsBlockEveryWrite()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    ProvisioningFixture f;
    DesiredState desired = ProvisioningFixture::sampleState(2);
    if (what == QLatin1String("twin"))
        desired.numbers[1].assistant = QStringLiteral("Twin");
    else if (what == QLatin1String("ghost"))
        desired.numbers[1].assistant = QStringLiteral("Nobody");
    else if (what == QLatin1String("number"))
        desired.numbers[1].number = QStringLiteral("+1212");
    else if (what == QLatin1String("name"))
        desired.trunk.name = QString(41, QLatin1Char('x'));
    else if (what == QLatin1String("gateway"))
        desired.trunk.inboundGateways = QStringList {QStringLiteral("in.example.com")};
    else if (what == QLatin1String("domain"))
        desired.domain = QStringLiteral("missing.cloudonix.net");

    const PlanOutcome planned = f.plan(desired);
    const QString said = FieldError::messages(planned.inputErrors).join(QLatin1Char(' '))
        + planned.plan.errors.join(QLatin1Char(' ')) + (planned.error ? planned.error->userMessage() : QString());
    QVERIFY2(said.contains(expected), qPrintable(said));
    const ApplyResult result = f.apply(planned);
    QVERIFY(!result.ok);
    QCOMPARE(f.writes(), 0);
    QVERIFY(!QFile::exists(f.store().filePath())); // not even the journal was written
}

void TestProvisioningEngine::resolvesTheInboundHost()
{
    ProvisioningFixture f;
    f.resolver().setAddresses(Host, {QStringLiteral("198.51.100.20"), QStringLiteral("198.51.100.21")});
    DesiredState desired = ProvisioningFixture::sampleState(0);
    desired.trunk.inboundGateways.reset();
    const ApplyResult result = f.planAndApply(desired);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(f.resolver().lookups(), 1);
    QCOMPARE(f.byoTrunks().first().value(QStringLiteral("gateways")).toArray().size(), 3);

    // With inboundGateways given, no lookup is made.
    desired.trunk.inboundGateways = QStringList {QStringLiteral("198.51.100.20"), QStringLiteral("198.51.100.21")};
    f.plan(desired);
    QCOMPARE(f.resolver().lookups(), 1);
}

void TestProvisioningEngine::failedLookupStopsBeforeAnyWrite()
{
    ProvisioningFixture f; // the resolver knows no host
    DesiredState desired = ProvisioningFixture::sampleState(1);
    desired.trunk.inboundGateways.reset();
    const PlanOutcome planned = f.plan(desired);
    QVERIFY(!planned.plan.canApply());
    QVERIFY(planned.plan.errors.join(QLatin1Char(' ')).contains(QLatin1String("could not be resolved")));
    QVERIFY(!f.apply(planned).ok);
    QCOMPARE(f.writes(), 0);
}

void TestProvisioningEngine::failureMatrix_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ApiError::System>("system");
    const QList<std::pair<const char *, ApiError::System>> steps {
        {"PATCH /cloudonix/customers/self/domains/demo.cloudonix.net", ApiError::System::Cloudonix},
        {"POST /vapi/credential", ApiError::System::Vapi},
        {"POST /vapi/phone-number", ApiError::System::Vapi},
        {"POST /cloudonix/customers/self/domains/demo.cloudonix.net/applications", ApiError::System::Cloudonix},
        {"POST /cloudonix/customers/self/domains/demo.cloudonix.net/applications/vapi-inbound/dnids",
         ApiError::System::Cloudonix}};
    for (const auto &[step, system] : steps)
        for (const char *fault : {"500", "503", "429-no-retry-after", "timeout", "drop", "malformed"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(
                QString::fromLatin1(step).section(QLatin1Char('/'), -1), QLatin1String(fault))))
                << QString::fromLatin1(step) << QString::fromLatin1(fault) << system;
}

void TestProvisioningEngine::failureMatrix()
{
    QFETCH(QString, step);
    QFETCH(QString, fault);
    QFETCH(ApiError::System, system);
    ProvisioningFixture f;
    // For numbers, fail the second one, so the first must be removed again.
    if (step.endsWith(QLatin1String("/phone-number"))) {
        // Once only: the converging run below must not meet the fault again.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(&f.provisioner(), &Provisioner::stepFinished, &f.provisioner(),
                                 [&f, step, fault, once](const StepReport &report) {
                                     if (report.step != 3) // settings, trunk, first number
                                         return;
                                     QObject::disconnect(*once);
                                     f.addFault(QStringLiteral("%1=%2").arg(step, fault));
                                 });
    } else {
        QVERIFY(f.addFault(QStringLiteral("%1=%2").arg(step, fault)));
    }

    ProvisioningEngine::Options options;
    options.concurrency = 1;
    const ApplyResult result = f.planAndApply(ProvisioningFixture::sampleState(2), options);
    QVERIFY(!result.ok);
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->system(), system);
    QVERIFY2(result.message().contains(ApiError::systemName(system)), qPrintable(result.message()));
    QVERIFY(!result.failedStep.isEmpty());
    QVERIFY2(result.rollbackProblems.isEmpty(), qPrintable(result.rollbackProblems.join(QLatin1Char(';'))));

    // Nothing this run created is left; the domain settings are back to what they were.
    f.sandbox().clearFaults();
    QCOMPARE(f.byoTrunks().size(), 0);
    QCOMPARE(f.byoNumbers().size(), 0);
    const QJsonObject domain = f.domainState();
    QVERIFY(effectivelyUntouched(domain.value(QStringLiteral("profile")).toObject()));
    QCOMPARE(domain.value(QStringLiteral("applications")).toArray().size(), 2);
    QCOMPARE(domain.value(QStringLiteral("dnids")).toArray().size(), 0);
    const AppConfig stored = f.store().load().config; // the record points into it
    const DomainRecord *record = stored.findDomain(QStringLiteral("demo.cloudonix.net"));
    QVERIFY(!record || (record->vapiCredentialId.isEmpty() && record->numbers.isEmpty()));

    // And the next run, with the fault gone, converges.
    const ApplyResult again = f.planAndApply(ProvisioningFixture::sampleState(2));
    QVERIFY2(again.ok, qPrintable(again.message()));
    QCOMPARE(f.byoTrunks().size(), 1);
    QCOMPARE(f.byoNumbers().size(), 2);
}

void TestProvisioningEngine::trunkUpdateIsTakenBack_data()
{
    QTest::addColumn<QString>("fault");
    for (const char *fault : {"500", "503", "429-no-retry-after", "timeout", "drop", "malformed"})
        QTest::newRow(fault) << QString::fromLatin1(fault);
}

// The failure matrix's row for an existing trunk: the run renames it and adds a gateway, then a
// number fails; rollback writes the trunk back exactly as it was.
void TestProvisioningEngine::trunkUpdateIsTakenBack()
{
    QFETCH(QString, fault);
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(1)).ok);
    const QJsonObject before = f.byoTrunks().first();

    DesiredState changed = ProvisioningFixture::sampleState(2);
    changed.trunk.name = QStringLiteral("Cloudonix renamed");
    changed.trunk.inboundGateways = QStringList {QStringLiteral("203.0.113.10/32"), QStringLiteral("198.51.100.7")};
    changed.trunk.optionsPing = false;
    changed.trunk.leadingPlus = false;
    QVERIFY(f.addFault(QStringLiteral("POST /vapi/phone-number=%1").arg(fault)));
    ProvisioningEngine::Options options;
    options.concurrency = 1;
    const ApplyResult result = f.planAndApply(changed, options);
    QVERIFY(!result.ok);
    QVERIFY2(result.rolledBack, qPrintable(result.rollbackProblems.join(QLatin1Char(';'))));
    f.sandbox().clearFaults();

    QCOMPARE(f.byoTrunks().size(), 1);
    QJsonObject after = f.byoTrunks().first();
    for (QJsonObject *o : {&after, const_cast<QJsonObject *>(&before)})
        o->remove(QStringLiteral("updatedAt"));
    QCOMPARE(after, before);
    const AppConfig stored = f.store().load().config;
    const DomainRecord *record = stored.findDomain(QStringLiteral("demo.cloudonix.net"));
    QVERIFY(record);
    QCOMPARE(record->vapiCredentialName, QStringLiteral("Cloudonix demo"));
    QCOMPARE(record->vapiCredentialId, before.value(QStringLiteral("id")).toString());

    const ApplyResult again = f.planAndApply(changed);
    QVERIFY2(again.ok, qPrintable(again.message()));
    QCOMPARE(f.byoTrunks().first().value(QStringLiteral("name")).toString(), QStringLiteral("Cloudonix renamed"));
}

void TestProvisioningEngine::noRollbackKeepsWorkAndTheNextRunConverges()
{
    ProvisioningFixture f;
    QVERIFY(f.addFault(QStringLiteral("POST /cloudonix/customers/self/domains/demo.cloudonix.net/applications=500")));
    ProvisioningEngine::Options options;
    options.rollback = false;
    const ApplyResult failed = f.planAndApply(ProvisioningFixture::sampleState(3), options);
    QVERIFY(!failed.ok);
    QVERIFY(!failed.rolledBack);
    QVERIFY(failed.message().contains(QLatin1String("stay in place")));
    QCOMPARE(f.byoTrunks().size(), 1);
    QCOMPARE(f.byoNumbers().size(), 3);

    f.sandbox().clearFaults();
    f.clearLog();
    const ApplyResult resumed = f.planAndApply(ProvisioningFixture::sampleState(3));
    QVERIFY2(resumed.ok, qPrintable(resumed.message()));
    QCOMPARE(resumed.writes, 1 + 3); // the application and the DNIDs; nothing made twice
    QCOMPARE(f.count("POST", QStringLiteral("/vapi/")), 0);
    QCOMPARE(f.byoTrunks().size(), 1);
    QCOMPARE(f.byoNumbers().size(), 3);
}

void TestProvisioningEngine::cancelRollsBack()
{
    ProvisioningFixture f;
    f.sandbox().setLatency(150);
    const PlanOutcome planned = f.plan(ProvisioningFixture::sampleState(4));
    QObject::connect(&f.provisioner(), &Provisioner::stepFinished, &f.provisioner(), [&f](const StepReport &report) {
        if (report.step == 3)
            f.provisioner().cancel();
    });
    const ApplyResult result = f.apply(planned);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.rolledBack);
    QVERIFY(result.message().contains(QLatin1String("cancelled")));
    QCOMPARE(f.byoTrunks().size(), 0);
    QCOMPARE(f.byoNumbers().size(), 0);
    QVERIFY(effectivelyUntouched(f.domainState().value(QStringLiteral("profile")).toObject()));
}

void TestProvisioningEngine::vapiWritesRunWithBoundedConcurrency()
{
    ProvisioningFixture f;
    f.sandbox().setLatency(80);
    DesiredState desired = ProvisioningFixture::sampleState(12);
    desired.cloudonix.cxmlUrl.clear();
    const PlanOutcome planned = f.plan(desired);
    int running = 0, peak = 0;
    QObject::connect(&f.provisioner(), &Provisioner::stepStarted, &f.provisioner(),
                     [&] { peak = std::max(peak, ++running); });
    QObject::connect(&f.provisioner(), &Provisioner::stepFinished, &f.provisioner(), [&] { --running; });
    ProvisioningEngine::Options options;
    options.concurrency = 3;
    const ApplyResult result = f.apply(planned, options);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(peak, 3);
    QCOMPARE(f.byoNumbers().size(), 12);
}

void TestProvisioningEngine::removesNumbersNoLongerWanted()
{
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(3)).ok);
    DesiredState fewer = ProvisioningFixture::sampleState(3);
    fewer.numbers.removeLast();
    const PlanOutcome planned = f.plan(fewer);
    int deletes = 0;
    for (const PlanAction &a : planned.plan.actions)
        deletes += a.kind == PlanAction::Kind::Delete ? 1 : 0;
    QCOMPARE(deletes, 2); // the number at Vapi and its DNID at Cloudonix
    QVERIFY(f.apply(planned).ok);
    QCOMPARE(f.byoNumbers().size(), 2);
    QCOMPARE(f.domainState().value(QStringLiteral("dnids")).toArray().size(), 2);
    QCOMPARE(f.store().load().config.findDomain(QStringLiteral("demo.cloudonix.net"))->numbers.size(), 2);
}

void TestProvisioningEngine::fiftyNumbersStayUnderCloudonixLimit()
{
    // Scaled limits: the sandbox answers 429 past 10 requests per domain per 100 ms; the client
    // paces itself at 5 per 150 ms. Fifty DNIDs take about eleven windows; not one 429 may come back.
    ProvisioningFixture f;
    const PlanOutcome planned = f.plan(ProvisioningFixture::sampleState(50));
    QVERIFY(planned.plan.canApply());
    QList<int> etas;
    QObject::connect(&f.provisioner(), &Provisioner::progressChanged, &f.provisioner(),
                     [&etas](int, int, int eta) { etas << eta; });
    const ApplyResult result = f.apply(planned);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(result.writes, 1 + 1 + 50 + 1 + 50);
    QCOMPARE(f.statusCount(429), 0);
    QCOMPARE(f.domainState().value(QStringLiteral("dnids")).toArray().size(), 50);
    // The pacing shows in the estimate: 53 paced writes are at least ten full windows.
    QVERIFY2(etas.first() >= (53 / ProvisioningFixture::PacedRequests) * ProvisioningFixture::PacedWindowMs,
             qPrintable(QString::number(etas.first())));
}

void TestProvisioningEngine::realCloudonixLimitsMeetNo429()
{
    // The one run on the documented limits and the real clock (ctest label "slow"): 10 requests
    // per domain per 10 s at the sandbox, 8 per 11 s at the client. Reads, settings, the
    // application and four DNIDs are 11 Cloudonix requests: one whole window is waited out.
    TW_SLOW_TEST();
    ProvisioningFixture f(true);
    QElapsedTimer clock;
    clock.start();
    const ApplyResult result = f.planAndApply(ProvisioningFixture::sampleState(4));
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(f.statusCount(429), 0);
    QCOMPARE(f.domainState().value(QStringLiteral("dnids")).toArray().size(), 4);
    QVERIFY2(clock.elapsed() >= 10000, qPrintable(QString::number(clock.elapsed())));
}

void TestProvisioningEngine::adoptsWhatAlreadyExists()
{
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(2)).ok);
    const QString trunkId = f.byoTrunks().first().value(QStringLiteral("id")).toString();
    // Another machine (or a lost config) starts from nothing: everything is found and recorded.
    QVERIFY(QFile::remove(f.store().filePath()));
    f.clearLog();
    const ApplyResult result = f.planAndApply(ProvisioningFixture::sampleState(2));
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(f.writes(), 0);
    const AppConfig stored = f.store().load().config; // the record points into it
    const DomainRecord *record = stored.findDomain(QStringLiteral("demo.cloudonix.net"));
    QVERIFY(record);
    QCOMPARE(record->vapiCredentialId, trunkId);
    QCOMPARE(record->numbers.size(), 2);
    QVERIFY(!record->numbers.first().vapiId.isEmpty());
    QVERIFY(!record->numbers.first().dnidId.isEmpty());
    QCOMPARE(record->applicationName, QStringLiteral("vapi-inbound"));
}

namespace {
// A full disk for this process: no file may grow past `limit` bytes (RLIMIT_FSIZE), which
// holds even for root. The sandbox in this process writes no file; pacing falls back to memory.
class FullDisk
{
public:
    explicit FullDisk(qint64 limit)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = m_old;
        small.rlim_cur = rlim_t(limit);
        setrlimit(RLIMIT_FSIZE, &small);
    }
    ~FullDisk()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    struct rlimit m_old
    {
    };
    void (*m_handler)(int) = nullptr;
};

qint64 recordsLogSize(ProvisioningFixture &f)
{
    return QFileInfo(f.store().recordsPath() + QStringLiteral("-wal")).size();
}
} // namespace

void TestProvisioningEngine::unrecordableRunWritesNothing()
{
    ProvisioningFixture f;
    const PlanOutcome planned = f.plan(ProvisioningFixture::sampleState(2));
    QVERIFY(planned.plan.canApply());
    f.clearLog();
    std::optional<FullDisk> full(std::in_place, 512); // the domain's lock file fits, a records page does not
    const ApplyResult result = f.apply(planned);
    full.reset();
    QVERIFY(!result.ok);
    QVERIFY2(result.localError.contains(QLatin1String("could not record")), qPrintable(result.localError));
    QCOMPARE(result.message(), result.localError);
    QCOMPARE(result.writes, 0);
    QCOMPARE(f.writes(), 0); // proved before the first remote write
    QCOMPARE(f.byoTrunks().size(), 0);
}

void TestProvisioningEngine::recordingFailureMidRunTakesBackWhatWasMade()
{
    ProvisioningFixture f;
    const PlanOutcome planned = f.plan(ProvisioningFixture::sampleState(2));
    // While the trunk is being created, the disk fills up: its record cannot be written.
    std::optional<FullDisk> full;
    QObject::connect(&f.provisioner(), &Provisioner::stepStarted, &f.provisioner(),
                     [&f, &full](const StepReport &step) {
                         if (step.resource == PlanAction::Resource::Trunk)
                             full.emplace(recordsLogSize(f));
                     });
    ProvisioningEngine::Options options;
    options.concurrency = 1;
    const ApplyResult result = f.apply(planned, options);
    full.reset();
    QVERIFY(!result.ok);
    QVERIFY2(result.localError.contains(QLatin1String("could not record")), qPrintable(result.localError));
    QVERIFY(result.failedStep.contains(QLatin1String("trunk")));
    QVERIFY2(result.rolledBack, qPrintable(result.message()));
    QVERIFY(result.message().contains(QLatin1String("removed again")));
    QCOMPARE(f.count("POST", QStringLiteral("/vapi/phone-number")), 0); // nothing after the unrecorded step
    QCOMPARE(f.byoTrunks().size(), 0);
    QVERIFY(effectivelyUntouched(f.domainState().value(QStringLiteral("profile")).toObject()));
}

QTEST_GUILESS_MAIN(TestProvisioningEngine)
#include "tst_provisioningengine.moc"
