#include "provisioning/DesiredStateBuilder.h"
#include "provisioning/Plan.h"

#include <QTest>

using namespace tw;

class TestDesiredStateBuilder : public QObject
{
    Q_OBJECT

private slots:
    void withoutIntentWhatIsThereIsWanted();
    void serviceNamesAndOpensTheTrunk();
    void trunkJoinsTheStoredIntent();
    void numbersReplaceTheirOwnEntry();
    void numbersWithoutAnyTrunkWaitForIt();
    void guidesSingleGatewayIsKeptAsItIs();
    void csvTakesDefaultsForEmptyCells();
    void acceptingTakesOneResourceFromWhatIsThere();
    void planForOneResourceKeepsWhatItNeeds();
};

namespace {
const QString Host = QStringLiteral("6f1c2a3b.sip.cloudonix.net");

DomainRecord recordWithTwoNumbers()
{
    DomainRecord r;
    r.domain = QStringLiteral("acme.cloudonix.net");
    r.inboundSipHost = Host;
    NumberRecord trunk;
    trunk.number = QStringLiteral("+12127770001");
    trunk.vapiId = QStringLiteral("n1");
    trunk.assistantId = QStringLiteral("a1");
    trunk.mode = QStringLiteral("trunk");
    NumberRecord sip = trunk;
    sip.number = QStringLiteral("+12127770002");
    sip.vapiId = QStringLiteral("n2");
    sip.mode = QStringLiteral("sip-uri");
    r.numbers << trunk << sip;
    return r;
}

// Two recorded numbers and a stored intent with a trunk and +12127770009.
DomainRecord recordWithIntent(const QString &trunkName, const QString &assistant)
{
    DomainRecord r = recordWithTwoNumbers();
    DesiredState stored;
    stored.domain = r.domain;
    stored.trunk.name = trunkName;
    stored.numbers << DesiredNumber {QStringLiteral("+12127770009"), assistant, DesiredNumber::Mode::Trunk, {}};
    r.intent = stored.toJson();
    return r;
}

VapiGateway gateway(const QString &ip, bool inbound, bool outbound, bool ping)
{
    VapiGateway g;
    g.ip = ip;
    g.inboundEnabled = inbound;
    g.outboundEnabled = outbound;
    g.optionsPingEnabled = ping;
    return g;
}

VapiPhoneNumber number(const QString &id, const QString &e164, const QString &trunk, const QString &assistant)
{
    VapiPhoneNumber n;
    n.id = id;
    n.provider = VapiPhoneNumber::ByoProvider;
    n.number = e164;
    n.credentialId = trunk;
    n.assistantId = assistant;
    return n;
}

// Vapi holds a trunk made in the dashboard on the domain's host with one number, and the two
// recorded numbers (one now with another assistant); Cloudonix has the border settings off.
LiveState dashboardTrunk()
{
    LiveState live;
    live.domain.domain = QStringLiteral("acme.cloudonix.net");
    live.domain.aliases << CloudonixAlias {QStringLiteral("6f1c2a3b"), QStringLiteral("auto"), true};
    VapiCredential t;
    t.id = QStringLiteral("t-dash");
    t.name = QStringLiteral("Cloudonix Trunk");
    t.outboundLeadingPlusEnabled = true;
    t.gateways << gateway(Host, false, true, true) << gateway(QStringLiteral("203.0.113.10"), true, false, false);
    live.trunks << t;
    live.numbers << number(QStringLiteral("n1"), QStringLiteral("+12127770001"), t.id, QStringLiteral("a7"))
                 << number(QStringLiteral("n3"), QStringLiteral("+12127770003"), t.id, {});
    VapiPhoneNumber sip;
    sip.id = QStringLiteral("n2");
    sip.provider = VapiPhoneNumber::VapiProvider;
    sip.sipUri = QStringLiteral("sip:+12127770002@sip.vapi.ai");
    live.numbers << sip;
    return live;
}
} // namespace

void TestDesiredStateBuilder::withoutIntentWhatIsThereIsWanted()
{
    const DesiredState s = DesiredStateBuilder::current(recordWithTwoNumbers(), dashboardTrunk(), QStringLiteral("eu"));
    QVERIFY(s.isComplete());
    QCOMPARE(s.vapiRegion, QStringLiteral("eu"));
    QCOMPARE(s.trunk.id, QStringLiteral("t-dash"));
    QCOMPARE(s.trunk.name, QStringLiteral("Cloudonix Trunk"));
    QCOMPARE(s.trunk.gatewayMode, DesiredTrunk::GatewayMode::Split);
    QCOMPARE(s.trunk.inboundGateways.value(), QStringList {QStringLiteral("203.0.113.10")});
    QVERIFY(s.trunk.outbound && s.trunk.optionsPing && s.trunk.leadingPlus);
    QVERIFY(!s.cloudonix.allowBorderToBorder); // as Cloudonix has it: nothing unasked changes
    QStringList numbers;
    for (const DesiredNumber &n : s.numbers)
        numbers << n.number + QLatin1Char('/') + n.assistant;
    // The recorded ones with the assistant Vapi shows now, then the one found on the trunk.
    QCOMPARE(numbers,
             (QStringList {QStringLiteral("+12127770001/a7"), QStringLiteral("+12127770002/"),
                           QStringLiteral("+12127770003/")}));
    QCOMPARE(s.numbers.at(1).mode, DesiredNumber::Mode::SipUri);
}

