// The Debian and tar.gz packages as an admin gets them: made by cpack from this build (or taken
// from $TW_PACKAGE_DIR, as `packaging/dev.sh package` does with its Release build), checked by
// Debian's own tools, resolved against this release's archive as on a machine with nothing
// installed, then unpacked into a temporary root whose executables run a whole sandbox flow.
#include "support/CliSession.h"
#include "support/SandboxProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tw::test;

namespace {
const QString AppId = QStringLiteral("org.trunkwizard.TrunkWizard");
const QString Version = QStringLiteral(TW_VERSION);
const QStringList Executables {QStringLiteral("trunkwizard"), QStringLiteral("trunkwizard-cli"),
                               QStringLiteral("trunkwizard-sandbox")};
// Loaded at run time, so dpkg-shlibdeps cannot see them; without one the app starts broken.
// The release's names (packaging/CMakeLists.txt): the SVG plugin is in libqt6svg6 on Debian 12,
// in qt6-svg-plugins from Debian 13 on.
const QStringList RunTimeDepends = QStringLiteral(TW_RUNTIME_DEPENDS).split(QLatin1Char(','));
// Found by dpkg-shlibdeps; their names carry a soname that differs by release (libyaml-cpp0.7 on
// Debian 12, 0.8 on 13), so each is matched by the part that stays.
const QStringList LinkedDepends {QStringLiteral("libqt6keychain1"), QStringLiteral("libphonenumber"),
                                 QStringLiteral("libosip2-"), QStringLiteral("libyaml-cpp0."),
                                 QStringLiteral("libqt6widgets6")};
// The package's version: the upstream one and the Debian release it was built for.
const QString DebVersion = QStringLiteral(TW_DEB_VERSION);

struct Tool
{
    int exitCode = -1;
    QString out;
    QString err;
};

Tool runTool(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
             int timeoutMs = 180000)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    p.closeWriteChannel();
    Tool t;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        t.err = QStringLiteral("%1 did not finish: %2").arg(program, p.errorString());
        return t;
    }
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    t.out = QString::fromUtf8(p.readAllStandardOutput());
    t.err = QString::fromUtf8(p.readAllStandardError());
    return t;
}

QString described(const Tool &t)
{
    return QStringLiteral("exit %1\n%2\n%3").arg(t.exitCode).arg(t.out, t.err);
}
} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsEveryFile();
    void dependsOnWhatLoadsAtRunTime();
    void installsOnACleanDebian();
    void lintianFindsNoErrorOrWarning();
    void desktopEntryAndMetainfoAreValid();
    void manPagesRenderWithoutWarnings();
    void tarballHoldsTheSameFiles();
    void installedExecutablesAnswerHelpAndVersion();
    void installedCliRunsASandboxSetup();
    void installedAppStartsAndPaints();

private:
    QString installed(const QString &relative) const { return m_root.filePath(relative); }

    QTemporaryDir m_work;
    QDir m_root;
    QString m_deb;
    QString m_tgz;
    QStringList m_debFiles; // files only, as usr/...
};

void TestPackage::initTestCase()
{
    QVERIFY(m_work.isValid());
    QString dir = qEnvironmentVariable("TW_PACKAGE_DIR");
    if (dir.isEmpty()) {
        dir = m_work.filePath(QStringLiteral("packages"));
        const Tool cpack = runTool(
            QStringLiteral(TW_CPACK),
            {QStringLiteral("--config"), QStringLiteral(TW_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), dir});
        QVERIFY2(cpack.exitCode == 0, qPrintable(described(cpack)));
    }
    const QDir packages(dir);
    const QStringList debs = packages.entryList({QStringLiteral("trunkwizard_%1_*.deb").arg(DebVersion)});
    const QStringList tgzs = packages.entryList({QStringLiteral("trunkwizard-%1-*.tar.gz").arg(Version)});
    QCOMPARE(debs.size(), 1);
    QCOMPARE(tgzs.size(), 1);
    m_deb = packages.filePath(debs.first());
    m_tgz = packages.filePath(tgzs.first());

    m_root.setPath(m_work.filePath(QStringLiteral("root")));
    const Tool extract = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root.path()});
    QVERIFY2(extract.exitCode == 0, qPrintable(described(extract)));
    const Tool list = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QVERIFY2(list.exitCode == 0, qPrintable(described(list)));
    for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(QLatin1Char('-'))) // a regular file: "-rw-r--r-- root/root 1148 date ./usr/..."
            m_debFiles << line.section(QStringLiteral("./"), -1);
}

