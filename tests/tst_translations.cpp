// The translations as a translator leaves them and as the app finds them: German, Spanish,
// French and Hebrew complete (nothing unfinished, obsolete or empty), every placeholder and
// mnemonic kept, Hebrew right to left; the .ts files up to date with the sources (lupdate,
// run into a copy, finds nothing new); and each compiled catalogue answering every message
// under the context the code asks with.
#include "config/ConfigStore.h"
#include "core/Translations.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace tw;

namespace {
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readTs(const QString &path, QString *language = nullptr)
{
    QFile f(path);
    QList<Message> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << m;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") && language) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message {context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.forms = QStringList {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            m.forms << xml.readElementText();
        }
    }
    return out;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(TW_SOURCE_DIR "/translations/trunkwizard_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression arg(QStringLiteral("%(\\d+)"));
    QSet<QString> out;
    for (const QRegularExpressionMatch &m : arg.globalMatch(text))
        out.insert(m.captured(0));
    return out;
}

// The mnemonic letter of a label ("&Verify" -> 1); "&&" is a literal ampersand.
int mnemonics(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        n += text.at(i + 1).isSpace() ? 0 : 1;
    }
    return n;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void englishPluralsAreWritten();
    void upToDateWithTheSources();
    void catalogueAnswersUnderTheCodesContexts_data() { complete_data(); }
    void catalogueAnswersUnderTheCodesContexts();
    void chooseFollowsArgumentSettingsThenSystem();
    void cliSpeaksTheLanguage();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : Translations::languages())
        if (l != QLatin1String("en"))
            QTest::newRow(qPrintable(l)) << l;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString tsLanguage;
    const QList<Message> messages = readTs(tsPath(language), &tsLanguage);
    QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));
    QVERIFY(tsLanguage.startsWith(language));
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + QLatin1Char('"');
        if (!m.type.isEmpty())
            problems << where + QStringLiteral(" is ") + m.type;
        if (m.forms.isEmpty()
            || std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.trimmed().isEmpty(); })) {
            problems << where + QStringLiteral(" has no translation");
            continue;
        }
        if (m.numerus && m.forms.size() != 2)
            problems << where + QStringLiteral(" has %1 plural forms, not 2").arg(m.forms.size());
        QSet<QString> wanted = placeholders(m.source);
        for (const QString &form : m.forms) {
            QSet<QString> got = placeholders(form);
            if (m.numerus) { // a singular may say "one" instead of %n
                wanted.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (got != wanted)
                problems << where + QStringLiteral(" loses or adds a placeholder: ") + form;
            if (mnemonics(m.source) != mnemonics(form))
                problems << where + QStringLiteral(" loses its mnemonic: ") + form;
            // Text that is joined to other text keeps its spaces and line ends.
            if (m.source.startsWith(QLatin1Char(' ')) != form.startsWith(QLatin1Char(' '))
                || m.source.endsWith(QLatin1Char(' ')) != form.endsWith(QLatin1Char(' '))
                || m.source.endsWith(QLatin1Char('\n')) != form.endsWith(QLatin1Char('\n')))
                problems << where + QStringLiteral(" changes its leading or trailing space: ") + form;
        }
        if (m.source == QLatin1String("QT_LAYOUT_DIRECTION"))
            if (m.forms.first() != (language == QLatin1String("he") ? QLatin1String("RTL") : QLatin1String("LTR")))
                problems << QStringLiteral("the layout direction is ") + m.forms.first();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsAreWritten()
{
    // English is the source; only its plurals are translated, so "1 number" is never "1 number(s)".
    int plurals = 0;
    for (const Message &m : readTs(tsPath(QStringLiteral("en")))) {
        if (!m.numerus)
            continue;
        ++plurals;
        QCOMPARE(m.forms.size(), 2);
        QVERIFY2(!m.forms.at(0).isEmpty() && !m.forms.at(1).isEmpty(), qPrintable(m.source));
        QVERIFY2(!m.forms.at(0).contains(QLatin1String("(s)")), qPrintable(m.forms.at(0)));
        QVERIFY2(!m.forms.at(1).contains(QLatin1String("(s)")), qPrintable(m.forms.at(1)));
    }
    QVERIFY(plurals >= 20);
}

void TestTranslations::upToDateWithTheSources()
{
    // lupdate over the sources into a copy of a catalogue: a string added, changed or removed
    // in the code since the last update shows as new or obsolete there.
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project.json"));
    QProcess cmake;
    cmake.start(QStringLiteral(TW_CMAKE),
                {QStringLiteral("-DIN_FILE=" TW_LUPDATE_PROJECT_IN), QStringLiteral("-DOUT_FILE=") + project,
                 QStringLiteral("-P"), QStringLiteral(TW_LUPDATE_PROJECT_SCRIPT)});
    QVERIFY(cmake.waitForFinished(60000));
    QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    QVERIFY(QFile::copy(tsPath(QStringLiteral("de")), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(TW_LUPDATE),
                  {QStringLiteral("-project"), project, QStringLiteral("-ts"), copy, QStringLiteral("-locations"),
                   QStringLiteral("none")});
    QVERIFY(lupdate.waitForFinished(180000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    const QString report = QString::fromUtf8(lupdate.readAllStandardOutput());
    QVERIFY2(report.contains(QLatin1String("(0 new and ")), qPrintable(report));
    QStringList stale;
    for (const Message &m : readTs(copy))
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            stale << m.source.left(60);
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("no longer in the code (run the update_translations target): ")
                        + stale.join(QStringLiteral(" | "))));
}

void TestTranslations::catalogueAnswersUnderTheCodesContexts()
{
    QFETCH(QString, language);
    QTranslator catalogue;
    QVERIFY(catalogue.load(QStringLiteral("trunkwizard_") + language, QStringLiteral(":/i18n")));
    int asked = 0;
    QStringList missing;
    for (const Message &m : readTs(tsPath(language))) {
        const QString got = catalogue.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(), nullptr,
                                                m.numerus ? 2 : -1);
        ++asked;
        if (got.isEmpty())
            missing << m.context + QStringLiteral(": ") + m.source.left(50);
    }
    QVERIFY(asked > 1000);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    // Contexts are the classes' full names, as the code asks for them.
    QCOMPARE(catalogue.translate("tw::Glossary", "Gateway").isEmpty(), false);
    QVERIFY(catalogue.translate("Glossary", "Gateway").isEmpty());
}

void TestTranslations::chooseFollowsArgumentSettingsThenSystem()
{
    QCOMPARE(Translations::choose(QStringLiteral("fr"), {QStringLiteral("de-DE")}), QStringLiteral("fr"));
    QCOMPARE(Translations::choose(QString(), {QStringLiteral("pt-BR"), QStringLiteral("de-DE")}), QStringLiteral("de"));
    QCOMPARE(Translations::choose(QStringLiteral("xx"), {QStringLiteral("iw-IL")}), QStringLiteral("he"));
    QCOMPARE(Translations::choose(QString(), {QStringLiteral("C")}), QStringLiteral("en"));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(Translations::nativeName(QStringLiteral("he")), QStringLiteral("עברית"));
}

void TestTranslations::cliSpeaksTheLanguage()
{
    const QString cli = test::TestEnvironment::executable(QStringLiteral("trunkwizard-cli"));
    QTemporaryDir configDir;
    const auto run = [&](const QStringList &args, const QByteArray &language = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(language));
        env.insert(QStringLiteral("TRUNKWIZARD_CONFIG_DIR"), configDir.path());
        p.setProcessEnvironment(env);
        p.start(cli, args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    };
    // --lang, then the system's language; the usage, a sentence and a plural.
    QVERIFY(run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("help")})
                .startsWith(QLatin1String("Aufruf: trunkwizard-cli")));
    const QString french = run({QStringLiteral("glossary"), QStringLiteral("--term"), QStringLiteral("dnid")}, "fr");
    QVERIFY2(french.contains(QStringLiteral("numéro")), qPrintable(french));
    QVERIFY(run({QStringLiteral("glossary"), QStringLiteral("--term"), QStringLiteral("gateway")}, "es")
                .startsWith(QLatin1String("Pasarela (gateway)")));
    QVERIFY(run({QStringLiteral("--lang"), QStringLiteral("he"), QStringLiteral("status")})
                .contains(QStringLiteral("status צריך --domain.")));
    QVERIFY(run({QStringLiteral("--lang=fr"), QStringLiteral("status")}, "de")
                .contains(QStringLiteral("status a besoin de --domain.")));
    // The language chosen in the app's settings wins over the system's; --lang over both.
    ConfigStore store(configDir.path());
    QVERIFY(store.update([](AppConfig &config) { config.settings.language = QStringLiteral("es"); }).isEmpty());
    QVERIFY(run({QStringLiteral("status")}, "de").contains(QStringLiteral("status necesita --domain.")));
    QVERIFY(run({QStringLiteral("--lang"), QStringLiteral("he"), QStringLiteral("status")}, "de")
                .contains(QStringLiteral("status צריך --domain.")));
    QVERIFY(run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("status")})
                .contains(QLatin1String("--lang must be one of en, de, es, fr, he.")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
