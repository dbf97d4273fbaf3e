#pragma once

#include <QObject>
#include <QPalette>

namespace tw {

// The app's appearances: the desktop's own palette, a dark one, and a high-contrast one for
// low vision. Every text colour of each keeps a contrast ratio of at least 4.5:1 against the
// background it is drawn on (WCAG 2.1 AA), the hints' lighter text included.
class ThemePalette
{
    Q_GADGET

public:
    enum class Theme { System, Dark, HighContrast };
    Q_ENUM(Theme)

    static QPalette palette(Theme theme, const QPalette &system);
    // Sets the palette (and, for high contrast, visible edges and focus) on the application.
    static void apply(Theme theme);
    static Theme current();

    static QString name(Theme theme); // as kept in the settings: "system", "dark", "high-contrast"
    static Theme fromName(const QString &name); // anything unknown is System

    // WCAG 2.1 contrast ratio of two opaque colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    // A colour with alpha, as it shows over an opaque background.
    static QColor over(const QColor &color, const QColor &background);

private:
    static QPalette dark();
    static QPalette highContrast();
    static void keepTextReadable(QPalette *palette);
};

} // namespace tw
