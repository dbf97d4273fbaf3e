// The desktop app: wiring only.
#include "common/ThemePalette.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "core/Translations.h"
#include "mainwindow/FirstFrameQuitter.h"
#include "mainwindow/MainWindow.h"
#include "provisioning/DnsHostResolver.h"
#include "sandbox/SandboxSession.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

namespace {
// --help and --version answer on the terminal before any window: they need no display, and
// QApplication would abort without one.
void answerHelpOrVersion(int argc, char *argv[])
{
    bool asked = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        asked = asked || a == "--help" || a == "-h" || a == "--help-all" || a == "--version" || a == "-v";
    }
    if (!asked)
        return;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trunkwizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trunk Wizard connects Cloudonix domains to Vapi voice assistants over a SIP trunk: a setup wizard, a "
        "dashboard per domain with drift detection and health checks, and configuration reports. API keys are kept "
        "in the desktop's keychain only. The command-line tool is trunkwizard-cli."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("sandbox"),
                      QStringLiteral("Try everything with simulated Cloudonix and Vapi on this computer; nothing is "
                                     "sent anywhere and your settings and keychain are not touched.")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Show the app in this language (%1) instead of the one chosen in the settings "
                                     "or the system's.")
                          .arg(tw::Translations::languages().join(QStringLiteral(", "))),
                      QStringLiteral("language")});
    QCommandLineOption firstFrame(QStringLiteral("quit-after-first-frame"),
                                  QStringLiteral("Exit once the window has painted (the start-up benchmark)."));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstFrame);
    parser.process(app); // prints and exits
}
// --lang LANGUAGE or --lang=LANGUAGE; empty when not given.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    answerHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trunkwizard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Trunk Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.trunkwizard.TrunkWizard"));

    // --sandbox: simulated Cloudonix and Vapi on this computer. Wired here and nowhere else.
    tw::KeychainSecretStore keychain;
    tw::DnsHostResolver dns;
    tw::CoreContext::Setup setup;
    setup.secrets = &keychain;
    setup.resolver = &dns;
    std::unique_ptr<tw::SandboxSession> sandbox;
    if (QApplication::arguments().contains(QStringLiteral("--sandbox"))) {
        sandbox = std::make_unique<tw::SandboxSession>();
        if (!sandbox->start()) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), sandbox->error());
            return 1;
        }
        sandbox->applyTo(&setup);
    }

    tw::CoreContext core(setup);
    // The language (--lang, else the settings, else the system's) and the appearance, before
    // the first window. Hebrew lays everything out right to left.
    const tw::AppSettings settings = core.store()->load().config.settings;
    const QString asked = languageArgument(QApplication::arguments());
    const QString language = tw::Translations::choose(tw::Translations::isKnown(asked) ? asked : settings.language,
                                                      QLocale::system().uiLanguages());
    if (!asked.isEmpty() && !tw::Translations::isKnown(asked))
        fprintf(stderr, "trunkwizard: --lang %s is not a language Trunk Wizard speaks (%s); using %s.\n",
                qPrintable(asked), qPrintable(tw::Translations::languages().join(QStringLiteral(", "))),
                qPrintable(language));
    tw::Translations::install(language);
    tw::ThemePalette::apply(tw::ThemePalette::fromName(settings.theme));
    tw::MainWindow window(core.store(), &core);
    if (sandbox) {
        const tw::SandboxScenario &scenario = sandbox->server()->scenario();
        window.setSandboxMode(sandbox->server()->baseUrl());
        window.setSandboxDemo(scenario.firstDomain(), scenario.cloudonixCustomerKey(), scenario.vapiKey());
    }
    window.showStart();
    // --quit-after-first-frame: exit 0 once the window has painted (the start-up benchmark).
    if (QApplication::arguments().contains(QStringLiteral("--quit-after-first-frame")))
        window.installEventFilter(new tw::FirstFrameQuitter(&window));
    window.show();
    return app.exec();
}
