#include "sandbox/SandboxScenario.h"
#include "support/CliSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The guide's three paths as admins arrive from them: cx-vcc's command sequence, a trunk made in
// the Vapi dashboard, and the carrier step. trunkwizard-cli runs as a process against the
// trunkwizard-sandbox process; what exists is read from the sandbox's admin endpoint.
using namespace tw;
using namespace tw::test;

namespace {
const QString Demo = QStringLiteral("demo.cloudonix.net");
const QString Host = QStringLiteral("6f1c2a3b-4d5e-4f60-8172-8394a5b6c7d8.sip.cloudonix.net");
const QByteArray CustomerKey = "XIsandboxcustomerkey00000000000000";
const QByteArray VapiKey = "vapi-sandbox-key-0000-0000-000000000000";
const QString ByoTrunk = QStringLiteral("byo-sip-trunk");
const QString DashboardTrunkId = QStringLiteral("d0000000-0000-4000-8000-0000000000d1");

QJsonObject gateway(const QString &ip, bool inbound, bool outbound, bool ping)
{
    return QJsonObject {{QStringLiteral("ip"), ip},
                        {QStringLiteral("inboundEnabled"), inbound},
                        {QStringLiteral("outboundEnabled"), outbound},
                        {QStringLiteral("optionsPingEnabled"), ping}};
}

QJsonObject trunk(const QString &id, const QString &name, const QJsonArray &gateways)
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("provider"), ByoTrunk},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("gateways"), gateways},
                        {QStringLiteral("outboundLeadingPlusEnabled"), true}};
}

QJsonObject numberOn(const QString &trunkId, int i)
{
    return QJsonObject {{QStringLiteral("provider"), QStringLiteral("byo-phone-number")},
                        {QStringLiteral("number"), QStringLiteral("+1212555%1").arg(1000 + i)},
                        {QStringLiteral("name"), QStringLiteral("Dashboard %1").arg(i)},
                        {QStringLiteral("credentialId"), trunkId},
                        {QStringLiteral("status"), QStringLiteral("active")}};
}

// The built-in scenario with these Vapi credentials and numbers added.
QByteArray scenarioWith(const QJsonArray &trunks, const QJsonArray &numbers)
{
    const SandboxScenario builtIn = SandboxScenario::builtIn();
    QJsonObject vapi = builtIn.vapi();
    QJsonArray credentials = vapi.value(QStringLiteral("credentials")).toArray();
    for (const QJsonValue &t : trunks)
        credentials.append(t);
    QJsonArray phoneNumbers = vapi.value(QStringLiteral("phoneNumbers")).toArray();
    for (const QJsonValue &n : numbers)
        phoneNumbers.append(n);
    vapi.insert(QStringLiteral("credentials"), credentials);
    vapi.insert(QStringLiteral("phoneNumbers"), phoneNumbers);
    return QJsonDocument(
               QJsonObject {{QStringLiteral("cloudonix"), builtIn.cloudonix()}, {QStringLiteral("vapi"), vapi}})
        .toJson();
}

QStringList numbersOf(const QList<QJsonObject> &numbers, const QString &trunkId)
{
    QStringList out;
    for (const QJsonObject &n : numbers)
        if (n.value(QStringLiteral("credentialId")).toString() == trunkId)
            out << n.value(QStringLiteral("number")).toString();
    out.sort();
    return out;
}

QJsonObject firstDomain(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8())
        .object()
        .value(QStringLiteral("domains"))
        .toArray()
        .first()
        .toObject();
}
} // namespace

class TestCliPaths : public QObject
{
    Q_OBJECT

private slots:
    void cxVccSequenceMakesOneTrunkAndEachNumberOnce();
    void serviceWithoutNameUsesCxVccsDefault();
    void dashboardTrunkIsFoundReusedAndItsNumbersAdopted();
    void severalCandidateTrunksAreListedNotGuessed();
    void everyNumberOfALargeTrunkIsListed();
    void carrierTrunkIsManagedLikeEverythingElse();
    void reportInEveryTextFormat();

private:
    // A sandbox started from this scenario (empty: the built-in one), its session configured for
    // Demo and the Vapi key stored.
    struct Setup
    {
        std::unique_ptr<SandboxProcess> sandbox;
        std::unique_ptr<CliSession> cli;
    };
    Setup configured(const QByteArray &scenario = {}, const QStringList &sandboxArguments = {});
    QTemporaryDir m_scenarios;
};

