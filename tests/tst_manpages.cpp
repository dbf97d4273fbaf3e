// Each executable's --help and --version against its man page (packaging/man): the same long
// options on both sides, so neither can gain or lose one alone. Run without a display, as an
// admin on a server would.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "support/TestEnvironment.h"

using namespace tw::test;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString &exe, const QString &option)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(TestEnvironment::executable(exe), {option});
    Run r;
    if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit) {
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
    }
    return r;
}

QStringList longOptions(const QString &text)
{
    static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]*[a-z])"));
    QStringList names;
    for (const QRegularExpressionMatch &m : option.globalMatch(text))
        names << m.captured(1);
    names.removeDuplicates();
    names.sort();
    return names;
}

QString manPage(const QString &exe)
{
    QFile f(QStringLiteral(TW_SOURCE_DIR "/packaging/man/%1.1").arg(exe));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private slots:
    void optionsAgree_data();
    void optionsAgree();
    void versionNamesTheProgram_data() { optionsAgree_data(); }
    void versionNamesTheProgram();
};

void TestManPages::optionsAgree_data()
{
    QTest::addColumn<QString>("exe");
    for (const char *exe : {"trunkwizard", "trunkwizard-cli", "trunkwizard-sandbox"})
        QTest::newRow(exe) << QString::fromLatin1(exe);
}

void TestManPages::optionsAgree()
{
    QFETCH(QString, exe);
    const Run help = run(exe, QStringLiteral("--help"));
    QCOMPARE(help.exitCode, 0);
    const QString source = manPage(exe);
    QVERIFY2(!source.isEmpty(), "no man page");
    // troff writes a dash as "\-"; the comment line is not the page.
    const QString page
        = QString(source)
              .remove(QRegularExpression(QStringLiteral("^\\.\\\\\".*$"), QRegularExpression::MultilineOption))
              .replace(QStringLiteral("\\-"), QStringLiteral("-"));
    // The options the page documents: its SYNOPSIS, COMMANDS and OPTIONS (the DESCRIPTION may
    // name another program's).
    QString documented;
    for (const QString &section : page.split(QStringLiteral("\n.SH "))) {
        const QString heading = section.section(QLatin1Char('\n'), 0, 0);
        if (heading == QLatin1String("SYNOPSIS") || heading == QLatin1String("COMMANDS")
            || heading == QLatin1String("OPTIONS"))
            documented += section;
    }
    QCOMPARE(longOptions(documented), longOptions(help.out));
    QVERIFY2(page.contains(QStringLiteral(".SH NAME\n%1 - ").arg(exe)), "the NAME section names another program");
    QVERIFY(page.contains(QLatin1String("@PROJECT_VERSION@"))); // filled in at build time
}

void TestManPages::versionNamesTheProgram()
{
    QFETCH(QString, exe);
    const Run version = run(exe, QStringLiteral("--version"));
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), exe + QStringLiteral(" " TW_VERSION));
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
