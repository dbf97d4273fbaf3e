// The planner on hand-made live states: no socket, no sandbox. Each rule that keeps an apply
// safe (order, trunk reuse, the full gateway list, adoption, assistants, teardown) in isolation.
#include "provisioning/Planner.h"

#include <QTest>

using namespace tw;

namespace {
const QString Host = QStringLiteral("6f1c2a3b.sip.cloudonix.net");
using Kind = PlanAction::Kind;
using Resource = PlanAction::Resource;

LiveState emptyLive()
{
    LiveState live;
    live.domain.domain = QStringLiteral("acme.cloudonix.net");
    live.domain.aliases << CloudonixAlias {QStringLiteral("6f1c2a3b"), QStringLiteral("auto"), true};
    for (const auto &[id, name] :
         {std::pair {"a1", "Support bot"}, std::pair {"a3", "Twin"}, std::pair {"a4", "Twin"}}) {
        VapiAssistant a;
        a.id = QLatin1String(id);
        a.name = QLatin1String(name);
        live.assistants << a;
    }
    return live;
}

DesiredState desired(int numbers, bool cxml = true)
{
    DesiredState s;
    s.domain = QStringLiteral("acme.cloudonix.net");
    s.trunk.name = QStringLiteral("Cloudonix acme");
    s.trunk.inboundGateways = QStringList {QStringLiteral("203.0.113.10")};
    if (cxml)
        s.cloudonix.cxmlUrl = QStringLiteral("https://cxml.example.com/vapi");
    for (int i = 0; i < numbers; ++i)
        s.numbers << DesiredNumber {
            QStringLiteral("+1212777000%1").arg(i), QStringLiteral("Support bot"), DesiredNumber::Mode::Trunk, {}};
    return s;
}

VapiGateway gateway(const QString &ip, bool in, bool out)
{
    VapiGateway g;
    g.ip = ip;
    g.inboundEnabled = in;
    g.outboundEnabled = out;
    g.optionsPingEnabled = out;
    return g;
}

VapiCredential trunk(const QString &id, const QString &name, QList<VapiGateway> gateways)
{
    VapiCredential c;
    c.id = id;
    c.name = name;
    c.gateways = std::move(gateways);
    c.outboundLeadingPlusEnabled = true;
    return c;
}

QList<QPair<Resource, Kind>> shape(const Plan &plan)
{
    QList<QPair<Resource, Kind>> out;
    for (const PlanAction &a : plan.actions)
        out << qMakePair(a.resource, a.kind);
    return out;
}
} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void freshDomainInRunOrder();
    void reusesTheTrunkByNameAndHostKeepingDashboardGateways();
    void nothingToDoWhenAllIsAsWanted();
    void duplicateTrunksAreNamed();
    void trunkMadeElsewhereIsUpdatedInPlace();
    void portAndTransportOnlyWhenAsked();
    void assistantsMustBeUnambiguous();
    void noInboundHostIsAnError();
    void numbersNoLongerWantedAreRemovedLast();
    void teardownRemovesInReverseAndRestoresSettings();
};

void TestPlanner::freshDomainInRunOrder()
{
    Planner::Input in {desired(2), emptyLive(), {}, {}, {}};
    const Plan plan = Planner::plan(in);
    QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char(' '))));
    QCOMPARE(plan.inboundSipHost, Host);
    const QList<QPair<Resource, Kind>> expected {
        {Resource::BorderFlags, Kind::Update}, {Resource::Trunk, Kind::Create},
        {Resource::PhoneNumber, Kind::Create}, {Resource::PhoneNumber, Kind::Create},
        {Resource::Application, Kind::Create}, {Resource::Dnid, Kind::Create},
        {Resource::Dnid, Kind::Create}};
    QCOMPARE(shape(plan), expected);
    const PlanAction &t = plan.actions.at(1);
    QCOMPARE(t.trunk.gateways.size(), 2); // the outbound host, the inbound address
    QCOMPARE(t.trunk.gateways.first().ip, Host);
    QVERIFY(!t.trunk.gateways.first().inbound());
    QCOMPARE(t.trunk.gateways.last().ip, QStringLiteral("203.0.113.10"));
    QVERIFY(!t.trunk.gateways.last().outbound());
    QCOMPARE(plan.actions.at(2).number.credentialId, Planner::PendingTrunkId);
    QCOMPARE(plan.actions.at(2).number.assistantId, QStringLiteral("a1"));
    QCOMPARE(plan.cxml.size(), 2);
}

void TestPlanner::reusesTheTrunkByNameAndHostKeepingDashboardGateways()
{
    LiveState live = emptyLive();
    live.trunks << trunk(QStringLiteral("t1"), QStringLiteral("Cloudonix acme"),
                         {gateway(Host, false, true), gateway(QStringLiteral("198.51.100.7"), true, false)});
    const Plan plan = Planner::plan({desired(0, false), live, {}, {}, {}});
    const PlanAction &t = plan.actions.at(1);
    QCOMPARE(t.resource, Resource::Trunk);
    QCOMPARE(t.kind, Kind::Update);
    QCOMPARE(t.existingId, QStringLiteral("t1"));
    QStringList ips;
    for (const VapiGateway &g : t.trunk.gateways)
        ips << g.ip;
    QCOMPARE(ips, (QStringList {Host, QStringLiteral("198.51.100.7"), QStringLiteral("203.0.113.10")}));
}

