// The desktop app: wiring only.
#include "config/ConfigStore.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
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

    tw::ConfigStore store;
    tw::MainWindow window(&store);
    window.show();
    return app.exec();
}