void TestDesiredStateBuilder::serviceNamesAndOpensTheTrunk()
{
    const DesiredState s = DesiredStateBuilder::withTrunk(recordWithTwoNumbers(), dashboardTrunk(),
                                                          QStringLiteral("us"), QStringLiteral("Cloudonix acme"),
                                                          QStringList {QStringLiteral("198.51.100.7")});
    QVERIFY(s.isComplete());
    QVERIFY(s.inboundOptional);
    QCOMPARE(s.trunk.id, QStringLiteral("t-dash")); // the same trunk, renamed
    QCOMPARE(s.trunk.name, QStringLiteral("Cloudonix acme"));
    QCOMPARE(s.trunk.inboundGateways.value(), QStringList {QStringLiteral("198.51.100.7")});
    QVERIFY(s.cloudonix.allowBorderToBorder && s.cloudonix.redirectUnknownToBorder);
    QCOMPARE(s.numbers.size(), 3);

    const DesiredState unnamed
        = DesiredStateBuilder::withTrunk(recordWithTwoNumbers(), LiveState(), QStringLiteral("us"), {}, {});
    QVERIFY(unnamed.trunk.name.isEmpty()); // the planner names a new trunk "Cloudonix <domain>"
    QCOMPARE(unnamed.defaultTrunkName(), QStringLiteral("Cloudonix acme.cloudonix.net"));
}

void TestDesiredStateBuilder::trunkJoinsTheStoredIntent()
{
    const DomainRecord r = recordWithIntent(QStringLiteral("Old name"), QStringLiteral("a1"));
    const DesiredState s
        = DesiredStateBuilder::withTrunk(r, dashboardTrunk(), QStringLiteral("us"), QStringLiteral("New name"), {});
    QVERIFY(s.isComplete());
    QCOMPARE(s.trunk.name, QStringLiteral("New name"));
    QVERIFY(!s.trunk.inboundGateways.has_value());
    QCOMPARE(s.numbers.size(), 1); // the intent's, not what happens to be live
    QCOMPARE(s.numbers.first().number, QStringLiteral("+12127770009"));
}

void TestDesiredStateBuilder::numbersReplaceTheirOwnEntry()
{
    const DomainRecord r = recordWithIntent(QStringLiteral("T"), QStringLiteral("a1"));
    const DesiredState s = DesiredStateBuilder::withNumbers(
        r, dashboardTrunk(), QStringLiteral("us"),
        {DesiredNumber {QStringLiteral("(212) 777-0009"), QStringLiteral("a2"), DesiredNumber::Mode::Trunk, {}},
         DesiredNumber {QStringLiteral("+12127770010"), {}, DesiredNumber::Mode::Trunk, {}}},
        QStringLiteral("US"));
    QVERIFY(s.isComplete());
    QCOMPARE(s.trunk.name, QStringLiteral("T"));
    QCOMPARE(s.numbers.size(), 2);
    QCOMPARE(s.numbers.first().assistant, QStringLiteral("a2"));
}

void TestDesiredStateBuilder::numbersWithoutAnyTrunkWaitForIt()
{
    const DesiredState s = DesiredStateBuilder::withNumbers(
        recordWithTwoNumbers(), LiveState(), QStringLiteral("us"),
        {DesiredNumber {QStringLiteral("+12127770011"), {}, DesiredNumber::Mode::Trunk, {}}}, {});
    QVERIFY(!s.manageTrunk); // the planner then says to create the trunk first
    QCOMPARE(s.numbers.size(), 1);
}

void TestDesiredStateBuilder::guidesSingleGatewayIsKeptAsItIs()
{
    LiveState live = dashboardTrunk();
    live.trunks.first().gateways = {gateway(Host, true, true, true)};
    const DesiredState s = DesiredStateBuilder::current(recordWithTwoNumbers(), live, QStringLiteral("us"));
    QCOMPARE(s.trunk.gatewayMode, DesiredTrunk::GatewayMode::Single);
    QVERIFY(s.trunk.inbound && s.trunk.outbound && s.trunk.optionsPing);
    QCOMPARE(s.trunk.gateway, QStringLiteral("auto"));
}

void TestDesiredStateBuilder::csvTakesDefaultsForEmptyCells()
{
    const QList<DesiredNumber> numbers = DesiredStateBuilder::numbersFromCsv(
        "number,assistant,mode\n# a comment\n+12127773457,Sales bot\n+12127773458,,sip-uri\n\n+12127773459\n",
        QStringLiteral("Support bot"), DesiredNumber::Mode::Trunk);
    QCOMPARE(numbers.size(), 3);
    QCOMPARE(numbers.at(0).assistant, QStringLiteral("Sales bot"));
    QCOMPARE(numbers.at(1).assistant, QStringLiteral("Support bot"));
    QCOMPARE(numbers.at(1).mode, DesiredNumber::Mode::SipUri);
    QCOMPARE(numbers.at(2).number, QStringLiteral("+12127773459"));
    QCOMPARE(numbers.at(2).mode, DesiredNumber::Mode::Trunk);
}

