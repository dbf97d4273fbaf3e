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
    void variants_data();
    void variants();
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

// What a server may echo of a key: other case, URL-encoded, or only a part of it. Parts of 8
// characters or more from either end are blanked; shorter ones are too common to be a key.
void TestRedactor::variants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString p = Redactor::Placeholder;
    QTest::newRow("whole") << "k=Xk7Qp2Lm9Rt4+Wv/Zs=" << QStringLiteral("k=") + p;
    QTest::newRow("lower case") << "k=xk7qp2lm9rt4+wv/zs= end" << QStringLiteral("k=") + p + QStringLiteral(" end");
    QTest::newRow("upper case") << "K=XK7QP2LM9RT4+WV/ZS=" << QStringLiteral("K=") + p;
    QTest::newRow("url-encoded") << "?key=Xk7Qp2Lm9Rt4%2BWv%2FZs%3D&x=1"
                                 << QStringLiteral("?key=") + p + QStringLiteral("&x=1");
    QTest::newRow("url-encoded lower hex") << "?key=Xk7Qp2Lm9Rt4%2bWv%2fZs%3d" << QStringLiteral("?key=") + p;
    QTest::newRow("first 16") << "token Xk7Qp2Lm9Rt4+Wv/ rejected"
                              << QStringLiteral("token ") + p + QStringLiteral(" rejected");
    QTest::newRow("first 8") << "[Xk7Qp2Lm]" << QStringLiteral("[") + p + QStringLiteral("]");
    QTest::newRow("last 10") << "...Rt4+Wv/Zs=" << QStringLiteral("...") + p;
    QTest::newRow("twice, touching") << "Xk7Qp2Lm9Rt4+Wv/Zs=Xk7Qp2Lm9Rt4+Wv/Zs=" << QString(p);
    QTest::newRow("first 7 stays") << "Xk7Qp2L is not enough"
                                   << "Xk7Qp2L is not enough";
    QTest::newRow("middle stays") << "p2Lm9Rt4+W"
                                  << "p2Lm9Rt4+W";
}

void TestRedactor::variants()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Redactor::scrub(text, {QStringLiteral("Xk7Qp2Lm9Rt4+Wv/Zs=")}), expected);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
