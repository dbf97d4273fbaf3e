#pragma once

#include <QString>
#include <QStringList>

namespace tw {

// The languages Trunk Wizard speaks and the choice among them: --lang, else the settings,
// else the first of the system's UI languages it has, else English (the source language).
// Qt's own strings (dialog buttons) come from qt6-translations-l10n; ours are compiled in.
class Translations
{
public:
    static QStringList languages(); // "en" first
    static bool isKnown(const QString &language);
    static QString nativeName(const QString &language); // "Deutsch", "עברית"
    // The language to use: `preferred` when known, else the system's first known one.
    static QString choose(const QString &preferred, const QStringList &systemLanguages);
    // Installs Qt's and Trunk Wizard's translations for `language` on the running application,
    // in place of any installed before, and makes it the default locale (numbers, dates). Call
    // after the application object exists.
    static void install(const QString &language);
};

} // namespace tw
