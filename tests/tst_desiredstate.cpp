// The desired state's reader and validator: each problem names its field, and an unknown key
// (a typo that would otherwise be silently dropped) names the key that was meant.
#include "domain/DesiredState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tw;

class TestDesiredState : public QObject
{
    Q_OBJECT

private slots:
    void unknownKeysNameTheOneMeant_data();
    void unknownKeysNameTheOneMeant();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void whatIsWrittenReadsBackClean();
};

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

void TestDesiredState::unknownKeysNameTheOneMeant_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("said");
    QTest::newRow("trunk.inboundGateway")
        << QByteArray(R"({"domain": "a.example", "trunk": {"name": "T", "inboundGateway": ["203.0.113.10"]}})")
        << "trunk.inboundGateway"
        << "did you mean \"trunk.inboundGateways\"?";
    QTest::newRow("root typo") << QByteArray(R"({"domain": "a.example", "nubmers": []})") << "nubmers"
                               << "did you mean \"numbers\"?";
    QTest::newRow("number typo") << QByteArray(R"({"numbers": [{"number": "+12127770001"},
                                                  {"number": "+12127770002", "assistent": "Bot"}]})")
                                 << "numbers[1].assistent"
                                 << "did you mean \"numbers[1].assistant\"?";
    QTest::newRow("cloudonix case") << QByteArray(R"({"cloudonix": {"CxmlUrl": "https://x.example"}})")
                                    << "cloudonix.CxmlUrl"
                                    << "did you mean \"cloudonix.cxmlUrl\"?";
    QTest::newRow("nothing close") << QByteArray(R"({"trunk": {"colour": "blue"}})") << "trunk.colour"
                                   << "(fields here: id, name, gateway,";
}

void TestDesiredState::unknownKeysNameTheOneMeant()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, said);
    QList<FieldError> errors;
    DesiredState::fromJson(QJsonDocument::fromJson(json).object(), &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(said), qPrintable(errors.first().message));
    QVERIFY(errors.first().message.contains(field));
}

void TestDesiredState::validationNamesTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("fine") << QByteArray(R"({"domain": "a.example", "trunk": {"name": "T"}})") << QStringList {};
    QTest::newRow("no domain, long name")
        << QByteArray(R"({"trunk": {"name": "12345678901234567890123456789012345678901"}})")
        << QStringList {QStringLiteral("domain"), QStringLiteral("trunk.name")};
    QTest::newRow("inbound host name") << QByteArray(
        R"({"domain": "a.example", "trunk": {"name": "T", "inboundGateways": ["203.0.113.1", "sip.example"]}})")
                                       << QStringList {QStringLiteral("trunk.inboundGateways[1]")};
    QTest::newRow("numbers") << QByteArray(R"({"domain": "a.example", "trunk": {"name": "T"},
                                              "numbers": ["+12127770001", "+1212", "+1 212 777 0001"]})")
                             << QStringList {QStringLiteral("numbers[1].number"), QStringLiteral("numbers[2].number")};
    QTest::newRow("cxml") << QByteArray(R"({"domain": "a.example", "trunk": {"name": "T"},
                                           "cloudonix": {"cxmlUrl": "ftp://x", "cxmlMethod": "PUT"}})")
                          << QStringList {QStringLiteral("cloudonix.cxmlUrl"), QStringLiteral("cloudonix.cxmlMethod")};
}

void TestDesiredState::validationNamesTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    QList<FieldError> shape;
    DesiredState state = DesiredState::fromJson(QJsonDocument::fromJson(json).object(), &shape);
    QVERIFY(shape.isEmpty());
    QStringList seen;
    for (const FieldError &e : state.validate()) {
        QVERIFY(!e.message.isEmpty());
        seen << e.field;
    }
    QCOMPARE(seen, fields);
}

void TestDesiredState::whatIsWrittenReadsBackClean()
{
    QList<FieldError> errors;
    DesiredState state = DesiredState::fromJson(
        parse(R"({"domain": "a.example", "trunk": {"name": "T", "inboundGateways": ["203.0.113.10"]},
                  "cloudonix": {"cxmlUrl": "https://cxml.example"},
                  "numbers": [{"number": "+12127770001", "assistant": "Bot", "name": "Line 1"}]})"),
        &errors);
    QVERIFY(errors.isEmpty());
    const DesiredState again = DesiredState::fromJson(state.toJson(), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(again.toJson(), state.toJson());
}

QTEST_GUILESS_MAIN(TestDesiredState)
#include "tst_desiredstate.moc"
