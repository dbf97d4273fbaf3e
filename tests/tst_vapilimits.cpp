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
    // A name far too long is quoted short; a NUL inside is refused and shown, not printed.
    const QString huge = VapiLimits::checkName(QString(1000000, QLatin1Char('n')));
    QVERIFY2(huge.size() < 200 && huge.contains(QLatin1String("1000000")), qPrintable(huge.left(300)));
    const QString nul = VapiLimits::checkName(QStringLiteral("Cloudonix") + QChar(0) + QStringLiteral("acme"));
    QVERIFY2(nul.contains(QLatin1String("control character")) && nul.contains(QLatin1String("\\x00")), qPrintable(nul));
    QVERIFY(!nul.contains(QChar(0)));
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
