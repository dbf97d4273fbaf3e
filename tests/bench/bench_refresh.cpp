// The dashboard's Refresh at scale, measured, not asserted: D domains (default 50) with N numbers
// each (default 2,000) in one Vapi account, every answer delayed by a fixed latency (default
// 50 ms), read the way the dashboard reads them (StatusRefreshOperation). The sandbox runs as its
// own process (trunkwizard-sandbox), so what is measured is this side only. Prints wall time,
// round trips by system, the longest the event loop was kept from turning, and peak memory;
// --no-share makes each domain list Vapi on its own, for comparison.
//   build/bin/bench_refresh [--domains D] [--numbers N] [--latency MS] [--no-share]
#include "PeakMemory.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "domain/DesiredState.h"
#include "operations/StatusRefreshOperation.h"
#include "provisioning/StaticHostResolver.h"
#include "sandbox/SandboxScenario.h"
#include "secrets/MemorySecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace tw;

namespace {

const QString VapiKey = QStringLiteral("vapi-bench-key-0000-0000-000000000000");
const QString CloudonixKey = QStringLiteral("XIbenchcustomerkey0000000000000000");
const QString Assistant = QStringLiteral("a1111111-1111-4111-8111-111111111111");

QString domainName(int d)
{
    return QStringLiteral("d%1.cloudonix.net").arg(d, 2, 10, QLatin1Char('0'));
}
QString alias(int d)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(d, 12, 10, QLatin1Char('0'));
}
QString trunkId(int d)
{
    return QStringLiteral("c1000000-0000-4000-8000-%1").arg(d, 12, 10, QLatin1Char('0'));
}
QString inboundIp(int d)
{
    return QStringLiteral("198.51.100.%1").arg(d + 1);
}
QString numberOf(int d, int i, int perDomain)
{
    const int n = d * perDomain + i;
    return QStringLiteral("+1212%1%2").arg(200 + n / 10000).arg(n % 10000, 4, 10, QLatin1Char('0'));
}
QString numberId(int d, int i)
{
    return QStringLiteral("b%1-0000-4000-8000-%2").arg(d, 7, 10, QLatin1Char('0')).arg(i, 12, 10, QLatin1Char('0'));
}

