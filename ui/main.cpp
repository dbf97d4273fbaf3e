// The desktop app: wiring only.
#include "core/CoreContext.h"
#include "mainwindow/FirstFrameQuitter.h"
#include "mainwindow/MainWindow.h"
#include "provisioning/DnsHostResolver.h"
#include "sandbox/SandboxSession.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

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
    QCommandLineOption firstFrame(QStringLiteral("quit-after-first-frame"),
                                  QStringLiteral("Exit once the window has painted (the start-up benchmark)."));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstFrame);
    parser.process(app); // prints and exits
}
} // namespace

int main(int argc, char *argv[])
{
    answerHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trunkwizard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Trunk Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("trunkwizard"));

    // Qt's own strings (dialog buttons) and ours, in the user's language when we have it.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("trunkwizard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

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
