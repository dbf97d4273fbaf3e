// The desktop app: wiring only.
#include "config/ConfigStore.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trunkwizard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Trunk Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("trunkwizard"));

    tw::ConfigStore store;
    tw::MainWindow window(&store);
    window.show();
    return app.exec();
}
