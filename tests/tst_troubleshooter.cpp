// The troubleshooter's rules on plain data: a healthy domain has no finding, and each
// misconfiguration admins meet most gives exactly its finding, one sentence with the fix.
#include "api/CloudonixDnid.h"
#include "config/DomainRecord.h"
#include "diagnostics/Troubleshooter.h"
#include "operations/ProbeReport.h"
#include "provisioning/LiveState.h"

#include <QTest>

#include <functional>

using namespace tw;
using Code = DoctorFinding::Code;

namespace {
const QString Host = QStringLiteral("6f1c2a3b.sip.cloudonix.net");
const QString Trunk = QStringLiteral("trunk-1");

struct Setup
{
    DomainRecord record;
    LiveState live;
    QList<CloudonixDnid> dnids;
    ProbeReport probe;
};

Setup healthy()
{
    Setup s;
    s.record.domain = QStringLiteral("demo.cloudonix.net");
    s.record.inboundSipHost = Host;
    s.record.vapiCredentialId = Trunk;
    for (const char *n : {"+12127771000", "+12127771001"}) {
        NumberRecord r;
        r.number = QString::fromLatin1(n);
        r.vapiId = QStringLiteral("id") + r.number;
        s.record.numbers << r;
        VapiPhoneNumber p;
        p.id = r.vapiId;
        p.number = r.number;
        p.credentialId = Trunk;
        p.assistantId = QStringLiteral("a1");
        s.live.numbers << p;
        CloudonixDnid d;
        d.source = r.number.mid(1); // Cloudonix may keep it without the +
        d.applicationName = QStringLiteral("vapi-inbound");
        s.dnids << d;
    }
    VapiCredential trunk;
    trunk.id = Trunk;
    trunk.name = QStringLiteral("Cloudonix demo");
    trunk.outboundLeadingPlusEnabled = true;
    VapiGateway out;
    out.ip = Host;
    out.inboundEnabled = false;
    VapiGateway in;
    in.ip = QStringLiteral("198.51.100.10");
    in.outboundEnabled = false;
    trunk.gateways = {out, in};
    s.live.trunks << trunk;
    VapiAssistant a;
    a.id = QStringLiteral("a1");
    s.live.assistants << a;
    s.live.domain.domain = s.record.domain;
    s.live.domain.border.allowedBorder = true;
    s.live.domain.border.redirectUnknownToBorder = true;
    CloudonixTrunk carrier;
    carrier.name = QStringLiteral("telnyx");
    carrier.direction = QStringLiteral("public-outbound");
    s.live.cloudonixTrunks << carrier;
    SipProbeResult ok;
    ok.outcome = SipProbeResult::Outcome::Answered;
    ok.statusCode = 200;
    s.probe.results << ok;
    return s;
}

QList<Code> codes(const Setup &s)
{
    Troubleshooter::Input in;
    in.record = &s.record;
    in.live = &s.live;
    in.dnids = &s.dnids;
    in.probe = &s.probe;
    QList<Code> out;
    for (const DoctorFinding &f : Troubleshooter::examine(in))
        out << f.code;
    return out;
}

VapiCredential &trunk(Setup &s)
{
    return s.live.trunks.first();
}
} // namespace

using Change = std::function<void(Setup &)>;
Q_DECLARE_METATYPE(Change)

class TestTroubleshooter : public QObject
{
    Q_OBJECT

private slots:
    void healthyDomainHasNoFinding();
    void eachMisconfiguration_data();
    void eachMisconfiguration();
    void findingsAreOneSentenceWithAFix();
    void codeNames();
};

void TestTroubleshooter::healthyDomainHasNoFinding()
{
    QCOMPARE(codes(healthy()), QList<Code>());
}