// One finding accepted: that resource as it is now, everything else as the intent had it.
void TestDesiredStateBuilder::acceptingTakesOneResourceFromWhatIsThere()
{
    DomainRecord r = recordWithIntent(QStringLiteral("Cloudonix acme"), QStringLiteral("a1"));
    DesiredState stored = DesiredState::fromJson(r.intent, nullptr);
    stored.numbers << DesiredNumber {
        QStringLiteral("+12127770001"), QStringLiteral("a1"), DesiredNumber::Mode::Trunk, {}};
    r.intent = stored.toJson();
    const LiveState live = dashboardTrunk();
    using Resource = PlanAction::Resource;
    auto numbers = [](const DesiredState &s) {
        QStringList out;
        for (const DesiredNumber &n : s.numbers)
            out << n.number + QLatin1Char('/') + n.assistant;
        return out;
    };

    // A number with another assistant in Vapi: that number's entry takes it; the rest is kept.
    const DesiredState assistant = DesiredStateBuilder::accepting(r, live, QStringLiteral("us"), Resource::PhoneNumber,
                                                                  QStringLiteral("+12127770001"));
    QCOMPARE(numbers(assistant), (QStringList {QStringLiteral("+12127770009/a1"), QStringLiteral("+12127770001/a7")}));
    QCOMPARE(assistant.trunk.name, QStringLiteral("Cloudonix acme"));
    QVERIFY(assistant.cloudonix.allowBorderToBorder); // the intent's, though Cloudonix has it off

    // A number Vapi no longer has: no longer wanted.
    const DesiredState gone = DesiredStateBuilder::accepting(r, live, QStringLiteral("us"), Resource::PhoneNumber,
                                                             QStringLiteral("+12127770009"));
    QCOMPARE(numbers(gone), QStringList {QStringLiteral("+12127770001/a1")});

    // The domain settings as Cloudonix has them; the numbers untouched.
    const DesiredState flags
        = DesiredStateBuilder::accepting(r, live, QStringLiteral("us"), Resource::BorderFlags, r.domain);
    QVERIFY(!flags.cloudonix.allowBorderToBorder);
    QCOMPARE(numbers(flags), numbers(stored));

    // The trunk as Vapi has it.
    const DesiredState trunk = DesiredStateBuilder::accepting(r, live, QStringLiteral("us"), Resource::Trunk, {});
    QCOMPARE(trunk.trunk.name, QStringLiteral("Cloudonix Trunk"));
    QCOMPARE(trunk.trunk.inboundGateways.value(), QStringList {QStringLiteral("203.0.113.10")});
    QCOMPARE(numbers(trunk), numbers(stored));
}

void TestDesiredStateBuilder::planForOneResourceKeepsWhatItNeeds()
{
    using Resource = PlanAction::Resource;
    using Kind = PlanAction::Kind;
    auto action = [](Resource resource, Kind kind, const QString &key) {
        PlanAction a;
        a.resource = resource;
        a.kind = kind;
        a.key = key;
        return a;
    };
    Plan plan;
    plan.actions << action(Resource::BorderFlags, Kind::Update, QStringLiteral("acme"))
                 << action(Resource::Trunk, Kind::Create, QStringLiteral("Cloudonix acme"))
                 << action(Resource::PhoneNumber, Kind::Create, QStringLiteral("+12127770001"))
                 << action(Resource::PhoneNumber, Kind::Update, QStringLiteral("+12127770002"))
                 << action(Resource::PhoneNumber, Kind::Unchanged, QStringLiteral("+12127770003"))
                 << action(Resource::CarrierTrunk, Kind::Delete, QStringLiteral("telnyx"));
    auto keys = [](const Plan &p) {
        QStringList out;
        for (const PlanAction &a : p.actions)
            out << a.key;
        return out;
    };
    // A number needs the trunk it goes on; what is unchanged stays for the record.
    QCOMPARE(keys(plan.onlyFor(Resource::PhoneNumber, QStringLiteral("+12127770002"))),
             (QStringList {QStringLiteral("Cloudonix acme"), QStringLiteral("+12127770002"),
                           QStringLiteral("+12127770003")}));
    QCOMPARE(plan.onlyFor(Resource::PhoneNumber, QStringLiteral("+12127770002")).writeCount(), 2);
    // The domain settings are one thing whatever the key; a carrier trunk needs nothing else.
    QCOMPARE(keys(plan.onlyFor(Resource::BorderFlags, {})),
             (QStringList {QStringLiteral("acme"), QStringLiteral("+12127770003")}));
    QCOMPARE(keys(plan.onlyFor(Resource::CarrierTrunk, QStringLiteral("telnyx"))),
             (QStringList {QStringLiteral("+12127770003"), QStringLiteral("telnyx")}));
}

QTEST_GUILESS_MAIN(TestDesiredStateBuilder)
#include "tst_desiredstatebuilder.moc"
