// trunkwizard-cli doctor against a trunkwizard-sandbox process: a domain set up whole by apply
// has no finding (exit 0); then the sandbox's admin endpoint changes it as an admin would in
// Vapi's dashboard or Cloudonix's console, and each misconfiguration is named with its fix.
#include "support/CliSession.h"
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tw::test;

namespace {
const QString Demo = QStringLiteral("demo.cloudonix.net");
const QString Host = QStringLiteral("6f1c2a3b-4d5e-4f60-8172-8394a5b6c7d8.sip.cloudonix.net");
} // namespace

class TestCliDoctor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void wholeSetupIsClean();
    void vapiSideChanges();
    void cloudonixSideChanges();
    void trunkDeletedInVapi();
    void unknownDomainIsUsage();

private:
    struct Doctor
    {
        int exitCode = -1;
        QStringList codes;
        QJsonObject report;
        QString text;
    };
    Doctor doctor() const;
    void edit(const QJsonObject &change);
    QJsonObject sandboxState() const { return m_cli->state(); }
    QString trunkId() const;
    QStringList numberIds() const;
    QJsonObject demoDomain() const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliSession> m_cli;
    HttpProbe m_http;
};

void TestCliDoctor::initTestCase()
{
    qputenv("TRUNKWIZARD_VAPI_KEY", "vapi-sandbox-key-0000-0000-000000000000");
    qputenv("TRUNKWIZARD_CLOUDONIX_KEY", "XIsandboxcustomerkey00000000000000");
    m_sandbox
        = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--rate-limit"), QStringLiteral("10/1000")});
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
}

void TestCliDoctor::cleanupTestCase()
{
    qunsetenv("TRUNKWIZARD_VAPI_KEY");
    qunsetenv("TRUNKWIZARD_CLOUDONIX_KEY");
}

void TestCliDoctor::init()
{
    // Each test starts from the sandbox's scenario and a fresh config, set up whole.
    QCOMPARE(m_http.send("POST", m_sandbox->adminUrl() + QStringLiteral("/reset")).status, 204);
    m_cli = std::make_unique<CliSession>(m_sandbox.get());
    const QJsonObject state = QJsonDocument::fromJson(QByteArrayLiteral(R"({"domain": "demo.cloudonix.net",
        "trunk": {"name": "Cloudonix demo", "inboundGateways": ["203.0.113.10/32"]},
        "cloudonix": {"cxmlUrl": "https://cxml.example.com/vapi",
                      "carrierTrunks": [{"name": "telnyx", "host": "sip.telnyx.com"}]},
        "numbers": [{"number": "+12127772000", "assistant": "Support bot"},
                    {"number": "+12127772001", "assistant": "Support bot"},
                    {"number": "+12127772002", "assistant": "Support bot"}]})"))
                                  .object();
    const CliSession::Run apply
        = m_cli->run({QStringLiteral("apply"), QStringLiteral("--file"),
                      m_cli->writeJson(QStringLiteral("state.json"), state), QStringLiteral("--yes")});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.all()));
}

TestCliDoctor::Doctor TestCliDoctor::doctor() const
{
    Doctor d;
    const CliSession::Run json
        = m_cli->run({QStringLiteral("doctor"), QStringLiteral("--domain"), Demo, QStringLiteral("--json")});
    d.exitCode = json.exitCode;
    d.report = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("doctor")).toObject();
    for (const QJsonValue &f : d.report.value(QStringLiteral("findings")).toArray())
        d.codes << f.toObject().value(QStringLiteral("code")).toString();
    d.codes.sort();
    d.text = m_cli->run({QStringLiteral("doctor"), QStringLiteral("--domain"), Demo}).out;
    if (d.report.isEmpty())
        qWarning("doctor printed no report: %s", qPrintable(json.all()));
    return d;
}

void TestCliDoctor::edit(const QJsonObject &change)
{
    const HttpProbe::Reply r = m_http.send("POST", m_sandbox->adminUrl() + QStringLiteral("/edit"), {}, change);
    QVERIFY2(r.status == 200, r.body.constData());
}