void TestPackage::holdsEveryFile()
{
    QStringList expected;
    for (const QString &exe : Executables)
        expected << QStringLiteral("usr/bin/") + exe << QStringLiteral("usr/share/man/man1/%1.1.gz").arg(exe);
    expected << QStringLiteral("usr/share/applications/%1.desktop").arg(AppId)
             << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(AppId)
             << QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(AppId)
             << QStringLiteral("usr/share/doc/trunkwizard/copyright")
             << QStringLiteral("usr/share/doc/trunkwizard/changelog.gz");
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        expected << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId);
    for (const QString &file : expected)
        QVERIFY2(m_debFiles.contains(file), qPrintable(file + QStringLiteral(" is not in the package")));
    // Nothing else: no test, benchmark or build tool slipped in.
    QCOMPARE(m_debFiles.size(), expected.size());
    for (const QString &exe : Executables)
        QVERIFY(QFileInfo(installed(QStringLiteral("usr/bin/") + exe)).isExecutable());
}

void TestPackage::dependsOnWhatLoadsAtRunTime()
{
    const Tool depends = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    QCOMPARE(depends.exitCode, 0);
    QStringList names;
    for (const QString &item : depends.out.split(QLatin1Char(',')))
        names << item.trimmed().section(QLatin1Char(' '), 0, 0);
    for (const QString &package : RunTimeDepends)
        QVERIFY2(names.contains(package),
                 qPrintable(package + QStringLiteral(" is missing from Depends: ") + depends.out));
    for (const QString &prefix : LinkedDepends)
        QVERIFY2(
            std::any_of(names.cbegin(), names.cend(), [&prefix](const QString &n) { return n.startsWith(prefix); }),
            qPrintable(prefix + QStringLiteral("… is missing from Depends: ") + depends.out));
    const Tool version = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Version")});
    QCOMPARE(version.out.trimmed(), DebVersion);
}

void TestPackage::installsOnACleanDebian()
{
    // apt resolves the package as on a machine with nothing installed (an empty dpkg status):
    // every dependency must come from this release's archive.
    const Tool policy
        = runTool(QStringLiteral("apt-cache"), {QStringLiteral("policy"), QStringLiteral("qt6-qpa-plugins")});
    if (policy.out.contains(QLatin1String("Candidate: (none)")) || !policy.out.contains(QLatin1String("Candidate:")))
        QSKIP("apt has no package lists here (run apt-get update): cannot resolve against the archive");
    const QString emptyStatus = m_work.filePath(QStringLiteral("empty-status"));
    QFile(emptyStatus).open(QIODevice::WriteOnly);
    const Tool apt = runTool(QStringLiteral("apt-get"),
                             {QStringLiteral("install"), QStringLiteral("--simulate"), QStringLiteral("-o"),
                              QStringLiteral("Dir::State::status=") + emptyStatus, m_deb});
    QVERIFY2(apt.exitCode == 0, qPrintable(described(apt)));
    QStringList installedNames;
    for (const QString &line : apt.out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Inst ")))
            installedNames << line.section(QLatin1Char(' '), 1, 1);
    QVERIFY(installedNames.contains(QStringLiteral("trunkwizard")));
    for (const QString &package : RunTimeDepends)
        QVERIFY2(installedNames.contains(package), qPrintable(package));
}

void TestPackage::lintianFindsNoErrorOrWarning()
{
    const Tool lintian = runTool(QStringLiteral("lintian"), {QStringLiteral("--info"), m_deb});
    QStringList problems;
    for (const QString &line : lintian.out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("E: ")) || line.startsWith(QLatin1String("W: ")))
            problems << line;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(lintian.exitCode == 0, qPrintable(described(lintian)));
}

void TestPackage::desktopEntryAndMetainfoAreValid()
{
    const Tool desktop = runTool(QStringLiteral("desktop-file-validate"),
                                 {installed(QStringLiteral("usr/share/applications/%1.desktop").arg(AppId))});
    QVERIFY2(desktop.exitCode == 0 && desktop.out.isEmpty(), qPrintable(described(desktop)));
    const QString metainfo = installed(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(AppId));
    const Tool appstream
        = runTool(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    QVERIFY2(appstream.exitCode == 0, qPrintable(described(appstream)));
    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    QVERIFY2(xml.contains(QStringLiteral("<release version=\"%1\"").arg(Version)), "no release note for this version");
    QVERIFY(!xml.contains(QLatin1Char('@'))); // every placeholder was filled in
    // Each screenshot it names is one the tour made.
    const QRegularExpression image(QStringLiteral("<image>[^<]*/([^/<]+\\.png)</image>"));
    int screenshots = 0;
    for (const QRegularExpressionMatch &m : image.globalMatch(xml)) {
        ++screenshots;
        QVERIFY2(QFile::exists(QStringLiteral(TW_SOURCE_DIR "/resources/screenshots/") + m.captured(1)),
                 qPrintable(m.captured(1)));
    }
    QVERIFY(screenshots >= 3);
}

void TestPackage::manPagesRenderWithoutWarnings()
{
    for (const QString &exe : Executables) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        const Tool man = runTool(QStringLiteral("man"),
                                 {QStringLiteral("--warnings"), QStringLiteral("-l"), QStringLiteral("-Tutf8"),
                                  installed(QStringLiteral("usr/share/man/man1/%1.1.gz").arg(exe))},
                                 env);
        QVERIFY2(man.exitCode == 0 && man.err.isEmpty(), qPrintable(exe + QLatin1Char(' ') + described(man)));
        QVERIFY2(man.out.contains(QStringLiteral("Trunk Wizard %1").arg(Version)), qPrintable(exe));
    }
}

