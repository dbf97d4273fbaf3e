#include "common/ThemePalette.h"

#include <QApplication>

#include <cmath>

namespace tw {

namespace {
const char *const Names[] = {"system", "dark", "high-contrast"};
// Edges and the focus ring drawn by Fusion from the window colour vanish on black: high
// contrast draws them itself (WCAG 1.4.11 asks 3:1 for a control's boundary).
const char *const HighContrastSheet = R"(
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QAbstractItemView, QPushButton, QToolButton {
    border: 1px solid #ffffff; }
QPushButton, QToolButton { padding: 4px 10px; }
QPushButton:default { border: 2px solid #ffffff; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QAbstractItemView:focus, QPushButton:focus, QToolButton:focus {
    outline: none; border: 2px solid #ffd500; }
QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled { border: 1px dashed #a6a6a6; }
QCheckBox::indicator, QRadioButton::indicator { width: 14px; height: 14px; border: 1px solid #ffffff;
    background: #000000; }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked { image: url(:/icons/hc-check.svg); }
QRadioButton::indicator:checked { image: url(:/icons/hc-radio.svg); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border: 1px dashed #a6a6a6; }
QCheckBox:focus, QRadioButton:focus { border: none; }
QCheckBox::indicator:focus, QRadioButton::indicator:focus { border: 2px solid #ffd500; }
)";

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}
} // namespace

double ThemePalette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemePalette::over(const QColor &color, const QColor &background)
{
    const double a = color.alphaF();
    const auto mix = [a](int fg, int bg) { return int(std::lround(fg * a + bg * (1.0 - a))); };
    return QColor(mix(color.red(), background.red()), mix(color.green(), background.green()),
                  mix(color.blue(), background.blue()));
}

QString ThemePalette::name(Theme theme)
{
    return QString::fromLatin1(Names[int(theme)]);
}

ThemePalette::Theme ThemePalette::fromName(const QString &name)
{
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1String(Names[i]))
            return Theme(i);
    return Theme::System;
}

void ThemePalette::keepTextReadable(QPalette *p)
{
    // Qt's own Fusion selection, white on #308cc6, reads at 3.7:1: deepen the selection colour
    // (towards black under light text, towards white under dark) until it reads at 4.5:1.
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = p->color(group, QPalette::HighlightedText);
        QColor highlight = p->color(group, QPalette::Highlight);
        const bool lightText = text.lightnessF() > 0.5;
        for (int step = 0; contrast(text, highlight) < 4.6 && step < 30; ++step)
            highlight = lightText ? highlight.darker(108) : highlight.lighter(108);
        p->setColor(group, QPalette::Highlight, highlight);
    }
    // Hints are drawn in the placeholder colour, which Qt's own palettes make half-transparent
    // text (about 4:1 on white): move it towards the text colour until it reads at 4.5:1.
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = p->color(group, QPalette::WindowText);
        for (QPalette::ColorRole bg : {QPalette::Window, QPalette::Base}) {
            const QColor back = p->color(group, bg);
            QColor hint = over(p->color(group, QPalette::PlaceholderText), back);
            for (int step = 0; contrast(hint, back) < 4.6 && step < 20; ++step)
                hint = QColor((hint.red() * 4 + text.red()) / 5, (hint.green() * 4 + text.green()) / 5,
                              (hint.blue() * 4 + text.blue()) / 5);
            p->setColor(group, QPalette::PlaceholderText, hint);
        }
    }
}

QPalette ThemePalette::dark()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x20, 0x23), text(0xe6, 0xe6, 0xe6), disabled(0x8c, 0x8c, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9b, 0xff));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x23, 0x24, 0x27));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette ThemePalette::highContrast()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xd5, 0x00), grey(0xa6, 0xa6, 0xa6);
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                                     QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                                     QPalette::BrightText, QPalette::Light})
        p.setColor(role, white);
    p.setColor(QPalette::Midlight, grey);
    p.setColor(QPalette::Mid, grey);
    p.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x8c, 0xc8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xe0, 0xb0, 0xff));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, grey);
    return p;
}

QPalette ThemePalette::palette(Theme theme, const QPalette &system)
{
    QPalette p = theme == Theme::Dark ? dark() : theme == Theme::HighContrast ? highContrast() : system;
    keepTextReadable(&p);
    return p;
}

void ThemePalette::apply(Theme theme)
{
    // The desktop's palette as it was before the first change: "System" goes back to it.
    static const QPalette desktop = QApplication::palette();
    qApp->setProperty("tw_theme", int(theme));
    QApplication::setPalette(palette(theme, desktop));
    qApp->setStyleSheet(theme == Theme::HighContrast ? QString::fromLatin1(HighContrastSheet) : QString());
}

ThemePalette::Theme ThemePalette::current()
{
    return Theme(qApp->property("tw_theme").toInt());
}

} // namespace tw
