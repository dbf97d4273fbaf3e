#include "domain/GatewayAddress.h"

#include <QTest>

using tw::GatewayAddress;

class TestGatewayAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestGatewayAddress::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<GatewayAddress::Kind>("kind");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<int>("netmask");
    using K = GatewayAddress::Kind;
    QTest::newRow("ipv4") << "203.0.113.10" << K::Ipv4 << "203.0.113.10" << 32;
    QTest::newRow("ipv4 /32") << "203.0.113.10/32" << K::Ipv4 << "203.0.113.10" << 32;
    QTest::newRow("cidr /24") << " 203.0.113.0/24 " << K::Ipv4 << "203.0.113.0/24" << 24;
    QTest::newRow("cloudonix host") << "DD7A2A82-2457-3578-A63B-BD132950C857.sip.cloudonix.net" << K::HostName
                                    << "dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net" << 32;
    QTest::newRow("trailing dot") << "sip.example.com." << K::HostName << "sip.example.com" << 32;
    QTest::newRow("cidr /23 too wide") << "203.0.112.0/23" << K::Invalid << "" << 32;
    QTest::newRow("cidr /33") << "203.0.113.1/33" << K::Invalid << "" << 32;
    QTest::newRow("octet 256") << "203.0.113.256" << K::Invalid << "" << 32;
    QTest::newRow("leading zero") << "203.0.113.010" << K::Invalid << "" << 32;
    QTest::newRow("three octets") << "203.0.113" << K::Invalid << "" << 32;
    QTest::newRow("ipv6") << "2001:db8::1" << K::Invalid << "" << 32;
    QTest::newRow("sip uri") << "sip:abc.sip.cloudonix.net" << K::Invalid << "" << 32;
    QTest::newRow("with port") << "abc.sip.cloudonix.net:5060" << K::Invalid << "" << 32;
    QTest::newRow("single label") << "localhost" << K::Invalid << "" << 32;
    QTest::newRow("underscore") << "bad_host.example.com" << K::Invalid << "" << 32;
    QTest::newRow("hyphen edge") << "-bad.example.com" << K::Invalid << "" << 32;
    QTest::newRow("host with mask") << "sip.example.com/24" << K::Invalid << "" << 32;
    QTest::newRow("empty") << "" << K::Invalid << "" << 32;
}

void TestGatewayAddress::parse()
{
    QFETCH(QString, input);
    QFETCH(GatewayAddress::Kind, kind);
    QFETCH(QString, normalized);
    QFETCH(int, netmask);
    const GatewayAddress address = GatewayAddress::parse(input);
    QCOMPARE(address.kind(), kind);
    if (kind == GatewayAddress::Kind::Invalid) {
        QVERIFY2(!address.error().isEmpty(), "an invalid address must say why");
    } else {
        QCOMPARE(address.toString(), normalized);
        QCOMPARE(address.netmask(), netmask);
        QVERIFY(address.error().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestGatewayAddress)
#include "tst_gatewayaddress.moc"
