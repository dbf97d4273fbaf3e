// The appearances' palettes: every pair of text and background colour a widget draws reads at
// 4.5:1 or more (WCAG 2.1 AA), computed here; and the WCAG formula itself against known values.
#include "common/ThemePalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace tw;

class TestThemePalette : public QObject
{
    Q_OBJECT

private slots:
    void contrastFollowsWcag();
    void textIsReadable_data();
    void textIsReadable();
    void namesRoundTrip();
};

void TestThemePalette::contrastFollowsWcag()
{
    QCOMPARE(ThemePalette::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(ThemePalette::contrast(Qt::white, Qt::white), 1.0);
    // #767676 on white is the lightest grey that passes AA: 4.54:1.
    QVERIFY(qAbs(ThemePalette::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    QVERIFY(ThemePalette::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    QCOMPARE(ThemePalette::over(QColor(0, 0, 0, 128), Qt::white), QColor(127, 127, 127));
}

void TestThemePalette::textIsReadable_data()
{
    QTest::addColumn<ThemePalette::Theme>("theme");
    QTest::newRow("system (Fusion)") << ThemePalette::Theme::System;
    QTest::newRow("dark") << ThemePalette::Theme::Dark;
    QTest::newRow("high contrast") << ThemePalette::Theme::HighContrast;
}

void TestThemePalette::textIsReadable()
{
    QFETCH(ThemePalette::Theme, theme);
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette p = ThemePalette::palette(theme, fusion->standardPalette());
    using R = QPalette::ColorRole;
    const QList<QPair<R, R>> pairs {{R::WindowText, R::Window},
                                    {R::Text, R::Base},
                                    {R::Text, R::AlternateBase},
                                    {R::ButtonText, R::Button},
                                    {R::HighlightedText, R::Highlight},
                                    {R::ToolTipText, R::ToolTipBase},
                                    {R::PlaceholderText, R::Base},
                                    {R::PlaceholderText, R::Window},
                                    {R::Link, R::Base},
                                    {R::WindowText, R::Base}};
    QStringList low;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        for (const auto &[fg, bg] : pairs) {
            const QColor back = p.color(group, bg);
            const double ratio = ThemePalette::contrast(ThemePalette::over(p.color(group, fg), back), back);
            if (ratio < 4.5)
                low << QStringLiteral("%1 on %2: %3:1").arg(int(fg)).arg(int(bg)).arg(ratio, 0, 'f', 2);
        }
    QVERIFY2(low.isEmpty(), qPrintable(low.join(QLatin1Char('\n'))));
}

void TestThemePalette::namesRoundTrip()
{
    for (auto theme : {ThemePalette::Theme::System, ThemePalette::Theme::Dark, ThemePalette::Theme::HighContrast})
        QCOMPARE(ThemePalette::fromName(ThemePalette::name(theme)), theme);
    QCOMPARE(ThemePalette::fromName(QStringLiteral("neon")), ThemePalette::Theme::System);
}

QTEST_MAIN(TestThemePalette)
#include "tst_themepalette.moc"
