#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tw {

namespace {
// Qt lays a window out right to left when this reads "RTL" (Hebrew); qtbase_he says so too,
// ours keeps it when Qt's translations are missing.
//: RTL for a language written right to left, LTR otherwise.
[[maybe_unused]] const char *const LayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
            QStringLiteral("he")};
}

bool Translations::isKnown(const QString &language)
{
    return languages().contains(language);
}

QString Translations::nativeName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English"); // Qt would say "American English"
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString Translations::choose(const QString &preferred, const QStringList &systemLanguages)
{
    if (isKnown(preferred))
        return preferred;
    for (const QString &ui : systemLanguages) { // "de-DE", "fr", "en-US", "iw" ...
        QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (code == QLatin1String("iw"))
            code = QStringLiteral("he");
        if (isKnown(code))
            return code;
    }
    return QStringLiteral("en");
}

void Translations::install(const QString &language)
{
    // Another language chosen in the same process (the tests, the tour): the previous one goes.
    static QList<QTranslator *> installed;
    static QString current;
    if (language == current && !installed.isEmpty())
        return; // already in place: the CLI's settings often name the system's own language
    current = language;
    for (QTranslator *t : std::as_const(installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed.clear();
    QLocale::setDefault(QLocale(language));
    // English is the source language: only its plural forms are translated ("1 number").
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        installed << qt;
    }
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral("trunkwizard_") + language, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    installed << ours;
}

} // namespace tw
