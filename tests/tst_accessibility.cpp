// Every screen of the product as a keyboard and screen-reader user meets it: the guided tour
// (each wizard page, the dashboard in its states, the dialogs) audited at each stop for
// accessible names, the Tab order, status by colour alone, and text contrast in the light,
// dark and high-contrast palettes.
#include "common/ThemePalette.h"
#include "core/Translations.h"
#include "support/ui/AccessibilityAudit.h"
#include "support/ui/GuidedTour.h"

#include <QApplication>
#include <QScopeGuard>
#include <QStyleFactory>
#include <QTest>
#include <QWidget>

using namespace tw;
using namespace tw::test;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyScreen();
    void mnemonicsInEveryLanguage_data();
    void mnemonicsInEveryLanguage();
    void cleanupTestCase();

private:
    int m_englishScreens = 0; // the screens of the English tour: each language has as many
};

void TestAccessibility::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    ThemePalette::apply(ThemePalette::Theme::System); // as the app does before its first window
}

void TestAccessibility::cleanupTestCase()
{
    ThemePalette::apply(ThemePalette::Theme::System);
}

void TestAccessibility::everyScreen()
{
    QStringList problems;
    QStringList screens;
    const QList<ThemePalette::Theme> themes {ThemePalette::Theme::System, ThemePalette::Theme::Dark,
                                             ThemePalette::Theme::HighContrast};
    const bool toured = GuidedTour::run([&](const QString &name, QWidget *shown) {
        screens << name;
        problems << AccessibilityAudit::unnamed(shown, name) << AccessibilityAudit::notHeardAsShown(shown, name)
                 << AccessibilityAudit::desiredStateKeys(shown, name) << AccessibilityAudit::clippedText(shown, name)
                 << AccessibilityAudit::colourOnly(shown, name) << AccessibilityAudit::unreachable(shown, name)
                 << AccessibilityAudit::sharedMnemonics(shown, name);
        for (ThemePalette::Theme theme : themes) { // the same screen in each appearance
            ThemePalette::apply(theme);
            QCoreApplication::processEvents(); // the widgets take the palette from a posted event
            problems << AccessibilityAudit::lowContrast(shown, name + QLatin1Char(' ') + ThemePalette::name(theme));
        }
        ThemePalette::apply(ThemePalette::Theme::System);
        return true;
    });
    QVERIFY2(toured, qPrintable(screens.join(QStringLiteral(", "))));
    m_englishScreens = int(screens.size());
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
    // Every page of the wizard and each state of the dashboard was audited.
    for (const char *screen :
         {"wizard-1-welcome", "wizard-2-cloudonix", "wizard-3-vapi", "wizard-4-trunk", "wizard-5-routing",
          "wizard-6-numbers", "wizard-7-review", "wizard-8-apply", "wizard-9-finish", "main-window-dashboard",
          "main-window-drift", "main-window-health", "main-window-activity", "settings", "glossary"})
        QVERIFY2(screens.contains(QLatin1String(screen)), screen);
}

void TestAccessibility::mnemonicsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::languages())
        if (language != QLatin1String("en")) // everyScreen covers English
            QTest::newRow(qPrintable(language)) << language;
}

void TestAccessibility::mnemonicsInEveryLanguage()
{
    // The same tour in each language: no window gives one Alt+letter to two controls, and what
    // is heard is what is shown (the review's Apply, in German "Anwenden", is not "Commit").
    QFETCH(QString, language);
    if (m_englishScreens == 0) // everyScreen did not run: count the English tour's screens
        QVERIFY(GuidedTour::run([this](const QString &, QWidget *) { return ++m_englishScreens > 0; }));
    Translations::install(language);
    auto english = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
    QStringList problems;
    int screens = 0;
    QVERIFY(GuidedTour::run([&](const QString &name, QWidget *shown) {
        ++screens;
        problems << AccessibilityAudit::sharedMnemonics(shown, name) << AccessibilityAudit::clippedText(shown, name)
                 << AccessibilityAudit::notHeardAsShown(shown, name + QLatin1Char(' ') + language);
        return true;
    }));
    QCOMPARE(screens, m_englishScreens);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
