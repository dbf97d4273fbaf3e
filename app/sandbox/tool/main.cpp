// trunkwizard-sandbox: the simulated Cloudonix + Vapi as its own process. Wiring only.
#include "api/ClientOptions.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <csignal>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trunkwizard-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated Cloudonix and Vapi APIs on 127.0.0.1, and a SIP port answering OPTIONS. Prints one JSON line "
        "with the base URLs and the SIP endpoint, then serves "
        "until stopped. Nothing is sent to Cloudonix or Vapi."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 picks a free one)."),
                      QStringLiteral("port"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("Start from this scenario JSON instead of the built-in one."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("latency"), QStringLiteral("Delay every answer by this many milliseconds."),
                      QStringLiteral("ms"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("fault"),
         QStringLiteral("Inject a failure: 'METHOD PATH=KIND[xN|@K]', KIND one of 429, 429-no-retry-after, 500, "
                        "503, timeout, drop, malformed, hang-after, drop-after, apply-late:MS. Repeatable."),
         QStringLiteral("rule")});
    parser.addOption({QStringLiteral("sip-fault"),
                      QStringLiteral("How the SIP port answers OPTIONS: '[HOST=]KIND', KIND one of no-answer, slow:MS "
                                     "or a status code (403, 503…). Repeatable; the last match wins."),
                      QStringLiteral("rule")});
    parser.addOption({QStringLiteral("legacy-gateways"),
                      QStringLiteral("Accept a host name on an inbound gateway, as older Vapi did.")});
    parser.addOption({QStringLiteral("rate-limit"),
                      QStringLiteral("Cloudonix's limit per domain, as REQUESTS/MILLISECONDS (default 10/10000, as "
                                     "documented); past it the answer is 429."),
                      QStringLiteral("rate")});
    parser.addOption({QStringLiteral("call-step"),
                      QStringLiteral("How long each stage of a simulated call lasts (queued, ringing, in progress), in "
                                     "milliseconds (default 300)."),
                      QStringLiteral("ms")});
    parser.process(app);

    tw::SandboxScenario scenario = tw::SandboxScenario::builtIn();
    if (parser.isSet(QStringLiteral("scenario"))) {
        QString error;
        if (!tw::SandboxScenario::fromFile(parser.value(QStringLiteral("scenario")), &scenario, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }
    QJsonObject vapi = scenario.vapi();
    QJsonObject cloudonix = scenario.cloudonix();
    if (parser.isSet(QStringLiteral("legacy-gateways")))
        vapi.insert(QStringLiteral("legacyGateways"), true);
    if (parser.isSet(QStringLiteral("rate-limit"))) {
        int requests = 0;
        std::chrono::milliseconds window {};
        if (!tw::ClientOptions::parseRate(parser.value(QStringLiteral("rate-limit")), &requests, &window)) {
            fprintf(stderr, "--rate-limit takes REQUESTS/MILLISECONDS, for example 10/10000.\n");
            return 2;
        }
        cloudonix.insert(
            QStringLiteral("rateLimit"),
            QJsonObject {{QStringLiteral("requests"), requests}, {QStringLiteral("windowMs"), qint64(window.count())}});
    }
    if (parser.isSet(QStringLiteral("call-step"))) {
        bool valid = false;
        const int ms = parser.value(QStringLiteral("call-step")).toInt(&valid);
        if (!valid || ms < 1) {
            fprintf(stderr, "--call-step takes a number of milliseconds.\n");
            return 2;
        }
        vapi.insert(QStringLiteral("callStepMs"), ms);
    }
    if (vapi != scenario.vapi() || cloudonix != scenario.cloudonix()) {
        QString error;
        tw::SandboxScenario::fromJson(
            QJsonDocument(QJsonObject {{QStringLiteral("vapi"), vapi}, {QStringLiteral("cloudonix"), cloudonix}})
                .toJson(),
            &scenario, &error);
    }

    tw::SandboxServer server(scenario);
    bool ok = false;
    server.setLatency(parser.value(QStringLiteral("latency")).toInt(&ok));
    if (!ok) {
        fprintf(stderr, "--latency takes a number of milliseconds.\n");
        return 2;
    }
    for (const QString &spec : parser.values(QStringLiteral("fault"))) {
        tw::FaultRule rule;
        QString error;
        if (!tw::FaultRule::parse(spec, &rule, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        server.addFault(rule);
    }
    for (const QString &spec : parser.values(QStringLiteral("sip-fault"))) {
        tw::SipAnswerRule rule;
        QString error;
        if (!tw::SipAnswerRule::parse(spec, &rule, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        server.sip().addRule(rule);
    }
    const int port = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        fprintf(stderr, "--port takes a number from 0 to 65535.\n");
        return 2;
    }
    if (!server.start(quint16(port))) {
        fprintf(stderr, "Port %d on 127.0.0.1 is not free; choose another or use --port 0.\n", port);
        return 1;
    }
    fprintf(stdout, "%s\n", QJsonDocument(server.endpoints()).toJson(QJsonDocument::Compact).constData());
    fflush(stdout);

    // Stop cleanly on Ctrl+C and on a plain kill.
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
