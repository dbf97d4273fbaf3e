// Drives the setup wizard through the sandbox, as an admin would click it, and saves each page.
#include "common/ThemePalette.h"
#include "core/Translations.h"
#include "support/ui/GuidedTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QStyleFactory>
#include <QTest>
#include <QWidget>

#include <cstdio>

using namespace tw;

namespace {

bool save(QWidget *window, const QString &dir, const QString &name)
{
    QTest::qWait(50); // let layouts settle
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = window->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

bool tour(const QString &dir, const QString &suffix)
{
    return tw::test::GuidedTour::run(
        [&](const QString &name, QWidget *shown) { return save(shown, dir, name + suffix); });
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Trunk Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
    QLoggingCategory::setFilterRules(QStringLiteral("tw.*=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("dir"),
                      QStringLiteral(TW_SCREENSHOTS)});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Only this language's tour, in the system palette (files end in -LANGUAGE)."),
                      QStringLiteral("language")});
    parser.process(app);
    const QString dir = parser.value(QStringLiteral("out"));
    QDir().mkpath(dir);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString language = parser.value(QStringLiteral("lang"));
    if (!language.isEmpty()) {
        tw::Translations::install(language);
        tw::ThemePalette::apply(tw::ThemePalette::Theme::System);
        return tour(dir, QLatin1Char('-') + language) ? 0 : 1;
    }
    bool ok = true;
    for (const auto &[theme, suffix] : {std::pair {ThemePalette::Theme::System, ""},
                                        {ThemePalette::Theme::Dark, "-dark"},
                                        {ThemePalette::Theme::HighContrast, "-hc"}}) {
        ThemePalette::apply(theme);
        ok &= tour(dir, QString::fromLatin1(suffix));
    }
    return ok ? 0 : 1;
}