QString TestCliDoctor::trunkId() const
{
    for (const QJsonObject &c : m_cli->vapiList("credentials", QStringLiteral("byo-sip-trunk")))
        return c.value(QStringLiteral("id")).toString();
    return {};
}

QStringList TestCliDoctor::numberIds() const
{
    QStringList ids;
    for (const QJsonObject &n : m_cli->vapiList("phoneNumbers"))
        if (n.value(QStringLiteral("number")).toString().startsWith(QLatin1String("+1212777200")))
            ids << n.value(QStringLiteral("id")).toString(); // the scenario's own numbers are not the domain's
    return ids;
}

QJsonObject TestCliDoctor::demoDomain() const
{
    for (const QJsonValue &d :
         sandboxState().value(QStringLiteral("cloudonix")).toObject().value(QStringLiteral("domains")).toArray())
        if (d.toObject().value(QStringLiteral("domain")).toString() == Demo)
            return d.toObject();
    return {};
}

void TestCliDoctor::wholeSetupIsClean()
{
    QCOMPARE(m_http.send("DELETE", m_sandbox->adminUrl() + QStringLiteral("/log")).status, 204);
    const Doctor d = doctor();
    // Each doctor run (JSON, then text) lists the DNIDs once: the drift read's list is used.
    int dnidLists = 0;
    for (const QJsonValue &v : m_http.get(m_sandbox->adminUrl() + QStringLiteral("/log")).array())
        dnidLists += v.toObject().value(QStringLiteral("method")).toString() == QLatin1String("GET")
            && v.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/dnids"));
    QCOMPARE(dnidLists, 2);
    QVERIFY2(d.exitCode == 0, qPrintable(d.codes.join(QLatin1Char(' ')) + d.text));
    QCOMPARE(d.codes, QStringList());
    QVERIFY(d.report.value(QStringLiteral("clean")).toBool());
    QVERIFY2(d.text.contains(QLatin1String("No problem found")), qPrintable(d.text));
    // The probe ran on the way: both gateways answered the sandbox's SIP port.
    QCOMPARE(d.report.value(QStringLiteral("probe")).toObject().value(QStringLiteral("results")).toArray().size(), 2);
}

void TestCliDoctor::vapiSideChanges()
{
    // In Vapi's dashboard: the trunk goes back to cx-vcc's one host-name gateway with inbound
    // on and outbound off, leading plus off; one number loses its assistant, one moves away.
    const QString trunk = trunkId();
    QVERIFY(!trunk.isEmpty());
    edit({{QStringLiteral("vapi"), QStringLiteral("credentials")},
          {QStringLiteral("id"), trunk},
          {QStringLiteral("set"),
           QJsonObject {
               {QStringLiteral("gateways"),
                QJsonArray {QJsonObject {{QStringLiteral("ip"), Host}, {QStringLiteral("outboundEnabled"), false}}}},
               {QStringLiteral("outboundLeadingPlusEnabled"), false}}}});
    const QStringList numbers = numberIds();
    QCOMPARE(numbers.size(), 3);
    edit({{QStringLiteral("vapi"), QStringLiteral("phoneNumbers")},
          {QStringLiteral("id"), numbers.at(0)},
          {QStringLiteral("set"), QJsonObject {{QStringLiteral("assistantId"), QJsonValue::Null}}}});
    edit({{QStringLiteral("vapi"), QStringLiteral("phoneNumbers")},
          {QStringLiteral("id"), numbers.at(1)},
          {QStringLiteral("set"), QJsonObject {{QStringLiteral("credentialId"), QStringLiteral("another-trunk")}}}});
    const Doctor d = doctor();
    QCOMPARE(d.exitCode, 1);
    QCOMPARE(d.codes,
             (QStringList {QStringLiteral("host-name-inbound"), QStringLiteral("leading-plus-off"),
                           QStringLiteral("no-inbound-gateway"), QStringLiteral("no-outbound-gateway"),
                           QStringLiteral("number-not-on-trunk"), QStringLiteral("number-without-assistant")}));
    QVERIFY2(d.text.contains(QStringLiteral("problem  Gateway %1 is a host name").arg(Host)), qPrintable(d.text));
    QVERIFY(d.text.contains(QLatin1String("6 problems found.")));
}