TestCliPaths::Setup TestCliPaths::configured(const QByteArray &scenario, const QStringList &sandboxArguments)
{
    Setup s;
    // Cloudonix's limit scaled from 10 s windows to 1 s, as the session's pacing is (8/1100).
    QStringList arguments = sandboxArguments + QStringList {QStringLiteral("--rate-limit"), QStringLiteral("10/1000")};
    if (!scenario.isEmpty()) {
        const QString path
            = m_scenarios.filePath(QStringLiteral("scenario-%1.json").arg(QDateTime::currentMSecsSinceEpoch()));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(scenario);
        arguments << QStringLiteral("--scenario") << path;
    }
    s.sandbox = std::make_unique<SandboxProcess>(arguments);
    s.cli = std::make_unique<CliSession>(s.sandbox.get());
    const CliSession::Run r = s.cli->run({QStringLiteral("configure"), QStringLiteral("--domain"), Demo,
                                          QStringLiteral("--apikey"), QStringLiteral("-")},
                                         CustomerKey);
    // The Vapi key into the keychain, as cx-vcc users do first (no --domain: no trunk yet).
    const CliSession::Run key = s.cli->run({QStringLiteral("service"), QStringLiteral("--provider"),
                                            QStringLiteral("vapi"), QStringLiteral("--apikey"), QStringLiteral("-")},
                                           VapiKey);
    if (r.exitCode != 0 || key.exitCode != 0)
        qWarning("configure or service failed: %s %s", qPrintable(r.all()), qPrintable(key.all()));
    return s;
}

