// Provisions N numbers (default 200) against the in-process sandbox with a fixed latency on
// every answer (default 50 ms), and prints wall time, request count and peak memory. Also the
// second apply, which must find nothing to do. Real HTTP over loopback; real pacing.
#include "PeakMemory.h"
#include "api/CloudonixClient.h"
#include "api/VapiClient.h"
#include "config/ConfigStore.h"
#include "provisioning/Provisioner.h"
#include "provisioning/StaticHostResolver.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

using namespace tw;

namespace {

// Bytes this process wrote: to write() (wchar) and to the disk (write_bytes).
QPair<qint64, qint64> bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    qint64 wchar = -1;
    qint64 disk = -1;
    if (io.open(QIODevice::ReadOnly))
        for (const QByteArray &line : io.readAll().split('\n')) {
            if (line.startsWith("wchar:"))
                wchar = line.mid(6).trimmed().toLongLong();
            else if (line.startsWith("write_bytes:"))
                disk = line.mid(12).trimmed().toLongLong();
        }
    return {wchar, disk};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("numbers"), QStringLiteral("Numbers to provision."), QStringLiteral("n"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("latency"), QStringLiteral("Sandbox latency per answer, ms."),
                      QStringLiteral("ms"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Vapi writes in flight."), QStringLiteral("n"),
                      QStringLiteral("6")});
    parser.addOption(
        {QStringLiteral("with-dnids"), QStringLiteral("Also bind every number on Cloudonix (paced: 8 per 11 s).")});
    parser.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("tw.*=false"));
    const int count = parser.value(QStringLiteral("numbers")).toInt();

    QTemporaryDir dir;
    SandboxServer sandbox;
    sandbox.setLatency(parser.value(QStringLiteral("latency")).toInt());
    if (!sandbox.start())
        return 1;
    QNetworkAccessManager nam;
    CloudonixClient cloudonix(&nam);
    cloudonix.setBaseUrl(QUrl(sandbox.cloudonixUrl()));
    cloudonix.setApiKey(sandbox.scenario().cloudonixCustomerKey());
    VapiClient vapi(&nam);
    vapi.setBaseUrl(QUrl(sandbox.vapiUrl()));
    vapi.setApiKey(sandbox.scenario().vapiKey());
    ConfigStore store(dir.path());
    StaticHostResolver resolver;
    Provisioner provisioner(&cloudonix, &vapi, &resolver, &store);

    DesiredState desired;
    desired.domain = QStringLiteral("demo.cloudonix.net");
    desired.trunk.name = QStringLiteral("Cloudonix demo");
    desired.trunk.inboundGateways = QStringList {QStringLiteral("203.0.113.10/32")};
    if (parser.isSet(QStringLiteral("with-dnids")))
        desired.cloudonix.cxmlUrl = QStringLiteral("https://cxml.example.com/vapi");
    for (int i = 0; i < count; ++i)
        desired.numbers << DesiredNumber {QStringLiteral("+1212777%1").arg(i, 4, 10, QLatin1Char('0')),
                                          QStringLiteral("Support bot"),
                                          DesiredNumber::Mode::Trunk,
                                          {}};
    ProvisioningEngine::Options options;
    options.concurrency = parser.value(QStringLiteral("concurrency")).toInt();

    auto run = [&](const char *label, std::function<void()> next) {
        QElapsedTimer clock;
        clock.start();
        const auto written = bytesWritten();
        sandbox.clearRequestLog();
        provisioner.plan(desired, [&, label, next, clock, written](const PlanOutcome &planned) {
            if (!planned.ok() || !planned.plan.canApply()) {
                fprintf(stderr, "plan failed: %s\n",
                        qPrintable(FieldError::messages(planned.inputErrors).join(QLatin1Char(' '))
                                   + planned.plan.errors.join(QLatin1Char(' '))));
                QCoreApplication::exit(1);
                return;
            }
            const qint64 planMs = clock.elapsed();
            provisioner.apply(planned, options, [&, label, next, clock, planMs, written](const ApplyResult &result) {
                int writes = 0, limited = 0;
                for (const RequestLogEntry &e : sandbox.requestLog()) {
                    writes += e.method != "GET" ? 1 : 0;
                    limited += e.status == 429 ? 1 : 0;
                }
                const auto after = bytesWritten();
                printf("%-14s numbers=%d ok=%d wall=%lld ms (plan %lld ms) requests=%lld writes=%d http429=%d "
                       "peakRSS=%ld kB written=%lld kB (to disk %lld kB)\n",
                       label, count, result.ok ? 1 : 0, static_cast<long long>(clock.elapsed()),
                       static_cast<long long>(planMs), static_cast<long long>(sandbox.requestLog().size()), writes,
                       limited, bench::peakRssKb(), static_cast<long long>((after.first - written.first) / 1024),
                       static_cast<long long>((after.second - written.second) / 1024));
                if (!result.ok)
                    printf("  %s\n", qPrintable(result.message()));
                fflush(stdout);
                next();
            });
        });
    };
    run("first apply", [&] { run("second apply", [] { QCoreApplication::exit(0); }); });
    return app.exec();
}