void TestPlanner::nothingToDoWhenAllIsAsWanted()
{
    LiveState live = emptyLive();
    live.domain.border = {true, true};
    live.trunks << trunk(QStringLiteral("t1"), QStringLiteral("Cloudonix acme"),
                         {gateway(Host, false, true), gateway(QStringLiteral("203.0.113.10"), true, false)});
    live.trunks.last().gateways.last().optionsPingEnabled.reset();
    VapiPhoneNumber n;
    n.id = QStringLiteral("n1");
    n.number = QStringLiteral("+12127770000");
    n.credentialId = QStringLiteral("t1");
    n.assistantId = QStringLiteral("a1");
    n.name = QStringLiteral("[acme.cloudonix.net] +12127770000");
    live.numbers << n;
    const Plan plan = Planner::plan({desired(1, false), live, {}, {}, {}});
    QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char(' '))));
    QCOMPARE(plan.writeCount(), 0);
    QCOMPARE(plan.actions.size(), 3); // settings, trunk, number: all checked, all as wanted
}

void TestPlanner::duplicateTrunksAreNamed()
{
    LiveState live = emptyLive();
    for (const char *id : {"t1", "t2"})
        live.trunks << trunk(QLatin1String(id), QStringLiteral("Cloudonix acme"), {gateway(Host, true, true)});
    live.numbers << VapiPhoneNumber {};
    live.numbers.last().credentialId = QStringLiteral("t2");
    const Plan plan = Planner::plan({desired(0, false), live, {}, {}, {}});
    // Nothing is guessed: both are listed with their numbers, and how to choose.
    QVERIFY(!plan.canApply());
    const QString error = plan.errors.join(QLatin1Char(' '));
    QVERIFY2(error.contains(QLatin1String("2 SIP trunks")) && error.contains(QLatin1String("t1"))
                 && error.contains(QLatin1String("--trunk ID")) && error.contains(QLatin1String("1 number")),
             qPrintable(error));
    QVERIFY(std::none_of(plan.actions.cbegin(), plan.actions.cend(),
                         [](const PlanAction &a) { return a.resource == PlanAction::Resource::Trunk; }));

    DesiredState chosen = desired(0, false);
    chosen.trunk.id = QStringLiteral("t2");
    const Plan picked = Planner::plan({chosen, live, {}, {}, {}});
    QVERIFY2(picked.canApply(), qPrintable(picked.errors.join(QLatin1Char(' '))));
    QCOMPARE(picked.actions.at(1).existingId, QStringLiteral("t2"));
    chosen.trunk.id = QStringLiteral("t9");
    QVERIFY(Planner::plan({chosen, live, {}, {}, {}})
                .errors.first()
                .contains(QLatin1String("no SIP trunk with the id t9")));
}

void TestPlanner::trunkMadeElsewhereIsUpdatedInPlace()
{
    // Made in the dashboard: another name, the guide's one gateway on the inbound host.
    LiveState live = emptyLive();
    live.trunks << trunk(QStringLiteral("dash"), QStringLiteral("Cloudonix Trunk"), {gateway(Host, true, true)});
    const Plan plan = Planner::plan({desired(0, false), live, {}, {}, {}});
    QVERIFY(plan.canApply());
    const PlanAction &t = plan.actions.at(1);
    QCOMPARE(t.resource, PlanAction::Resource::Trunk);
    QCOMPARE(t.kind, PlanAction::Kind::Update);
    QCOMPARE(t.existingId, QStringLiteral("dash"));
    QCOMPARE(t.trunk.name, QStringLiteral("Cloudonix acme"));
    QVERIFY(!t.before.isEmpty() && !t.after.isEmpty());
    QVERIFY(plan.notes.join(QLatin1Char(' ')).contains(QLatin1String("\"Cloudonix Trunk\" (dash) already exists")));

    // Without a wanted name the found trunk keeps its own; a new one is called "Cloudonix <domain>".
    DesiredState unnamed = desired(0, false);
    unnamed.trunk.name.clear();
    QCOMPARE(Planner::plan({unnamed, live, {}, {}, {}}).actions.at(1).trunk.name, QStringLiteral("Cloudonix Trunk"));
    const Plan fresh = Planner::plan({unnamed, emptyLive(), {}, {}, {}});
    QCOMPARE(fresh.actions.at(1).kind, PlanAction::Kind::Create);
    QCOMPARE(fresh.actions.at(1).trunk.name, QStringLiteral("Cloudonix acme.cloudonix.net"));
}