void TestCliPaths::cxVccSequenceMakesOneTrunkAndEachNumberOnce()
{
    Setup s = configured();
    QVERIFY(s.sandbox->isRunning());
    const CliSession &cli = *s.cli;
    const QString csv
        = cli.writeFile(QStringLiteral("numbers.csv"), "number,assistant\n+12127773460,Support bot\n+12127773461\n");
    using Step = std::pair<QStringList, QByteArray>; // arguments, standard input
    const QStringList service {QStringLiteral("service"),
                               QStringLiteral("--provider"),
                               QStringLiteral("vapi"),
                               QStringLiteral("--name"),
                               QStringLiteral("Cloudonix demo"),
                               QStringLiteral("--domain"),
                               Demo};
    const QList<Step> steps {
        {service
             + QStringList {QStringLiteral("--apikey"), QStringLiteral("-"), QStringLiteral("--inbound-ip"),
                            QStringLiteral("203.0.113.10")},
         VapiKey},
        {{QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo, QStringLiteral("--provider"),
          QStringLiteral("vapi"), QStringLiteral("--number"), QStringLiteral("+12127773456")},
         {}},
        {{QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo, QStringLiteral("--provider"),
          QStringLiteral("vapi"), QStringLiteral("--number"), QStringLiteral("+12127773457"),
          QStringLiteral("--number"), QStringLiteral("+12127773458"), QStringLiteral("--assistant"),
          QStringLiteral("Sales bot")},
         {}},
        {{QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo, QStringLiteral("--provider"),
          QStringLiteral("vapi"), QStringLiteral("--file"), csv},
         {}},
        {service, {}}, // again, without --inbound-ip: the inbound gateway stays
        {{QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo, QStringLiteral("--provider"),
          QStringLiteral("vapi"), QStringLiteral("--number"), QStringLiteral("+12127773456")},
         {}},
    };
    for (const auto &[args, input] : steps) {
        const CliSession::Run first = cli.run(args, input);
        QVERIFY2(first.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + first.all()));
        const int writes = cli.writes();
        const CliSession::Run again = cli.run(args, input); // repeating a step writes nothing
        QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
        QVERIFY2(cli.writes() == writes, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + again.all()));
    }
    const int writes = cli.writes();
    for (const QStringList &view :
         {QStringList {QStringLiteral("display")}, QStringList {QStringLiteral("display"), QStringLiteral("--remote")},
          QStringList {QStringLiteral("sync")},
          QStringList {QStringLiteral("status"), QStringLiteral("--domain"), Demo}}) {
        const CliSession::Run r = cli.run(view);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    }
    QCOMPARE(cli.writes(), writes); // views and sync write nothing

    const QList<QJsonObject> trunks = cli.vapiList("credentials", ByoTrunk);
    QCOMPARE(trunks.size(), 1);
    const QString trunkId = trunks.first().value(QStringLiteral("id")).toString();
    QCOMPARE(trunks.first().value(QStringLiteral("name")).toString(), QStringLiteral("Cloudonix demo"));
    const QJsonArray gateways = trunks.first().value(QStringLiteral("gateways")).toArray();
    QCOMPARE(gateways.size(), 2);
    QCOMPARE(gateways.at(1).toObject().value(QStringLiteral("ip")).toString(), QStringLiteral("203.0.113.10"));
    QCOMPARE(
        numbersOf(cli.vapiList("phoneNumbers"), trunkId),
        (QStringList {QStringLiteral("+12127773456"), QStringLiteral("+12127773457"), QStringLiteral("+12127773458"),
                      QStringLiteral("+12127773460"), QStringLiteral("+12127773461")}));
    QCOMPARE(cli.vapiList("phoneNumbers", QStringLiteral("byo-phone-number")).size(), 5);

    // One intent: status sees no drift, and teardown removes what the commands set up.
    const CliSession::Run status
        = cli.run({QStringLiteral("status"), QStringLiteral("--domain"), Demo, QStringLiteral("--json")});
    const QJsonObject view = firstDomain(status.out);
    QVERIFY2(view.value(QStringLiteral("drift")).toArray().isEmpty(), qPrintable(status.out));
    QCOMPARE(view.value(QStringLiteral("numbers")).toArray().size(), 5);
    const CliSession::Run down
        = cli.run({QStringLiteral("teardown"), QStringLiteral("--domain"), Demo, QStringLiteral("--yes")});
    QVERIFY2(down.exitCode == 0, qPrintable(down.all()));
    QCOMPARE(cli.vapiList("credentials", ByoTrunk).size(), 0);
    QCOMPARE(cli.vapiList("phoneNumbers", QStringLiteral("byo-phone-number")).size(), 0);
    const CliSession::Run forget
        = cli.run({QStringLiteral("delete"), QStringLiteral("--domain"), Demo, QStringLiteral("--yes")});
    QVERIFY2(forget.exitCode == 0, qPrintable(forget.all()));
}

void TestCliPaths::serviceWithoutNameUsesCxVccsDefault()
{
    Setup s = configured();
    const CliSession::Run r
        = s.cli->run({QStringLiteral("service"), QStringLiteral("--provider"), QStringLiteral("vapi"),
                      QStringLiteral("--apikey"), QStringLiteral("-"), QStringLiteral("--domain"), Demo},
                     VapiKey);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QList<QJsonObject> trunks = s.cli->vapiList("credentials", ByoTrunk);
    QCOMPARE(trunks.size(), 1);
    QCOMPARE(trunks.first().value(QStringLiteral("name")).toString(), QStringLiteral("Cloudonix demo.cloudonix.net"));
    // Then numbers, then the same service again: nothing new.
    QCOMPARE(s.cli
                 ->run({QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo, QStringLiteral("--number"),
                        QStringLiteral("+12127773456")})
                 .exitCode,
             0);
    const int writes = s.cli->writes();
    QCOMPARE(s.cli->run({QStringLiteral("service"), QStringLiteral("--domain"), Demo}).exitCode, 0);
    QCOMPARE(s.cli->writes(), writes);
}

