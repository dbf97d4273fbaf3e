// trunkwizard-cli: wiring only. QCoreApplication: runs on servers with no display.
#include "cli/CliArguments.h"
#include "cli/CliCommands.h"
#include "config/ConfigStore.h"
#include "provisioning/DnsHostResolver.h"
#include "provisioning/StaticHostResolver.h"
#include "sandbox/SandboxSession.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trunkwizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION));

    tw::CliArguments args;
    QString error;
    if (!args.parse(QCoreApplication::arguments().mid(1), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return tw::CliCommands::Usage;
    }
    if (args.isSet(QStringLiteral("version"))) {
        fprintf(stdout, "trunkwizard-cli %s\n", TW_VERSION);
        return 0;
    }
    // Same as the environment variables, for this process.
    if (args.has(QStringLiteral("cloudonix-url")))
        qputenv("TRUNKWIZARD_CLOUDONIX_URL", args.value(QStringLiteral("cloudonix-url")).toUtf8());
    if (args.has(QStringLiteral("vapi-url")))
        qputenv("TRUNKWIZARD_VAPI_URL", args.value(QStringLiteral("vapi-url")).toUtf8());

    // --sandbox: simulated Cloudonix and Vapi, a throw-away config folder and the demo keys in
    // memory; its host names exist nowhere, so DNS answers are fixed. Wired here and nowhere else.
    std::unique_ptr<tw::SandboxSession> sandbox;
    tw::KeychainSecretStore keychain;
    tw::SecretStore *secrets = &keychain;
    tw::DnsHostResolver dns;
    tw::StaticHostResolver fixedDns;
    tw::HostResolver *resolver = &dns;
    QString configDir = args.has(QStringLiteral("config-dir")) ? args.value(QStringLiteral("config-dir"))
                                                               : tw::ConfigStore::defaultDirectory();
    if (args.isSet(QStringLiteral("sandbox"))) {
        sandbox = std::make_unique<tw::SandboxSession>();
        if (!sandbox->start()) {
            fprintf(stderr, "%s\n", qPrintable(sandbox->error()));
            return 1;
        }
        configDir = sandbox->configDir();
        secrets = sandbox->secrets();
        fixedDns.setFallback({QStringLiteral("198.51.100.10"), QStringLiteral("198.51.100.11")});
        resolver = &fixedDns;
        fprintf(stderr, "Sandbox: nothing is sent to Cloudonix or Vapi (simulated at %s).\n",
                qPrintable(sandbox->server()->baseUrl()));
    }

    tw::CliCommands commands(args, configDir, secrets, resolver);
    QObject::connect(&commands, &tw::CliCommands::finished, &app, &QCoreApplication::exit);
    QMetaObject::invokeMethod(&commands, &tw::CliCommands::start, Qt::QueuedConnection);
    return app.exec();
}