void TestPlanner::portAndTransportOnlyWhenAsked()
{
    DesiredState s = desired(0, false);
    s.trunk.port = 5080;
    s.trunk.transport = QStringLiteral("tcp");
    const Plan created = Planner::plan({s, emptyLive(), {}, {}, {}});
    const VapiGateway &host = created.actions.at(1).trunk.gateways.first();
    QCOMPARE(host.ip, Host);
    QCOMPARE(host.port.value_or(0), 5080);
    QCOMPARE(host.outboundProtocol.value_or(QString()), QStringLiteral("tcp"));
    QVERIFY(created.actions.at(1).after.contains(QLatin1String(":5080 tcp")));

    // Not asked: a port set in the dashboard stays, and nothing is planned for it.
    LiveState live = emptyLive();
    live.trunks << trunk(QStringLiteral("t1"), QStringLiteral("Cloudonix acme"), {gateway(Host, false, true)});
    live.trunks.first().gateways.first().port = 5070;
    live.trunks.first().gateways.first().optionsPingEnabled = true;
    live.trunks.first().outboundLeadingPlusEnabled = true;
    DesiredState plain = desired(0, false);
    plain.trunk.inbound = false;
    const Plan kept = Planner::plan({plain, live, {}, {}, {}});
    QCOMPARE(kept.actions.at(1).kind, PlanAction::Kind::Unchanged);
    QCOMPARE(kept.actions.at(1).trunk.gateways.first().port.value_or(0), 5070);
}

void TestPlanner::assistantsMustBeUnambiguous()
{
    DesiredState s = desired(2, false);
    s.numbers[0].assistant = QStringLiteral("Twin");
    s.numbers[1].assistant = QStringLiteral("Nobody");
    const Plan plan = Planner::plan({s, emptyLive(), {}, {}, {}});
    QVERIFY(!plan.canApply());
    QCOMPARE(plan.errors.size(), 2);
    QVERIFY(plan.errors.first().contains(QLatin1String("matches 2 Vapi assistants")));
    QVERIFY(plan.errors.last().contains(QLatin1String("No Vapi assistant is named \"Nobody\"")));
}

void TestPlanner::noInboundHostIsAnError()
{
    LiveState live = emptyLive();
    live.domain.aliases.clear();
    const Plan plan = Planner::plan({desired(1), live, {}, {}, {}});
    QVERIFY(!plan.canApply());
    QVERIFY(plan.actions.isEmpty());
    QVERIFY(plan.errors.first().contains(QLatin1String("no inbound SIP host")));
}

void TestPlanner::numbersNoLongerWantedAreRemovedLast()
{
    LiveState live = emptyLive();
    live.trunks << trunk(QStringLiteral("t1"), QStringLiteral("Cloudonix acme"), {gateway(Host, false, true)});
    VapiPhoneNumber gone;
    gone.id = QStringLiteral("n9");
    gone.number = QStringLiteral("+12127770009");
    gone.credentialId = QStringLiteral("t1");
    live.numbers << gone;
    DomainRecord stored;
    stored.domain = QStringLiteral("acme.cloudonix.net");
    stored.vapiCredentialId = QStringLiteral("t1");
    NumberRecord n;
    n.number = gone.number;
    n.vapiId = gone.id;
    stored.numbers << n;
    const Plan plan = Planner::plan({desired(1, false), live, stored, {}, {}});
    QCOMPARE(plan.actions.last().resource, Resource::PhoneNumber);
    QCOMPARE(plan.actions.last().kind, Kind::Delete);
    QCOMPARE(plan.actions.last().existingId, QStringLiteral("n9"));
}

void TestPlanner::teardownRemovesInReverseAndRestoresSettings()
{
    LiveState live = emptyLive();
    live.domain.border = {true, true};
    live.trunks << trunk(QStringLiteral("t1"), QStringLiteral("Cloudonix acme"), {gateway(Host, false, true)});
    VapiPhoneNumber n;
    n.id = QStringLiteral("n1");
    n.number = QStringLiteral("+12127770000");
    live.numbers << n;
    CloudonixDnid d;
    d.id = QStringLiteral("d1");
    d.source = n.number;
    live.dnids << d;
    CloudonixApplication app;
    app.id = QStringLiteral("app1");
    app.name = QStringLiteral("vapi-inbound");
    live.application = app;
    DomainRecord r;
    r.domain = QStringLiteral("acme.cloudonix.net");
    r.vapiCredentialId = QStringLiteral("t1");
    r.applicationName = app.name;
    r.borderBeforeRecorded = true;
    r.allowedBorderBefore = false;
    NumberRecord nr;
    nr.number = n.number;
    nr.vapiId = n.id;
    nr.dnidId = d.id;
    r.numbers << nr;
    const Plan plan = Planner::teardown(r, live, true);
    const QList<QPair<Resource, Kind>> expected {{Resource::PhoneNumber, Kind::Delete},
                                                 {Resource::Dnid, Kind::Delete},
                                                 {Resource::Application, Kind::Delete},
                                                 {Resource::Trunk, Kind::Delete},
                                                 {Resource::BorderFlags, Kind::Update}};
    QCOMPARE(shape(plan), expected);
    QCOMPARE(plan.actions.last().border.allowedBorder, std::optional<bool>(false));
    for (const PlanAction &a : plan.actions)
        QVERIFY(a.teardown);
    QCOMPARE(shape(Planner::teardown(r, live, false)).size(), 4);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