void TestCliPaths::dashboardTrunkIsFoundReusedAndItsNumbersAdopted()
{
    // The guide's dashboard path: one gateway on the inbound SIP host with every toggle on (older
    // Vapi accounts accept that: --legacy-gateways), two numbers, any name.
    const QJsonObject made
        = trunk(DashboardTrunkId, QStringLiteral("Cloudonix Trunk"), QJsonArray {gateway(Host, true, true, true)});
    Setup s = configured(scenarioWith({made}, {numberOn(DashboardTrunkId, 1), numberOn(DashboardTrunkId, 2)}),
                         {QStringLiteral("--legacy-gateways")});
    const CliSession &cli = *s.cli;
    QCOMPARE(cli.writes(), 0);

    for (const QStringList &view : {QStringList {QStringLiteral("display"), QStringLiteral("--remote")},
                                    QStringList {QStringLiteral("status"), QStringLiteral("--domain"), Demo}}) {
        const CliSession::Run r = cli.run(view + QStringList {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QJsonObject d = firstDomain(r.out);
        QCOMPARE(d.value(QStringLiteral("trunk")).toObject().value(QStringLiteral("id")).toString(), DashboardTrunkId);
        QCOMPARE(d.value(QStringLiteral("numbers")).toArray().size(), 2);
    }

    // An admin's first addnumber uses that trunk as it is: no rename, no gateway change.
    CliSession::Run add = cli.run({QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo,
                                   QStringLiteral("--number"), QStringLiteral("+12125551003")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.all()));
    QVERIFY2(cli.writes() == 1, qPrintable(add.all()));
    const QJsonObject kept = cli.vapiList("credentials", ByoTrunk).first();
    QCOMPARE(kept.value(QStringLiteral("name")).toString(), QStringLiteral("Cloudonix Trunk"));
    const QJsonArray keptGateways = kept.value(QStringLiteral("gateways")).toArray();
    QCOMPARE(keptGateways.size(), 1);
    QVERIFY(keptGateways.first().toObject().value(QStringLiteral("inboundEnabled")).toBool());

    // A desired state with another name updates the same trunk in place; the numbers stay on it.
    QJsonArray wanted;
    for (int i = 1; i <= 3; ++i)
        wanted.append(QJsonObject {{QStringLiteral("number"), QStringLiteral("+1212555%1").arg(1000 + i)}});
    const QString state = cli.writeJson(
        QStringLiteral("state.json"),
        QJsonObject {{QStringLiteral("domain"), Demo},
                     {QStringLiteral("trunk"),
                      QJsonObject {{QStringLiteral("name"), QStringLiteral("Cloudonix acme")},
                                   {QStringLiteral("inboundGateways"), QJsonArray {QStringLiteral("203.0.113.10")}}}},
                     {QStringLiteral("numbers"), wanted}});
    const CliSession::Run plan = cli.run({QStringLiteral("plan"), QStringLiteral("--file"), state});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.all()));
    QVERIFY2(plan.out.contains(QStringLiteral("~ Update trunk \"Cloudonix acme\" (%1)").arg(DashboardTrunkId)),
             qPrintable(plan.out));
    QVERIFY2(plan.out.contains(QStringLiteral("before: ")) && plan.out.contains(QStringLiteral("after: ")),
             qPrintable(plan.out));
    const CliSession::Run apply
        = cli.run({QStringLiteral("apply"), QStringLiteral("--file"), state, QStringLiteral("--yes")});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.all()));
    const QList<QJsonObject> trunks = cli.vapiList("credentials", ByoTrunk);
    QCOMPARE(trunks.size(), 1);
    QCOMPARE(trunks.first().value(QStringLiteral("id")).toString(), DashboardTrunkId);
    QCOMPARE(trunks.first().value(QStringLiteral("name")).toString(), QStringLiteral("Cloudonix acme"));
    QCOMPARE(
        numbersOf(cli.vapiList("phoneNumbers"), DashboardTrunkId),
        (QStringList {QStringLiteral("+12125551001"), QStringLiteral("+12125551002"), QStringLiteral("+12125551003")}));
    QCOMPARE(cli.vapiList("phoneNumbers", QStringLiteral("byo-phone-number")).size(), 3);
}

