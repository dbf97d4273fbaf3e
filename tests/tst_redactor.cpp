#include "api/Redactor.h"

#include <QTest>

using tw::Redactor;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void scrub_data();
    void scrub();
    void mask();
};

void TestRedactor::scrub_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("key anywhere") << "bad key XI0123456789abcdef in request"
                                  << "XI0123456789abcdef"
                                  << "XI0123456789abcdef";
    QTest::newRow("bearer header") << "Authorization: Bearer abc.def-ghi"
                                   << ""
                                   << "abc.def-ghi";
    QTest::newRow("bearer lower case") << "authorization: bearer sk_live_1234567"
                                       << ""
                                       << "sk_live_1234567";
    QTest::newRow("json apiKey") << R"({"apiKey":"plain-key-value","x":1})"
                                 << ""
                                 << "plain-key-value";
    QTest::newRow("json authPassword") << R"({"authPassword": "hunter2hunter2"})"
                                       << ""
                                       << "hunter2hunter2";
    QTest::newRow("yaml apiKey") << "domains:\n  acme:\n    apiKey: XIyamlsecret99\n"
                                 << ""
                                 << "XIyamlsecret99";
}

void TestRedactor::scrub()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, mustNotContain);
    const QString out = Redactor::scrub(text, secret.isEmpty() ? QStringList() : QStringList {secret});
    QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
    QVERIFY(out.contains(Redactor::Placeholder));
}

void TestRedactor::mask()
{
    QCOMPARE(Redactor::mask(QStringLiteral("XI0123456789abcdef3f2a")), QStringLiteral("••••3f2a"));
    QCOMPARE(Redactor::mask(QStringLiteral("short")), QStringLiteral("••••"));
    QCOMPARE(Redactor::scrub(QStringLiteral("nothing secret here")), QStringLiteral("nothing secret here"));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