void TestCliDoctor::cloudonixSideChanges()
{
    // In Cloudonix's console: both border settings off, the carrier trunk deleted, one DNID
    // deleted and another unbound; and the domain's SIP host stops answering (503).
    const QJsonObject domain = demoDomain();
    edit({{QStringLiteral("cloudonix"), QStringLiteral("profile")},
          {QStringLiteral("domain"), Demo},
          {QStringLiteral("set"),
           QJsonObject {{QStringLiteral("allowed-border"), false},
                        {QStringLiteral("redirect-unknown-to-border"), false}}}});
    const QJsonArray trunks = domain.value(QStringLiteral("trunks")).toArray();
    QCOMPARE(trunks.size(), 1);
    edit({{QStringLiteral("cloudonix"), QStringLiteral("trunks")},
          {QStringLiteral("domain"), Demo},
          {QStringLiteral("id"), trunks.first().toObject().value(QStringLiteral("id"))},
          {QStringLiteral("remove"), true}});
    const QJsonArray dnids = domain.value(QStringLiteral("dnids")).toArray();
    QCOMPARE(dnids.size(), 3);
    edit({{QStringLiteral("cloudonix"), QStringLiteral("dnids")},
          {QStringLiteral("domain"), Demo},
          {QStringLiteral("id"), dnids.at(0).toObject().value(QStringLiteral("id"))},
          {QStringLiteral("remove"), true}});
    edit({{QStringLiteral("cloudonix"), QStringLiteral("dnids")},
          {QStringLiteral("domain"), Demo},
          {QStringLiteral("id"), dnids.at(1).toObject().value(QStringLiteral("id"))},
          {QStringLiteral("set"),
           QJsonObject {{QStringLiteral("application"), QJsonValue::Null},
                        {QStringLiteral("applicationId"), QJsonValue::Null}}}});
    QCOMPARE(m_http
                 .send("POST", m_sandbox->adminUrl() + QStringLiteral("/sip"), {},
                       QJsonObject {{QStringLiteral("spec"), QString(Host + QStringLiteral("=503"))}})
                 .status,
             201);
    const Doctor d = doctor();
    QCOMPARE(d.exitCode, 1);
    QCOMPARE(d.codes,
             (QStringList {QStringLiteral("border-to-border-off"), QStringLiteral("no-application"),
                           QStringLiteral("no-carrier-trunk"), QStringLiteral("no-dnid"),
                           QStringLiteral("probe-failed"), QStringLiteral("redirect-unknown-off")}));
    QVERIFY2(d.text.contains(QLatin1String("warning  demo.cloudonix.net has no outbound trunk")), qPrintable(d.text));
    QVERIFY2(d.text.contains(QLatin1String("(503 Service Unavailable)")), qPrintable(d.text));
}

void TestCliDoctor::trunkDeletedInVapi()
{
    edit({{QStringLiteral("vapi"), QStringLiteral("credentials")},
          {QStringLiteral("id"), trunkId()},
          {QStringLiteral("remove"), true}});
    const Doctor d = doctor();
    QCOMPARE(d.exitCode, 1);
    QCOMPARE(d.codes, QStringList {QStringLiteral("no-trunk")});
    QVERIFY2(d.text.contains(QLatin1String("is gone from Vapi")), qPrintable(d.text));
}

void TestCliDoctor::unknownDomainIsUsage()
{
    const CliSession::Run r
        = m_cli->run({QStringLiteral("doctor"), QStringLiteral("--domain"), QStringLiteral("nosuch.cloudonix.net")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("nosuch.cloudonix.net")), qPrintable(r.err));
}

QTEST_MAIN(TestCliDoctor)
#include "tst_clidoctor.moc"
