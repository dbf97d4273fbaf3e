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
    QTest::addColumn<QString>("errorPart"); // what the sentence must say (invalid rows)
    using K = GatewayAddress::Kind;
    QTest::newRow("ipv4") << "203.0.113.10" << K::Ipv4 << "203.0.113.10" << 32 << QString();
    QTest::newRow("ipv4 /32") << "203.0.113.10/32" << K::Ipv4 << "203.0.113.10" << 32 << QString();
    QTest::newRow("cidr /24") << " 203.0.113.0/24 " << K::Ipv4 << "203.0.113.0/24" << 24 << QString();
    QTest::newRow("cloudonix host") << "DD7A2A82-2457-3578-A63B-BD132950C857.sip.cloudonix.net" << K::HostName
                                    << "dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net" << 32 << QString();
    QTest::newRow("trailing dot") << "sip.example.com." << K::HostName << "sip.example.com" << 32 << QString();
    QTest::newRow("cidr /23 too wide") << "203.0.112.0/23" << K::Invalid << "" << 32 << QString();
    QTest::newRow("cidr /33") << "203.0.113.1/33" << K::Invalid << "" << 32 << QString();
    QTest::newRow("octet 256") << "203.0.113.256" << K::Invalid << "" << 32 << QString();
    QTest::newRow("leading zero") << "203.0.113.010" << K::Invalid << "" << 32 << QString();
    QTest::newRow("three octets") << "203.0.113" << K::Invalid << "" << 32 << QString();
    QTest::newRow("ipv6") << "2001:db8::1" << K::Invalid << "" << 32 << QString();
    QTest::newRow("sip uri") << "sip:abc.sip.cloudonix.net" << K::Invalid << "" << 32 << QString();
    QTest::newRow("with port") << "abc.sip.cloudonix.net:5060" << K::Invalid << "" << 32 << QString();
    QTest::newRow("single label") << "localhost" << K::Invalid << "" << 32 << QString();
    QTest::newRow("underscore") << "bad_host.example.com" << K::Invalid << "" << 32 << QString();
    QTest::newRow("hyphen edge") << "-bad.example.com" << K::Invalid << "" << 32 << QString();
    QTest::newRow("host with mask") << "sip.example.com/24" << K::Invalid << "" << 32 << QString();
    QTest::newRow("empty") << "" << K::Invalid << "" << 32 << QString();
    QTest::newRow("web address") << "http://x" << K::Invalid << "" << 32 << "not a plain address";
    QTest::newRow("unspecified") << "0.0.0.0" << K::Invalid << "" << 32 << "unspecified";
    QTest::newRow("loopback") << "127.0.0.1" << K::Invalid << "" << 32 << "loopback";
    QTest::newRow("broadcast") << "255.255.255.255" << K::Invalid << "" << 32 << "broadcast";
    QTest::newRow("multicast") << "224.0.0.1" << K::Invalid << "" << 32 << "multicast";
    QTest::newRow("long junk") << QString(100000, QLatin1Char('x')) << K::Invalid << "" << 32 << "…";
}

void TestGatewayAddress::parse()
{
    QFETCH(QString, input);
    QFETCH(GatewayAddress::Kind, kind);
    QFETCH(QString, normalized);
    QFETCH(int, netmask);
    QFETCH(QString, errorPart);
    const GatewayAddress address = GatewayAddress::parse(input);
    QCOMPARE(address.kind(), kind);
    if (kind == GatewayAddress::Kind::Invalid) {
        QVERIFY2(!address.error().isEmpty(), "an invalid address must say why");
        QVERIFY2(address.error().contains(errorPart), qPrintable(address.error()));
        QVERIFY2(address.error().size() < 300,
                 qPrintable(QString::number(address.error().size()))); // never the whole value
        QVERIFY2(!address.error().contains(QLatin1String("IPv6")) || input.contains(QLatin1String("::")),
                 qPrintable(address.error()));
    } else {
        QCOMPARE(address.toString(), normalized);
        QCOMPARE(address.netmask(), netmask);
        QVERIFY(address.error().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestGatewayAddress)
#include "tst_gatewayaddress.moc"
