#include "domain/VapiLimits.h"

#include <QTest>

using tw::VapiLimits;

class TestVapiLimits : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void portsAndNetmasks();
    void fitName();
};

void TestVapiLimits::names()
{
    QVERIFY(VapiLimits::checkName(QString(40, QLatin1Char('a'))).isEmpty());
    QVERIFY(VapiLimits::checkName(QString(41, QLatin1Char('a'))).contains(QLatin1String("41")));
    QVERIFY(VapiLimits::checkName(QString()).isEmpty());
    QVERIFY(!VapiLimits::checkName(QStringLiteral("  "), true).isEmpty());
}

void TestVapiLimits::portsAndNetmasks()
{
    QVERIFY(VapiLimits::checkPort(1).isEmpty());
    QVERIFY(VapiLimits::checkPort(65535).isEmpty());
    QVERIFY(!VapiLimits::checkPort(0).isEmpty());
    QVERIFY(!VapiLimits::checkPort(65536).isEmpty());
    QVERIFY(VapiLimits::checkNetmask(24).isEmpty());
    QVERIFY(VapiLimits::checkNetmask(32).isEmpty());
    QVERIFY(!VapiLimits::checkNetmask(23).isEmpty());
    QVERIFY(!VapiLimits::checkNetmask(33).isEmpty());
}

void TestVapiLimits::fitName()
{
    QCOMPARE(VapiLimits::fitName(QStringLiteral("[acme.cloudonix.net] +12127773456")),
             QStringLiteral("[acme.cloudonix.net] +12127773456"));
    const QString longName = QStringLiteral("[dd7a2a82-2457-3578-a63b-bd132950c857.cloudonix.net] +12127773456");
    const QString fitted = VapiLimits::fitName(longName);
    QVERIFY(fitted.size() <= VapiLimits::MaxNameLength);
    QVERIFY(fitted.endsWith(QChar(0x2026)));
    QVERIFY(VapiLimits::checkName(fitted).isEmpty());
}

QTEST_GUILESS_MAIN(TestVapiLimits)
#include "tst_vapilimits.moc"
