#include "domain/JsonDuplicateKeys.h"

#include <QTest>

using namespace tw;

class TestJsonDuplicateKeys : public QObject
{
    Q_OBJECT

private slots:
    void findsTheFirstRepeatedKey_data();
    void findsTheFirstRepeatedKey();
};

void TestJsonDuplicateKeys::findsTheFirstRepeatedKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("none") << QByteArray(R"({"domain": "a", "trunk": {"name": "x"}, "numbers": [{"number": "1"}]})")
                          << QString();
    QTest::newRow("top level") << QByteArray(R"({"domain": "a", "domain": "b"})") << QStringLiteral("domain");
    QTest::newRow("nested") << QByteArray(R"({"trunk": {"name": "x", "inbound": true, "name": "y"}})")
                            << QStringLiteral("trunk.name");
    QTest::newRow("in an array") << QByteArray(R"({"numbers": [{"number": "1"}, {"number": "2", "number": "3"}]})")
                                 << QStringLiteral("numbers[1].number");
    QTest::newRow("same key, other objects") << QByteArray(R"({"a": {"x": 1}, "b": {"x": 2}, "x": 3})") << QString();
    QTest::newRow("escaped the same") << QByteArray(R"({"name": 1, "n\u0061me": 2})") << QStringLiteral("name");
    QTest::newRow("quotes and braces in strings")
        << QByteArray(R"({"a": "}{\"a\":", "b": "[,]", "a": 1})") << QStringLiteral("a");
}

void TestJsonDuplicateKeys::findsTheFirstRepeatedKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QCOMPARE(JsonDuplicateKeys::first(json), path);
}

QTEST_GUILESS_MAIN(TestJsonDuplicateKeys)
#include "tst_jsonduplicatekeys.moc"