void TestTroubleshooter::eachMisconfiguration_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QList<Code>>("expected");
    QTest::newRow("no trunk recorded") << Change([](Setup &s) { s.record.vapiCredentialId.clear(); })
                                       << QList<Code> {Code::NoTrunk};
    QTest::newRow("trunk gone") << Change([](Setup &s) { s.live.trunks.clear(); }) << QList<Code> {Code::NoTrunk};
    QTest::newRow("no inbound gateway") << Change([](Setup &s) { trunk(s).gateways.removeLast(); })
                                        << QList<Code> {Code::NoInboundGateway};
    QTest::newRow("host name with inbound on")
        << Change([](Setup &s) { trunk(s).gateways.first().inboundEnabled.reset(); })
        << QList<Code> {Code::HostNameInbound};
    QTest::newRow("cx-vcc's one gateway") << Change([](Setup &s) {
        trunk(s).gateways.removeLast();
        trunk(s).gateways.first().inboundEnabled = true;
    }) << QList<Code> {Code::HostNameInbound, Code::NoInboundGateway};
    QTest::newRow("no outbound gateway") << Change([](Setup &s) { trunk(s).gateways.first().outboundEnabled = false; })
                                         << QList<Code> {Code::NoOutboundGateway};
    QTest::newRow("leading plus off") << Change([](Setup &s) { trunk(s).outboundLeadingPlusEnabled.reset(); })
                                      << QList<Code> {Code::LeadingPlusOff};
    QTest::newRow("number gone") << Change([](Setup &s) { s.live.numbers.removeFirst(); })
                                 << QList<Code> {Code::NumberNotOnTrunk};
    QTest::newRow("number on another trunk")
        << Change([](Setup &s) { s.live.numbers.first().credentialId = QStringLiteral("other"); })
        << QList<Code> {Code::NumberNotOnTrunk};
    QTest::newRow("number without assistant") << Change([](Setup &s) { s.live.numbers.last().assistantId.clear(); })
                                              << QList<Code> {Code::NumberWithoutAssistant};
    QTest::newRow("assistant gone") << Change([](Setup &s) {
        s.live.numbers.last().assistantId = QStringLiteral("deleted");
    }) << QList<Code> {Code::NumberWithoutAssistant};
    QTest::newRow("border-to-border off") << Change([](Setup &s) { s.live.domain.border.allowedBorder.reset(); })
                                          << QList<Code> {Code::BorderToBorderOff};
    QTest::newRow("redirect unknown off")
        << Change([](Setup &s) { s.live.domain.border.redirectUnknownToBorder = false; })
        << QList<Code> {Code::RedirectUnknownOff};
    QTest::newRow("no carrier trunk") << Change([](Setup &s) {
        s.live.cloudonixTrunks.first().direction = QStringLiteral("inbound");
    }) << QList<Code> {Code::NoCarrierTrunk};
    QTest::newRow("no DNID") << Change([](Setup &s) { s.dnids.removeFirst(); }) << QList<Code> {Code::NoDnid};
    QTest::newRow("a prefix DNID is not the number")
        << Change([](Setup &s) { s.dnids.first().prefix = true; }) << QList<Code> {Code::NoDnid};
    QTest::newRow("DNID without application")
        << Change([](Setup &s) { s.dnids.last().applicationName.clear(); }) << QList<Code> {Code::NoApplication};
    QTest::newRow("probe failing") << Change([](Setup &s) {
        SipProbeResult silent;
        silent.target.host = QStringLiteral("198.51.100.10");
        silent.outcome = SipProbeResult::Outcome::NoAnswer;
        s.probe.results << silent;
    }) << QList<Code> {Code::ProbeFailed};
    QTest::newRow("a 403 is reachable") << Change([](Setup &s) { s.probe.results.first().statusCode = 403; })
                                        << QList<Code>();
    QTest::newRow("sip-uri numbers need no DNID") << Change([](Setup &s) {
        s.record.numbers.first().mode = QStringLiteral("sip-uri");
        s.dnids.removeFirst();
    }) << QList<Code>();
}

void TestTroubleshooter::eachMisconfiguration()
{
    QFETCH(Change, change);
    QFETCH(QList<Code>, expected);
    Setup s = healthy();
    change(s);
    QCOMPARE(codes(s), expected);
}

void TestTroubleshooter::findingsAreOneSentenceWithAFix()
{
    Setup s = healthy();
    trunk(s).gateways.removeLast();
    trunk(s).gateways.first().inboundEnabled = true;
    s.dnids.clear();
    Troubleshooter::Input in;
    in.record = &s.record;
    in.live = &s.live;
    in.dnids = &s.dnids;
    const QList<DoctorFinding> found = Troubleshooter::examine(in);
    QCOMPARE(found.size(), 4);
    for (const DoctorFinding &f : found) {
        QVERIFY2(f.text.contains(QLatin1Char(':')) && f.text.endsWith(QLatin1Char('.')), qPrintable(f.text));
        QVERIFY(!f.subject.isEmpty());
    }
    QVERIFY(found.first().text.contains(Host));
    QCOMPARE(found.at(2).subject, QStringLiteral("+12127771000"));
}

void TestTroubleshooter::codeNames()
{
    DoctorFinding f;
    f.code = Code::NoInboundGateway;
    QCOMPARE(f.codeName(), QStringLiteral("no-inbound-gateway"));
    f.code = Code::NoDnid;
    QCOMPARE(f.codeName(), QStringLiteral("no-dnid"));
    QCOMPARE(f.toJson().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
}

QTEST_MAIN(TestTroubleshooter)
#include "tst_troubleshooter.moc"
