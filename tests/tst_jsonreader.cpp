#include "api/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using tw::JsonReader;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void looseWhereTheApisAreLoose();
    void missingAndNullReadAsUnset();
    void wrongTypesAreNamed_data();
    void wrongTypesAreNamed();
    void theFirstProblemIsKeptAndShared();
    void hugeFieldNamesAreCut();
};

void TestJsonReader::looseWhereTheApisAreLoose()
{
    const JsonReader r(parse(R"({"id": 42, "uuid": "abc", "a": 1, "b": "yes", "c": "false", "port": "5061",
                                 "t": "2026-01-02T03:04:05.678Z"})"));
    QCOMPARE(r.id(QLatin1String("id")), QStringLiteral("42"));
    QCOMPARE(r.id(QLatin1String("uuid")), QStringLiteral("abc"));
    QCOMPARE(r.flag(QLatin1String("a")), std::optional<bool>(true));
    QCOMPARE(r.flag(QLatin1String("b")), std::optional<bool>(true));
    QCOMPARE(r.flag(QLatin1String("c")), std::optional<bool>(false));
    QCOMPARE(r.integer(QLatin1String("port")), std::optional<int>(5061));
    QVERIFY(r.time(QLatin1String("t")).isValid());
    QVERIFY(r.problem().isEmpty());
}

void TestJsonReader::missingAndNullReadAsUnset()
{
    const JsonReader r(parse(R"({"name": null, "profile": null, "aliases": null})"));
    QVERIFY(r.text(QLatin1String("name")).isEmpty());
    QVERIFY(r.id(QLatin1String("id")).isEmpty());
    QVERIFY(!r.flag(QLatin1String("active")).has_value());
    QVERIFY(!r.integer(QLatin1String("port")).has_value());
    QVERIFY(r.object(QLatin1String("profile")).raw().isEmpty());
    QVERIFY(r.objects(QLatin1String("aliases")).isEmpty());
    QVERIFY(!r.has(QLatin1String("name")));
    QVERIFY(r.problem().isEmpty());
}

void TestJsonReader::wrongTypesAreNamed_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("number as text") << R"({"uuid": 3})"
                                    << "uuid: a number where text belongs";
    QTest::newRow("list as object") << R"({"profile": []})"
                                    << "profile: a list where an object belongs";
    QTest::newRow("object as list") << R"({"aliases": {}})"
                                    << "aliases: an object where a list belongs";
    QTest::newRow("item not an object") << R"({"aliases": [{}, 7]})"
                                        << "aliases[1]: a number where an object belongs";
    QTest::newRow("nested field") << R"({"aliases": [{"alias": true}]})"
                                  << "aliases[0].alias: true/false where text belongs";
    QTest::newRow("fractional id") << R"({"id": 1.5})"
                                   << "id: a number where an id belongs";
    QTest::newRow("object as id") << R"({"id": {}})"
                                  << "id: an object where an id belongs";
    QTest::newRow("word as flag") << R"({"active": "maybe"})"
                                  << "active: text where true/false belongs";
    QTest::newRow("port too large") << R"({"port": 1e12})"
                                    << "port: a number where a whole number belongs";
}

void TestJsonReader::wrongTypesAreNamed()
{
    QFETCH(QString, json);
    QFETCH(QString, problem);
    const JsonReader r(QJsonDocument::fromJson(json.toUtf8()).object());
    r.text(QLatin1String("uuid"));
    r.object(QLatin1String("profile"));
    for (const JsonReader &alias : r.objects(QLatin1String("aliases")))
        alias.text(QLatin1String("alias"));
    r.id(QLatin1String("id"));
    r.flag(QLatin1String("active"));
    r.integer(QLatin1String("port"));
    QCOMPARE(r.problem(), problem);
}

void TestJsonReader::theFirstProblemIsKeptAndShared()
{
    const JsonReader r(parse(R"({"profile": {"allowed-border": []}, "uuid": 3})"));
    const JsonReader profile = r.object(QLatin1String("profile"));
    profile.flag(QLatin1String("allowed-border"));
    r.text(QLatin1String("uuid"));
    QCOMPARE(r.problem(), QStringLiteral("profile.allowed-border: a list where true/false belongs"));
    QCOMPARE(profile.problem(), r.problem());
}

void TestJsonReader::hugeFieldNamesAreCut()
{
    const QByteArray key(100000, 'k');
    const JsonReader r(QJsonObject {{QString::fromLatin1(key), 1}});
    r.text(QLatin1String(key));
    QVERIFY2(r.problem().size() < 200, qPrintable(r.problem().left(200)));
    QVERIFY(r.problem().contains(QChar(0x2026)));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
