#include "provisioning/AssistantResolver.h"

#include <QTest>

using namespace tw;

class TestAssistantResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolves_data();
    void resolves();
};

void TestAssistantResolver::resolves_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("said");
    QTest::newRow("id") << "a2"
                        << "a2"
                        << "";
    QTest::newRow("name, other case, spaces") << "  support BOT "
                                              << "a1"
                                              << "";
    QTest::newRow("unknown") << "Nobody"
                             << ""
                             << "No Vapi assistant is named \"Nobody\" (for +1212)";
    QTest::newRow("ambiguous") << "twin"
                               << ""
                               << "\"twin\" matches 2 Vapi assistants (a3, a4) (for +1212)";
}

void TestAssistantResolver::resolves()
{
    QFETCH(QString, wanted);
    QFETCH(QString, id);
    QFETCH(QString, said);
    QList<VapiAssistant> assistants;
    for (const auto &[assistantId, name] : {std::pair {"a1", "Support bot"}, std::pair {"a2", "Sales bot"},
                                            std::pair {"a3", "Twin"}, std::pair {"a4", " Twin"}}) {
        VapiAssistant a;
        a.id = QLatin1String(assistantId);
        a.name = QLatin1String(name);
        assistants << a;
    }
    const AssistantResolver::Result r = AssistantResolver::resolve(wanted, assistants, QStringLiteral("+1212"));
    QCOMPARE(r.id, id);
    QCOMPARE(r.ok(), said.isEmpty());
    QVERIFY2(said.isEmpty() ? r.error.isEmpty() : r.error.startsWith(said), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestAssistantResolver)
#include "tst_assistantresolver.moc"
