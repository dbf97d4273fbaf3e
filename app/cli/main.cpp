// trunkwizard-cli: wiring only. QCoreApplication: runs on servers with no display.
#include "cli/CliCommands.h"
#include "config/ConfigStore.h"
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

    tw::ConfigStore config(configDir);
    tw::KeychainSecretStore secrets;
    tw::CliCommands commands(&config, &secrets);
    QObject::connect(&commands, &tw::CliCommands::finished, &app, &QCoreApplication::exit);
    QMetaObject::invokeMethod(
        &commands, [&commands, args] { commands.run(args); }, Qt::QueuedConnection);
    return app.exec();
}