// Every domain already set up: its trunk and numbers in Vapi, both border settings on.
QByteArray scenario(int domains, int perDomain)
{
    QJsonArray cxDomains, credentials, numbers;
    for (int d = 0; d < domains; ++d) {
        cxDomains.append(QJsonObject {{QStringLiteral("id"), 2000 + d},
                                      {QStringLiteral("domain"), domainName(d)},
                                      {QStringLiteral("autoAlias"), alias(d)},
                                      {QStringLiteral("profile"),
                                       QJsonObject {{QStringLiteral("allowed-border"), true},
                                                    {QStringLiteral("redirect-unknown-to-border"), true}}}});
        const QString host = alias(d) + QStringLiteral(".sip.cloudonix.net");
        auto gateway = [](const QString &ip, bool inbound) {
            return QJsonObject {{QStringLiteral("ip"), ip},
                                {QStringLiteral("inboundEnabled"), inbound},
                                {QStringLiteral("outboundEnabled"), !inbound},
                                {QStringLiteral("optionsPingEnabled"), !inbound}};
        };
        QJsonObject trunk;
        trunk.insert(QStringLiteral("id"), trunkId(d));
        trunk.insert(QStringLiteral("provider"), QStringLiteral("byo-sip-trunk"));
        trunk.insert(QStringLiteral("name"), QString(QStringLiteral("Cloudonix ") + domainName(d)));
        trunk.insert(QStringLiteral("outboundLeadingPlusEnabled"), true);
        trunk.insert(QStringLiteral("gateways"), QJsonArray {gateway(host, false), gateway(inboundIp(d), true)});
        credentials.append(trunk);
        for (int i = 0; i < perDomain; ++i)
            numbers.append(QJsonObject {{QStringLiteral("id"), numberId(d, i)},
                                        {QStringLiteral("provider"), QStringLiteral("byo-phone-number")},
                                        {QStringLiteral("number"), numberOf(d, i, perDomain)},
                                        {QStringLiteral("credentialId"), trunkId(d)},
                                        {QStringLiteral("assistantId"), Assistant},
                                        {QStringLiteral("status"), QStringLiteral("active")}});
    }
    const QJsonObject root {
        {QStringLiteral("vapi"),
         QJsonObject {{QStringLiteral("apiKeys"), QJsonArray {VapiKey}},
                      {QStringLiteral("assistants"),
                       QJsonArray {QJsonObject {{QStringLiteral("id"), Assistant},
                                                {QStringLiteral("name"), QStringLiteral("Support bot")}}}},
                      {QStringLiteral("credentials"), credentials},
                      {QStringLiteral("phoneNumbers"), numbers}}},
        {QStringLiteral("cloudonix"),
         QJsonObject {{QStringLiteral("customerKeys"), QJsonArray {CloudonixKey}},
                      {QStringLiteral("rateLimit"),
                       QJsonObject {{QStringLiteral("requests"), 1000}, {QStringLiteral("windowMs"), 10000}}},
                      {QStringLiteral("domains"), cxDomains}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// What Trunk Wizard would have recorded after setting each domain up.
void recordDomains(ConfigStore *store, int domains, int perDomain)
{
    const QString error = store->update([&](AppConfig &config) {
        for (int d = 0; d < domains; ++d) {
            DomainRecord r;
            r.domain = domainName(d);
            r.autoAlias = alias(d);
            r.inboundSipHost = alias(d) + QStringLiteral(".sip.cloudonix.net");
            r.vapiCredentialId = trunkId(d);
            r.vapiCredentialName = QStringLiteral("Cloudonix ") + domainName(d);
            DesiredState intent;
            intent.domain = r.domain;
            intent.trunk.name = r.vapiCredentialName;
            intent.trunk.inboundGateways = QStringList {inboundIp(d)};
            for (int i = 0; i < perDomain; ++i) {
                NumberRecord n;
                n.number = numberOf(d, i, perDomain);
                n.vapiId = numberId(d, i);
                n.assistantId = Assistant;
                n.mode = QStringLiteral("trunk");
                r.numbers << n;
                intent.numbers << DesiredNumber {n.number, Assistant, DesiredNumber::Mode::Trunk, {}};
            }
            r.intent = intent.toJson();
            config.domains << r;
        }
    });
    if (!error.isEmpty())
        std::fprintf(stderr, "recording the domains failed: %s\n", qPrintable(error));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tw.*=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("domains"), QStringLiteral("Domains."), QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("numbers"), QStringLiteral("Numbers per domain."), QStringLiteral("n"),
                      QStringLiteral("2000")});
    parser.addOption({QStringLiteral("latency"), QStringLiteral("Milliseconds before every answer."),
                      QStringLiteral("ms"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("no-share"), QStringLiteral("Each domain lists Vapi on its own.")});
    parser.process(app);
    const int domains = parser.value(QStringLiteral("domains")).toInt();
    const int perDomain = parser.value(QStringLiteral("numbers")).toInt();
    const bool share = !parser.isSet(QStringLiteral("no-share"));

    QTemporaryDir dir;
    QFile scenarioFile(dir.filePath(QStringLiteral("scenario.json")));
    if (!scenarioFile.open(QIODevice::WriteOnly) || scenarioFile.write(scenario(domains, perDomain)) <= 0)
        return 1;
    scenarioFile.close();
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(QCoreApplication::applicationDirPath() + QStringLiteral("/trunkwizard-sandbox"),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"), scenarioFile.fileName(),
                   QStringLiteral("--latency"), parser.value(QStringLiteral("latency")), QStringLiteral("--rate-limit"),
                   QStringLiteral("1000/10000")});

    MemorySecretStore secrets;
    StaticHostResolver resolver;
    std::unique_ptr<CoreContext> core;
    std::unique_ptr<StatusRefreshOperation> refresh;
    QNetworkAccessManager http;
    QElapsedTimer clock;
    clock.start();
    int drifted = 0, failed = 0, numbersSeen = 0;
    qint64 longestStall = 0;
    QElapsedTimer tick;
    QTimer heartbeat; // the longest gap between two turns of the event loop: what a window would feel
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &app,
                     [&] { longestStall = std::max(longestStall, tick.restart()); });

    // Once the refresh is done: the round trips, from the sandbox's own log.
    auto report = [&](const QString &admin) {
        const qint64 ms = clock.elapsed();
        heartbeat.stop();
        QNetworkReply *reply = http.get(QNetworkRequest(QUrl(admin + QStringLiteral("/log"))));
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, ms] {
            int vapi = 0, cloudonix = 0;
            for (const QJsonValue &e : QJsonDocument::fromJson(reply->readAll()).array())
                (e.toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1String("/vapi")) ? vapi
                                                                                                          : cloudonix)
                    += 1;
            reply->deleteLater();
            std::printf("refresh (%s Vapi read): %lld ms, %d round trips (Vapi %d, Cloudonix %d), %d numbers shown, "
                        "%d domain(s) with drift, %d failed\n",
                        share ? "shared" : "per-domain", static_cast<long long>(ms), vapi + cloudonix, vapi, cloudonix,
                        numbersSeen, drifted, failed);
            std::printf("longest event-loop stall: %lld ms; peak memory: %ld MB\n",
                        static_cast<long long>(longestStall), bench::peakRssKb() / 1024);
            QObject::connect(&sandbox, &QProcess::finished, &app, [] { QCoreApplication::quit(); });
            sandbox.terminate();
        });
    };

    QObject::connect(&sandbox, &QProcess::readyReadStandardOutput, &app, [&] {
        if (!sandbox.canReadLine() || core)
            return;
        const QJsonObject endpoints = QJsonDocument::fromJson(sandbox.readLine()).object();
        std::printf("setup: %d domains x %d numbers, sandbox up in %lld ms\n", domains, perDomain,
                    static_cast<long long>(clock.elapsed()));
        CoreContext::Setup setup;
        setup.configDir = dir.filePath(QStringLiteral("config"));
        setup.cacheDir = dir.filePath(QStringLiteral("cache"));
        setup.secrets = &secrets;
        setup.resolver = &resolver;
        setup.cloudonixUrl = QUrl(endpoints.value(QStringLiteral("cloudonix")).toString());
        setup.vapiUrl = QUrl(endpoints.value(QStringLiteral("vapi")).toString());
        setup.sandbox = true;
        core = std::make_unique<CoreContext>(setup);
        recordDomains(core->store(), domains, perDomain);
        // As the main window does when it opens: the records are read once, before any refresh.
        QElapsedTimer loading;
        loading.start();
        const int loaded = int(core->store()->load().config.domains.size());
        std::printf("records of %d domains loaded in %lld ms (once, when the window opens)\n", loaded,
                    static_cast<long long>(loading.elapsed()));
        QList<StatusRefreshOperation::Target> targets;
        for (int d = 0; d < domains; ++d) {
            targets << StatusRefreshOperation::Target {domainName(d), QStringLiteral("us")};
            secrets.write(SecretStore::cloudonixAccount(domainName(d)), CloudonixKey, &app, [](const SecretError &) {});
        }
        secrets.write(SecretStore::vapiAccount(), VapiKey, &app, [](const SecretError &) {});
        refresh = std::make_unique<StatusRefreshOperation>(core.get(), targets);
        refresh->setShareVapiRead(share);
        QObject::connect(refresh.get(), &StatusRefreshOperation::domainChecked, &app,
                         [&](const QString &, const DomainStatus &s) {
                             if (drifted + failed + numbersSeen == 0)
                                 std::printf("first domain checked after %lld ms (Vapi's lists read by then)\n",
                                             static_cast<long long>(clock.elapsed()));
                             drifted += s.drift.isEmpty() ? 0 : 1;
                             failed += s.ok() ? 0 : 1;
                             numbersSeen += int(s.numbers.size());
                         });
        const QString admin = endpoints.value(QStringLiteral("admin")).toString();
        QObject::connect(refresh.get(), &StatusRefreshOperation::finished, &app, [&, admin] { report(admin); });
        clock.restart();
        tick.start();
        heartbeat.start();
        refresh->start();
    });
    QObject::connect(&sandbox, &QProcess::errorOccurred, &app, [&](QProcess::ProcessError) {
        if (!core) {
            std::fprintf(stderr, "the sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
            QCoreApplication::exit(1);
        }
    });
    return QCoreApplication::exec();
}
