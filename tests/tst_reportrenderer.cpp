#include "operations/ReportOperation.h"
#include "reports/ReportRenderer.h"
#include "secrets/SecretStore.h"
#include "support/OperationResult.h"
#include "support/ProvisioningFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <ctime>

// Reports: the same content in every format, byte for byte as the golden files (regenerate
// with TW_UPDATE_GOLDEN=1 after a deliberate change, and read the diff), and never a key.
using namespace tw;
using namespace tw::test;

namespace {
const QString Demo = QStringLiteral("demo.cloudonix.net");

Report sample()
{
    Report r;
    r.id = QStringLiteral("5f0c3f2e-0000-4000-8000-000000000001");
    r.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
    r.appVersion = QStringLiteral("0.1.0");
    r.scope = Demo;
    Report::Domain d;
    d.record.domain = Demo;
    d.record.autoAlias = QStringLiteral("6f1c2a3b");
    d.record.inboundSipHost = QStringLiteral("6f1c2a3b.sip.cloudonix.net");
    d.record.vapiCredentialId = QStringLiteral("t-1");
    d.record.vapiCredentialName = QStringLiteral("Cloudonix demo");
    d.cloudonixKey = Report::fingerprint(QStringLiteral("XIsandboxcustomerkey00000000000000"));
    d.vapiKey = Report::fingerprint(QStringLiteral("vapi-sandbox-key-0000-0000-000000000000"));
    DomainStatus s;
    s.domain = Demo;
    s.live = true;
    s.applied = true;
    s.inboundSipHost = d.record.inboundSipHost;
    s.trunkId = QStringLiteral("t-1");
    s.trunkName = QStringLiteral("Cloudonix demo");
    s.leadingPlus = true;
    s.allowBorderToBorder = true;
    s.redirectUnknownToBorder = true;
    VapiGateway host;
    host.ip = d.record.inboundSipHost;
    host.inboundEnabled = false;
    host.optionsPingEnabled = true;
    VapiGateway inbound;
    inbound.ip = QStringLiteral("203.0.113.10");
    inbound.outboundEnabled = false;
    s.gateways << host << inbound;
    CloudonixTrunk carrier;
    carrier.name = QStringLiteral("telnyx");
    carrier.ip = QStringLiteral("sip.telnyx.com");
    s.outboundTrunks << carrier;
    s.numbers << DomainStatus::Number {QStringLiteral("+12127773456"), QStringLiteral("n-1"),
                                       QStringLiteral("a-1"),          QStringLiteral("active"),
                                       QStringLiteral("trunk"),        QStringLiteral("Support, \"tier 1\"")};
    s.numbers << DomainStatus::Number {QStringLiteral("+442071234567"), QStringLiteral("n-2"),   QString(),
                                       QStringLiteral("active"),        QStringLiteral("trunk"), QString()};
    s.drift << DriftFinding {PlanAction::Resource::PhoneNumber, QStringLiteral("+12127770000"),
                             QStringLiteral("Number +12127770000 (n-9) no longer exists in Vapi.")};
    d.live = s;
    JournalEntry e;
    e.at = r.generatedAt.addSecs(-3600);
    e.domain = Demo;
    e.system = QStringLiteral("vapi");
    e.action = QStringLiteral("create");
    e.resource = QStringLiteral("phone-number");
    e.resourceId = QStringLiteral("n-1");
    e.after = QStringLiteral("assistant a-1 | <b>");
    d.journal << e;
    d.testCalls << QJsonObject {{QStringLiteral("at"), QStringLiteral("2026-12-01T09:00:00Z")},
                                {QStringLiteral("from"), QStringLiteral("+12127773456")},
                                {QStringLiteral("to"), QStringLiteral("+12125550100")},
                                {QStringLiteral("message"), QStringLiteral("The call connected and ended normally.")},
                                {QStringLiteral("endedReason"), QStringLiteral("customer-ended-call")}};
    // Two SIP checks: the newest in full (one address answers, one is silent), the older summed up.
    const QJsonObject answered {{QStringLiteral("host"), QStringLiteral("abc.sip.cloudonix.net")},
                                {QStringLiteral("port"), 5060},
                                {QStringLiteral("transport"), QStringLiteral("udp")},
                                {QStringLiteral("address"), QStringLiteral("198.51.100.10")},
                                {QStringLiteral("outcome"), QStringLiteral("Answered")},
                                {QStringLiteral("status"), 200},
                                {QStringLiteral("reason"), QStringLiteral("OK")},
                                {QStringLiteral("roundTripMs"), 42},
                                {QStringLiteral("sends"), 1}};
    const QJsonObject silent {{QStringLiteral("host"), QStringLiteral("203.0.113.10")},
                              {QStringLiteral("port"), 5060},
                              {QStringLiteral("transport"), QStringLiteral("tcp")},
                              {QStringLiteral("address"), QStringLiteral("203.0.113.10")},
                              {QStringLiteral("outcome"), QStringLiteral("NoAnswer")},
                              {QStringLiteral("sends"), 1}};
    d.probes << QJsonObject {
        {QStringLiteral("at"), QStringLiteral("2026-12-01T09:30:00.000Z")},
        {QStringLiteral("message"), QStringLiteral("1 of 2 gateway addresses fail the SIP check.")},
        {QStringLiteral("results"), QJsonArray {answered, silent}}};
    d.probes << QJsonObject {
        {QStringLiteral("at"), QStringLiteral("2026-12-01T08:00:00.000Z")},
        {QStringLiteral("message"), QStringLiteral("Every gateway answers SIP (2 addresses checked).")},
        {QStringLiteral("results"), QJsonArray {answered}}};
    r.domains << d;
    return r;
}
} // namespace

class TestReportRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesTheGoldenFiles_data();
    void matchesTheGoldenFiles();
    void noKeyInAnyFormat();
};

void TestReportRenderer::initTestCase()
{
    qputenv("TZ", "UTC"); // "generated … local" is then the same everywhere
    tzset();
}

void TestReportRenderer::matchesTheGoldenFiles_data()
{
    QTest::addColumn<ReportRenderer::Format>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("json") << ReportRenderer::Format::Json << QStringLiteral("sample.json");
    QTest::newRow("markdown") << ReportRenderer::Format::Markdown << QStringLiteral("sample.md");
    QTest::newRow("csv") << ReportRenderer::Format::Csv << QStringLiteral("sample.csv");
    QTest::newRow("html") << ReportRenderer::Format::Html << QStringLiteral("sample.html");
}

void TestReportRenderer::matchesTheGoldenFiles()
{
    QFETCH(ReportRenderer::Format, format);
    QFETCH(QString, file);
    const QByteArray rendered = ReportRenderer::render(sample(), format);
    const QString path = QStringLiteral(TW_FIXTURES "/reports/") + file;
    if (qEnvironmentVariableIsSet("TW_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(rendered);
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(QString::fromUtf8(rendered), QString::fromUtf8(golden.readAll()));
}

void TestReportRenderer::noKeyInAnyFormat()
{
    // A real report through the core: the keys sit in the keychain and are used for the reads.
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(2)).ok);
    const QString cloudonixKey = f.sandbox().scenario().cloudonixCustomerKey();
    const QString vapiKey = f.sandbox().scenario().vapiKey();
    int stored = 0;
    f.core().secrets()->write(SecretStore::cloudonixAccount(Demo), cloudonixKey, this,
                              [&stored](const SecretError &) { ++stored; });
    f.core().secrets()->write(SecretStore::vapiAccount(), vapiKey, this, [&stored](const SecretError &) { ++stored; });
    QTRY_COMPARE(stored, 2);
    auto *op = new ReportOperation(&f.core(), Demo, this);
    const std::optional<Report> done = runOperation(op, &ReportOperation::finished);
    QVERIFY(done);
    const Report &report = *done;
    QCOMPARE(report.domains.size(), 1);
    QVERIFY2(report.domains.first().live.has_value(), qPrintable(report.domains.first().liveError));
    QCOMPARE(report.domains.first().live->numbers.size(), 2);
    QVERIFY(report.domains.first().cloudonixKey.startsWith(QStringLiteral("…") + cloudonixKey.right(4)));
    for (auto format : {ReportRenderer::Format::Json, ReportRenderer::Format::Markdown, ReportRenderer::Format::Csv,
                        ReportRenderer::Format::Html}) {
        const QByteArray text = ReportRenderer::render(report, format);
        QVERIFY(text.contains(Demo.toUtf8()));
        for (const QString &key : {cloudonixKey, vapiKey})
            QVERIFY2(!text.contains(key.toUtf8()) && !text.contains(key.left(12).toUtf8()),
                     qPrintable(QStringLiteral("a key in format %1").arg(int(format))));
    }
}

QTEST_GUILESS_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