void TestCliPaths::severalCandidateTrunksAreListedNotGuessed()
{
    // Two trunks on the domain's host (cx-vcc's duplicates, or one from the dashboard).
    const QString other = QStringLiteral("d0000000-0000-4000-8000-0000000000d2");
    Setup s = configured(scenarioWith(
        {trunk(DashboardTrunkId, QStringLiteral("Cloudonix demo"), QJsonArray {gateway(Host, false, true, true)}),
         trunk(other, QStringLiteral("Cloudonix demo"), QJsonArray {gateway(Host, false, true, true)})},
        {numberOn(other, 1)}));
    const CliSession &cli = *s.cli;
    const QStringList add {QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo, QStringLiteral("--number"),
                           QStringLiteral("+12125551009")};
    const CliSession::Run refused = cli.run(add);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(DashboardTrunkId) && refused.err.contains(other)
                 && refused.err.contains(QStringLiteral("--trunk")) && refused.err.contains(QStringLiteral("1 number")),
             qPrintable(refused.err));
    QCOMPARE(cli.writes(), 0);
    const CliSession::Run sync = cli.run({QStringLiteral("sync")});
    QCOMPARE(sync.exitCode, 2);
    QCOMPARE(cli.writes(), 0);

    const CliSession::Run chosen = cli.run(add + QStringList {QStringLiteral("--trunk"), other});
    QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.all()));
    QCOMPARE(numbersOf(cli.vapiList("phoneNumbers"), other),
             (QStringList {QStringLiteral("+12125551001"), QStringLiteral("+12125551009")}));
    QCOMPARE(cli.vapiList("credentials", ByoTrunk).size(), 2);
    // Recorded now: the next command needs no choice.
    const CliSession::Run next = cli.run({QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo,
                                          QStringLiteral("--number"), QStringLiteral("+12125551010")});
    QVERIFY2(next.exitCode == 0, qPrintable(next.all()));
    QCOMPARE(numbersOf(cli.vapiList("phoneNumbers"), other).size(), 3);
}

void TestCliPaths::everyNumberOfALargeTrunkIsListed()
{
    QJsonArray numbers;
    for (int i = 0; i < 1000; ++i)
        numbers.append(numberOn(DashboardTrunkId, i));
    Setup s = configured(scenarioWith({trunk(DashboardTrunkId, QStringLiteral("Cloudonix Trunk"),
                                             QJsonArray {gateway(Host, false, true, true),
                                                         gateway(QStringLiteral("203.0.113.10"), true, false, false)})},
                                      numbers));
    const CliSession &cli = *s.cli;
    for (const QStringList &view : {QStringList {QStringLiteral("display"), QStringLiteral("--remote")},
                                    QStringList {QStringLiteral("status"), QStringLiteral("--domain"), Demo}}) {
        const CliSession::Run r = cli.run(view + QStringList {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QSet<QString> seen;
        for (const QJsonValue &n : firstDomain(r.out).value(QStringLiteral("numbers")).toArray())
            seen.insert(n.toObject().value(QStringLiteral("number")).toString());
        QCOMPARE(seen.size(), 1000);
        QVERIFY(seen.contains(QStringLiteral("+12125551000")) && seen.contains(QStringLiteral("+12125551999")));
    }
    const CliSession::Run sync = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    // The trunk and every number recorded, nothing written to Vapi.
    QCOMPARE(QJsonDocument::fromJson(sync.out.toUtf8()).object().value(QStringLiteral("changes")).toArray().size(),
             1001);
    QCOMPARE(cli.writes(), 0);
    const CliSession::Run local = cli.run({QStringLiteral("display"), QStringLiteral("--json")});
    QCOMPARE(firstDomain(local.out).value(QStringLiteral("numbers")).toArray().size(), 1000);
    // Few round trips: list calls of up to 1,000 items, never one GET per number.
    int gets = 0;
    HttpProbe http;
    for (const QJsonValue &v : http.get(s.sandbox->adminUrl() + QStringLiteral("/log")).array())
        gets += v.toObject().value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/phone-number/")) ? 1
                                                                                                                   : 0;
    QCOMPARE(gets, 0);
}

namespace {
QJsonObject carrierState(int port, int numbers)
{
    QJsonArray list;
    for (int i = 0; i < numbers; ++i)
        list.append(QJsonObject {{QStringLiteral("number"), QStringLiteral("+1212777%1").arg(4000 + i)}});
    return QJsonObject {
        {QStringLiteral("domain"), Demo},
        {QStringLiteral("trunk"),
         QJsonObject {{QStringLiteral("inboundGateways"), QJsonArray {QStringLiteral("203.0.113.10")}}}},
        {QStringLiteral("cloudonix"),
         QJsonObject {{QStringLiteral("carrierTrunks"),
                       QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("telnyx")},
                                                {QStringLiteral("host"), QStringLiteral("sip.telnyx.com")},
                                                {QStringLiteral("port"), port},
                                                {QStringLiteral("transport"), QStringLiteral("udp")},
                                                {QStringLiteral("prefix"), QStringLiteral("00")}}}}}},
        {QStringLiteral("numbers"), list}};
}

