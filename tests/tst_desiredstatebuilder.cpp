#include "provisioning/DesiredStateBuilder.h"

#include <QTest>

using namespace tw;

class TestDesiredStateBuilder : public QObject
{
    Q_OBJECT

private slots:
    void trunkAloneLeavesOtherNumbersAlone();
    void trunkJoinsTheStoredIntent();
    void numbersReplaceTheirOwnEntry();
    void csvTakesDefaultsForEmptyCells();
};

namespace {
DomainRecord recordWithTwoNumbers()
{
    DomainRecord r;
    r.domain = QStringLiteral("acme.cloudonix.net");
    NumberRecord trunk;
    trunk.number = QStringLiteral("+12127770001");
    trunk.assistantId = QStringLiteral("a1");
    trunk.mode = QStringLiteral("trunk");
    NumberRecord sip = trunk;
    sip.number = QStringLiteral("+12127770002");
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
} // namespace

void TestDesiredStateBuilder::trunkAloneLeavesOtherNumbersAlone()
{
    const DesiredState s
        = DesiredStateBuilder::withTrunk(recordWithTwoNumbers(), QStringLiteral("eu"), QStringLiteral("Cloudonix acme"),
                                         QStringList {QStringLiteral("203.0.113.10")});
    QCOMPARE(s.domain, QStringLiteral("acme.cloudonix.net"));
    QCOMPARE(s.vapiRegion, QStringLiteral("eu"));
    QCOMPARE(s.trunk.name, QStringLiteral("Cloudonix acme"));
    QCOMPARE(s.trunk.inboundGateways.value(), QStringList {QStringLiteral("203.0.113.10")});
    QVERIFY(s.inboundOptional);
    QVERIFY(!s.manageNumbers);
    QCOMPARE(s.numbers.size(), 1); // the trunk number stays on the trunk; the SIP URI one is not touched
    QCOMPARE(s.numbers.first().assistant, QStringLiteral("a1"));
}

void TestDesiredStateBuilder::trunkJoinsTheStoredIntent()
{
    const DomainRecord r = recordWithIntent(QStringLiteral("Old name"), QStringLiteral("a1"));
    const DesiredState s = DesiredStateBuilder::withTrunk(r, QStringLiteral("us"), QStringLiteral("New name"), {});
    QVERIFY(s.isComplete());
    QCOMPARE(s.trunk.name, QStringLiteral("New name"));
    QVERIFY(!s.trunk.inboundGateways.has_value());
    QCOMPARE(s.numbers.size(), 1);
    QCOMPARE(s.numbers.first().number, QStringLiteral("+12127770009"));
}

void TestDesiredStateBuilder::numbersReplaceTheirOwnEntry()
{
    const DomainRecord r = recordWithIntent(QStringLiteral("T"), QStringLiteral("a1"));
    const DesiredState s = DesiredStateBuilder::withNumbers(
        r, QStringLiteral("us"),
        {DesiredNumber {QStringLiteral("(212) 777-0009"), QStringLiteral("a2"), DesiredNumber::Mode::Trunk, {}},
         DesiredNumber {QStringLiteral("+12127770010"), {}, DesiredNumber::Mode::Trunk, {}}},
        QStringLiteral("US"));
    QCOMPARE(s.numbers.size(), 2);
    QCOMPARE(s.numbers.first().assistant, QStringLiteral("a2"));

    const DesiredState partial = DesiredStateBuilder::withNumbers(
        recordWithTwoNumbers(), QStringLiteral("us"),
        {DesiredNumber {QStringLiteral("+12127770011"), {}, DesiredNumber::Mode::Trunk, {}}}, {});
    QVERIFY(!partial.manageTrunk && !partial.manageCloudonix && !partial.manageNumbers);
    QCOMPARE(partial.numbers.size(), 1);
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

QTEST_GUILESS_MAIN(TestDesiredStateBuilder)
#include "tst_desiredstatebuilder.moc"
