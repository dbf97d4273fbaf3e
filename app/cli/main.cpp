// trunkwizard-cli: wiring only. QCoreApplication: runs on servers with no display.
#include "cli/CliCommands.h"
#include "config/ConfigStore.h"
#include "sandbox/SandboxSession.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trunkwizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    QString configDir = tw::ConfigStore::defaultDirectory();
    if (const qsizetype i = args.indexOf(QStringLiteral("--config-dir")); i >= 0 && i + 1 < args.size()) {
        configDir = args.at(i + 1);
        args.remove(i, 2);
    }
    if (args.contains(QStringLiteral("--version"))) {
        fprintf(stdout, "trunkwizard-cli %s\n", TW_VERSION);
        return 0;
    }

    // --sandbox: simulated Cloudonix and Vapi on this computer, a throw-away config folder and
    // the demo keys in memory. Wired here and nowhere else.
    std::unique_ptr<tw::SandboxSession> sandbox;
    if (const qsizetype i = args.indexOf(QStringLiteral("--sandbox")); i >= 0) {
        args.remove(i);
        sandbox = std::make_unique<tw::SandboxSession>();
        if (!sandbox->start()) {
            fprintf(stderr, "%s\n", qPrintable(sandbox->error()));
            return 1;
        }
        configDir = sandbox->configDir();
        fprintf(stderr, "Sandbox: nothing is sent to Cloudonix or Vapi (simulated at %s).\n",
                qPrintable(sandbox->server()->baseUrl()));
    }

    tw::ConfigStore config(configDir);
    tw::KeychainSecretStore keychain;
    tw::SecretStore *secrets = sandbox ? sandbox->secrets() : &keychain;
    tw::CliCommands commands(&config, secrets);
    QObject::connect(&commands, &tw::CliCommands::finished, &app, &QCoreApplication::exit);
    QMetaObject::invokeMethod(
        &commands, [&commands, args] { commands.run(args); }, Qt::QueuedConnection);
    return app.exec();
}