QList<QJsonObject> cloudonixTrunks(const CliSession &cli)
{
    QList<QJsonObject> out;
    for (const QJsonValue &d :
         cli.state().value(QStringLiteral("cloudonix")).toObject().value(QStringLiteral("domains")).toArray())
        if (d.toObject().value(QStringLiteral("domain")).toString() == Demo)
            for (const QJsonValue &t : d.toObject().value(QStringLiteral("trunks")).toArray())
                out << t.toObject();
    return out;
}
} // namespace

void TestCliPaths::carrierTrunkIsManagedLikeEverythingElse()
{
    Setup s = configured();
    const CliSession &cli = *s.cli;
    auto status = [&cli] {
        return firstDomain(
            cli.run({QStringLiteral("status"), QStringLiteral("--domain"), Demo, QStringLiteral("--json")}).out);
    };
    // Before: no outbound trunk, and status says what that means.
    QVERIFY(status()
                .value(QStringLiteral("warnings"))
                .toArray()
                .first()
                .toString()
                .contains(QStringLiteral("no outbound trunk")));
    // A trunk the admin made by hand is never Trunk Wizard's to remove.
    HttpProbe http;
    QCOMPARE(http.send("POST",
                       s.sandbox->cloudonixUrl() + QStringLiteral("/customers/self/domains/%1/trunks").arg(Demo),
                       CustomerKey,
                       QJsonObject {{QStringLiteral("name"), QStringLiteral("by-hand")},
                                    {QStringLiteral("ip"), QStringLiteral("198.51.100.20")},
                                    {QStringLiteral("direction"), QStringLiteral("outbound")}})
                 .status,
             200);

    // Created.
    CliSession::Run r = cli.run({QStringLiteral("apply"), QStringLiteral("--yes"), QStringLiteral("--file"),
                                 cli.writeJson(QStringLiteral("c1.json"), carrierState(5060, 1))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QList<QJsonObject> trunks = cloudonixTrunks(cli);
    QCOMPARE(trunks.size(), 2);
    const QJsonObject telnyx = trunks.last();
    QCOMPARE(telnyx.value(QStringLiteral("name")).toString(), QStringLiteral("telnyx"));
    QCOMPARE(telnyx.value(QStringLiteral("ip")).toString(), QStringLiteral("sip.telnyx.com"));
    QCOMPARE(telnyx.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
    QCOMPARE(telnyx.value(QStringLiteral("transport")).toString(), QStringLiteral("udp"));
    QCOMPARE(
        status().value(QStringLiteral("cloudonix")).toObject().value(QStringLiteral("outboundTrunks")).toArray().size(),
        2);
    QVERIFY(status().value(QStringLiteral("warnings")).toArray().isEmpty());

    // A run that changes its port and then fails puts the port back.
    const QString changed = cli.writeJson(QStringLiteral("c2.json"), carrierState(5080, 2));
    QCOMPARE(http.send("POST", s.sandbox->adminUrl() + QStringLiteral("/faults"), {},
                       QJsonObject {{QStringLiteral("spec"), QStringLiteral("POST /vapi/phone-number=500x100")}})
                 .status,
             201);
    r = cli.run({QStringLiteral("apply"), QStringLiteral("--yes"), QStringLiteral("--file"), changed});
    QVERIFY2(r.exitCode != 0, qPrintable(r.all()));
    QCOMPARE(http.send("DELETE", s.sandbox->adminUrl() + QStringLiteral("/faults")).status, 204);
    QCOMPARE(cloudonixTrunks(cli).last().value(QStringLiteral("port")).toInt(), 5060);
    QCOMPARE(cloudonixTrunks(cli).last().value(QStringLiteral("id")), telnyx.value(QStringLiteral("id")));

    // Updated in place, found by its name.
    r = cli.run({QStringLiteral("apply"), QStringLiteral("--yes"), QStringLiteral("--file"), changed});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    trunks = cloudonixTrunks(cli);
    QCOMPARE(trunks.size(), 2);
    QCOMPARE(trunks.last().value(QStringLiteral("port")).toInt(), 5080);
    QCOMPARE(trunks.last().value(QStringLiteral("id")), telnyx.value(QStringLiteral("id")));
    const int writes = cli.writes();
    QCOMPARE(cli.run({QStringLiteral("apply"), QStringLiteral("--yes"), QStringLiteral("--file"), changed}).exitCode,
             0);
    QCOMPARE(cli.writes(), writes);

    // Torn down: only the one Trunk Wizard created.
    r = cli.run({QStringLiteral("teardown"), QStringLiteral("--domain"), Demo, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    trunks = cloudonixTrunks(cli);
    QCOMPARE(trunks.size(), 1);
    QCOMPARE(trunks.first().value(QStringLiteral("name")).toString(), QStringLiteral("by-hand"));
}

void TestCliPaths::reportInEveryTextFormat()
{
    Setup s = configured();
    const CliSession &cli = *s.cli;
    QCOMPARE(cli.run({QStringLiteral("service"), QStringLiteral("--domain"), Demo, QStringLiteral("--inbound-ip"),
                      QStringLiteral("203.0.113.10")})
                 .exitCode,
             0);
    QCOMPARE(cli.run({QStringLiteral("addnumber"), QStringLiteral("--domain"), Demo, QStringLiteral("--number"),
                      QStringLiteral("+12127773456"), QStringLiteral("--assistant"), QStringLiteral("Support bot")})
                 .exitCode,
             0);
    const CliSession::Run md
        = cli.run({QStringLiteral("report"), QStringLiteral("--domain"), Demo, QStringLiteral("--format"),
                   QStringLiteral("md"), QStringLiteral("--output"), QStringLiteral("-")});
    QVERIFY2(md.exitCode == 0, qPrintable(md.all()));
    QVERIFY(md.out.startsWith(QLatin1String("# Trunk Wizard configuration report")));
    QVERIFY(md.out.contains(QLatin1String("| +12127773456 |")));
    QVERIFY(md.out.contains(QLatin1String("Support bot")));
    const QString csvPath = cli.writeFile(QStringLiteral("report.csv"), {});
    const CliSession::Run csv = cli.run({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--format"),
                                         QStringLiteral("csv"), QStringLiteral("--output"), csvPath});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.all()));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray rows = file.readAll();
    QCOMPARE(rows.count('\n'), 2); // the header and the one number
    QVERIFY(rows.contains("demo.cloudonix.net,+12127773456,"));
    for (const CliSession::Run &r : {md, csv})
        QVERIFY(!r.all().contains(QString::fromLatin1(CustomerKey)) && !r.all().contains(QString::fromLatin1(VapiKey)));
    QVERIFY(!rows.contains(CustomerKey) && !rows.contains(VapiKey));
    const QString pdfPath = cli.writeFile(QStringLiteral("report.pdf"), {});
    const CliSession::Run pdf
        = cli.run({QStringLiteral("report"), QStringLiteral("--domain"), Demo, QStringLiteral("--format"),
                   QStringLiteral("pdf"), QStringLiteral("--output"), pdfPath});
    QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.all()));
    QFile pdfFile(pdfPath);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QCOMPARE(cli.run({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdfx"),
                      QStringLiteral("--output"), QStringLiteral("-"), QStringLiteral("--all")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCliPaths)
#include "tst_clipaths.moc"
