#include "provisioning/TrunkFinder.h"

#include <QJsonArray>
#include <QTest>

using namespace tw;

namespace {
const QString Host = QStringLiteral("6f1c2a3b.sip.cloudonix.net");
const QString OtherHost = QStringLiteral("8b3c4d5e.sip.cloudonix.net");

VapiCredential trunk(const QString &id, const QString &name, const QStringList &gatewayIps)
{
    VapiCredential t;
    t.id = id;
    t.name = name;
    for (const QString &ip : gatewayIps) {
        VapiGateway g;
        g.ip = ip;
        t.gateways << g;
    }
    return t;
}

TrunkFinder::Query query()
{
    TrunkFinder::Query q;
    q.hosts << Host;
    q.inboundAddresses << QStringLiteral("203.0.113.10/32");
    q.name = QStringLiteral("Cloudonix acme");
    return q;
}
} // namespace

class TestTrunkFinder : public QObject
{
    Q_OBJECT

private slots:
    void rulesApplyInOrder();
    void anotherDomainsTrunkIsNeverTaken();
    void severalAreListedNotChosen();
    void recordedButGoneIsSaid();
    void queryTakesTheHostsAndTheIntentsAddresses();
};

void TestTrunkFinder::rulesApplyInOrder()
{
    const QList<VapiCredential> trunks {
        trunk(QStringLiteral("by-name"), QStringLiteral("Cloudonix acme"), {}),
        trunk(QStringLiteral("by-address"), QStringLiteral("x"), {QStringLiteral("203.0.113.10")}),
        trunk(QStringLiteral("by-host"), QStringLiteral("Cloudonix Trunk"), {Host.toUpper()})};
    TrunkFinder::Query q = query();
    TrunkFinder::Result r = TrunkFinder::find(q, trunks);
    QCOMPARE(r.trunk->id, QStringLiteral("by-host"));
    QCOMPARE(r.rule, TrunkFinder::Rule::Host);
    q.hosts.clear();
    QCOMPARE(TrunkFinder::find(q, trunks).trunk->id, QStringLiteral("by-address"));
    q.inboundAddresses.clear();
    QCOMPARE(TrunkFinder::find(q, trunks).trunk->id, QStringLiteral("by-name"));
    q.recordedId = QStringLiteral("by-address");
    QCOMPARE(TrunkFinder::find(q, trunks).rule, TrunkFinder::Rule::Recorded);
    q.chosenId = QStringLiteral("by-name");
    QCOMPARE(TrunkFinder::find(q, trunks).trunk->id, QStringLiteral("by-name"));
    q.chosenId = QStringLiteral("nope");
    r = TrunkFinder::find(q, trunks);
    QVERIFY(!r.trunk);
    QVERIFY(r.chosenMissing.contains(QLatin1String("nope")));
}

void TestTrunkFinder::anotherDomainsTrunkIsNeverTaken()
{
    // Cloudonix's inbound addresses are the same for every domain, and names are free text: a
    // trunk on another domain's host is that domain's, whatever else matches.
    const QList<VapiCredential> trunks {
        trunk(QStringLiteral("other"), QStringLiteral("Cloudonix acme"), {OtherHost, QStringLiteral("203.0.113.10")})};
    TrunkFinder::Query q = query();
    q.hosts.clear();
    q.hosts << Host;
    const TrunkFinder::Result r = TrunkFinder::find(q, trunks);
    QVERIFY(!r.trunk);
    QVERIFY(!r.ambiguous());
}

void TestTrunkFinder::severalAreListedNotChosen()
{
    const QList<VapiCredential> trunks {
        trunk(QStringLiteral("t1"), QStringLiteral("A"), {Host}),
        trunk(QStringLiteral("t2"), QStringLiteral("B"), {Host, QStringLiteral("203.0.113.10")})};
    const TrunkFinder::Result r = TrunkFinder::find(query(), trunks);
    QVERIFY(!r.trunk);
    QVERIFY(r.ambiguous());
    VapiPhoneNumber n;
    n.credentialId = QStringLiteral("t2");
    const QString text = TrunkFinder::describeChoice(QStringLiteral("acme.cloudonix.net"), r, {n, n});
    QVERIFY2(text.contains(QLatin1String("t1  \"A\"")) && text.contains(QLatin1String("2 number(s)"))
                 && text.contains(QLatin1String("--trunk ID")),
             qPrintable(text));
}

void TestTrunkFinder::recordedButGoneIsSaid()
{
    TrunkFinder::Query q = query();
    q.recordedId = QStringLiteral("gone");
    const QList<VapiCredential> trunks {trunk(QStringLiteral("t1"), QStringLiteral("A"), {Host})};
    const TrunkFinder::Result r = TrunkFinder::find(q, trunks); // the result points into `trunks`
    QCOMPARE(r.trunk->id, QStringLiteral("t1"));
    QVERIFY(r.note.contains(QLatin1String("gone")));
}

void TestTrunkFinder::queryTakesTheHostsAndTheIntentsAddresses()
{
    DomainRecord record;
    record.domain = QStringLiteral("acme.cloudonix.net");
    record.inboundSipHost = Host;
    record.vapiCredentialId = QStringLiteral("rec");
    record.intent = QJsonObject {
        {QStringLiteral("trunk"),
         QJsonObject {{QStringLiteral("inboundGateways"), QJsonArray {QStringLiteral("203.0.113.10")}}}}};
    CloudonixDomain live;
    live.uuid = QStringLiteral("dd7a2a82");
    const TrunkFinder::Query q = TrunkFinder::queryFor(record, &live, QStringLiteral("chosen"), QStringLiteral("N"));
    QVERIFY(q.hosts.contains(Host));
    QVERIFY(q.hosts.contains(QStringLiteral("dd7a2a82.sip.cloudonix.net")));
    QCOMPARE(q.inboundAddresses, QStringList {QStringLiteral("203.0.113.10")});
    QCOMPARE(q.recordedId, QStringLiteral("rec"));
    QCOMPARE(q.chosenId, QStringLiteral("chosen"));
    QCOMPARE(q.name, QStringLiteral("N"));
}

QTEST_GUILESS_MAIN(TestTrunkFinder)
#include "tst_trunkfinder.moc"
