// trunkwizard-cli: wiring only. QCoreApplication: runs on servers with no display; a PDF report
// alone needs Qt Gui (fonts), on the offscreen platform.
#include "cli/CliArguments.h"
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "core/CoreContext.h"
#include "core/Translations.h"
#include "provisioning/DnsHostResolver.h"
#include "sandbox/SandboxSession.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QUrl>

namespace {
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--format") == 0 && qstricmp(argv[i + 1], "pdf") == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("trunkwizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION));

    // The system's language for what is said before the settings are read (a usage error);
    // CliCommands then installs the one --lang or the settings choose.
    tw::Translations::install(tw::Translations::choose({}, QLocale::system().uiLanguages()));

    tw::CliArguments args;
    QString error;
    if (!args.parse(QCoreApplication::arguments().mid(1), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return tw::CliOutput::Usage;
    }
    if (args.isSet(QStringLiteral("version"))) {
        fprintf(stdout, "trunkwizard-cli %s\n", TW_VERSION);
        return 0;
    }
    // --sandbox: simulated Cloudonix and Vapi, a throw-away config folder, the demo keys in
    // memory and fixed DNS answers. Wired here and nowhere else.
    tw::KeychainSecretStore keychain;
    tw::DnsHostResolver dns;
    tw::CoreContext::Setup setup;
    setup.secrets = &keychain;
    setup.resolver = &dns;
    if (args.has(QStringLiteral("config-dir")))
        setup.configDir = args.value(QStringLiteral("config-dir"));
    if (args.has(QStringLiteral("cloudonix-url")))
        setup.cloudonixUrl = QUrl(args.value(QStringLiteral("cloudonix-url")));
    if (args.has(QStringLiteral("vapi-url")))
        setup.vapiUrl = QUrl(args.value(QStringLiteral("vapi-url")));
    if (args.has(QStringLiteral("ca-file")))
        setup.caFile = args.value(QStringLiteral("ca-file"));
    std::unique_ptr<tw::SandboxSession> sandbox;
    if (args.isSet(QStringLiteral("sandbox"))) {
        sandbox = std::make_unique<tw::SandboxSession>();
        if (!sandbox->start()) {
            fprintf(stderr, "%s\n", qPrintable(sandbox->error()));
            return 1;
        }
        sandbox->applyTo(&setup);
        fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                               "tw::CliCommands", "Sandbox: nothing is sent to Cloudonix or Vapi (simulated at %1).")
                               .arg(sandbox->server()->baseUrl())));
    }
    tw::CoreContext core(setup);
    if (!core.caError().isEmpty()) { // never go on without the CA the admin asked for
        fprintf(stderr, "%s\n", qPrintable(core.caError()));
        return tw::CliOutput::Usage;
    }

    tw::CliCommands commands(args, &core);
    QObject::connect(&commands, &tw::CliCommands::finished, &app, &QCoreApplication::exit);
    QMetaObject::invokeMethod(&commands, &tw::CliCommands::start, Qt::QueuedConnection);
    return app.exec();
}