void TestPackage::tarballHoldsTheSameFiles()
{
    const Tool tar = runTool(QStringLiteral("tar"), {QStringLiteral("-tzf"), m_tgz});
    QCOMPARE(tar.exitCode, 0);
    QStringList files;
    for (const QString &line : tar.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.endsWith(QLatin1Char('/')))
            files << QStringLiteral("usr/") + line.section(QLatin1Char('/'), 1);
    files.sort();
    QStringList debFiles = m_debFiles;
    debFiles.sort();
    QCOMPARE(files, debFiles);
}

void TestPackage::installedExecutablesAnswerHelpAndVersion()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the installed app must not need a display for these
    env.remove(QStringLiteral("DISPLAY"));
    for (const QString &exe : Executables) {
        const QString path = installed(QStringLiteral("usr/bin/") + exe);
        const Tool version = runTool(path, {QStringLiteral("--version")}, env, 30000);
        QVERIFY2(version.exitCode == 0, qPrintable(exe + QLatin1Char(' ') + described(version)));
        QCOMPARE(version.out.trimmed(), exe + QLatin1Char(' ') + Version);
        const Tool help = runTool(path, {QStringLiteral("--help")}, env, 30000);
        QVERIFY2(help.exitCode == 0 && help.out.contains(QLatin1String("--help")),
                 qPrintable(exe + QLatin1Char(' ') + described(help)));
    }
}

void TestPackage::installedCliRunsASandboxSetup()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite with packaging/dev.sh test.");
    const QString demo = QStringLiteral("demo.cloudonix.net");
    qputenv("TW_TEST_BIN_DIR", installed(QStringLiteral("usr/bin")).toUtf8());
    auto unset = qScopeGuard([] { qunsetenv("TW_TEST_BIN_DIR"); });
    SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("100/1000")});
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    QVERIFY(SandboxProcess::executable().startsWith(m_root.path()));
    CliSession cli(&sandbox, QStringLiteral("50/1000"));

    CliSession::Run r = cli.run({QStringLiteral("configure"), QStringLiteral("--domain"), demo,
                                 QStringLiteral("--apikey"), QStringLiteral("-")},
                                "XIsandboxcustomerkey00000000000000\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = cli.run({QStringLiteral("service"), QStringLiteral("--provider"), QStringLiteral("vapi"),
                 QStringLiteral("--apikey"), QStringLiteral("-"), QStringLiteral("--domain"), demo,
                 QStringLiteral("--inbound-ip"), QStringLiteral("203.0.113.10")},
                "vapi-sandbox-key-0000-0000-000000000000\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = cli.run({QStringLiteral("addnumber"), QStringLiteral("--domain"), demo, QStringLiteral("--provider"),
                 QStringLiteral("vapi"), QStringLiteral("--number"), QStringLiteral("+12127773456"),
                 QStringLiteral("--assistant"), QStringLiteral("Support bot")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(cli.vapiList("phoneNumbers", QStringLiteral("byo-phone-number")).size(), 1);
    QCOMPARE(cli.vapiList("credentials", QStringLiteral("byo-sip-trunk")).size(), 1);

    r = cli.run({QStringLiteral("report"), QStringLiteral("--domain"), demo, QStringLiteral("--format"),
                 QStringLiteral("md"), QStringLiteral("--output"), QStringLiteral("-")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains(QLatin1String("+12127773456")));
    QVERIFY(!r.all().contains(QLatin1String("vapi-sandbox-key"))); // keys only as fingerprints

    r = cli.run({QStringLiteral("teardown"), QStringLiteral("--domain"), demo, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(cli.vapiList("phoneNumbers", QStringLiteral("byo-phone-number")).size(), 0);
    QCOMPARE(cli.vapiList("credentials", QStringLiteral("byo-sip-trunk")).size(), 0);
    r = cli.run({QStringLiteral("delete"), QStringLiteral("--domain"), demo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all())); // and its key leaves the keychain
}

void TestPackage::installedAppStartsAndPaints()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TRUNKWIZARD_CONFIG_DIR"), m_work.filePath(QStringLiteral("app-config")));
    const Tool app = runTool(installed(QStringLiteral("usr/bin/trunkwizard")),
                             {QStringLiteral("--sandbox"), QStringLiteral("--quit-after-first-frame")}, env, 60000);
    QVERIFY2(app.exitCode == 0, qPrintable(described(app)));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
