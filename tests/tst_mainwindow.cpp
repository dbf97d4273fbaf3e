#include "common/MessageBanner.h"
#include "common/SandboxBanner.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DomainListModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SettingsDialog.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersionNeedNoDisplay();
    void listsConfiguredDomains();
    void damagedSettingsShowABannerNotACrash();
    void sandboxModeShowsAPermanentBanner();
    void settingsTrustAPrivateCaOrSayWhyNot();
};

void TestMainWindow::listsConfiguredDomains()
{
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    AppConfig config;
    DomainRecord d;
    d.domain = QStringLiteral("acme.cloudonix.net");
    d.vapiCredentialId = QStringLiteral("cred-1");
    NumberRecord number;
    number.number = QStringLiteral("+12127773456");
    d.numbers << number;
    config.domains << d;
    QCOMPARE(store.save(config), QString());

    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DomainListModel *list = window.dashboard()->domains();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0).data(DomainListModel::DomainRole).toString(), QStringLiteral("acme.cloudonix.net"));
    QCOMPARE(window.dashboard()->currentDomain(), QStringLiteral("acme.cloudonix.net"));
    bool trunkShown = false; // the selected domain's stored trunk, before any live read
    for (QLabel *l : window.findChildren<QLabel *>())
        trunkShown |= l->text().contains(QLatin1String("cred-1"));
    QVERIFY(trunkShown);
    QVERIFY(window.banner()->isHidden());

    // A run (or the CLI's commands in this process) saves: the list follows without a restart.
    DomainRecord other;
    other.domain = QStringLiteral("beta.cloudonix.net");
    config.domains << other;
    QCOMPARE(store.save(config), QString());
    QTRY_COMPARE(list->rowCount(), 2);
    QCOMPARE(list->index(1).data(DomainListModel::DomainRole).toString(), QStringLiteral("beta.cloudonix.net"));
}

void TestMainWindow::damagedSettingsShowABannerNotACrash()
{
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    QFile f(store.filePath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    // The app reads its settings (language, appearance) before the window: that load sets the
    // file aside, and the window must still say so.
    QCOMPARE(store.load().status, ConfigStore::LoadStatus::RecoveredFromCorrupt);

    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.banner()->isVisible());
    QCOMPARE(window.banner()->level(), MessageBanner::Level::Warning);
    QVERIFY(window.banner()->text().contains(QLatin1String("damaged")));
    QCOMPARE(window.dashboard()->domains()->rowCount(), 0);
    bool said = false;
    for (QLabel *l : window.findChildren<QLabel *>())
        said |= l->text() == QLatin1String("No domain is configured yet.");
    QVERIFY(said);
}

void TestMainWindow::sandboxModeShowsAPermanentBanner()
{
    QTemporaryDir dir;
    ConfigStore store(dir.path());
    MainWindow window(&store);
    window.setSandboxMode(QStringLiteral("http://127.0.0.1:1234"));
    window.setSandboxMode(QStringLiteral("http://127.0.0.1:1234")); // once is enough
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto banners = window.findChildren<SandboxBanner *>();
    QCOMPARE(banners.size(), 1);
    QVERIFY(banners.first()->isVisible());
    QVERIFY(banners.first()->text().contains(QLatin1String("nothing is sent to Cloudonix or Vapi")));
    QVERIFY(window.windowTitle().contains(QLatin1String("Sandbox")));
    if (qEnvironmentVariableIsSet("TW_SCREENSHOT_DIR"))
        window.grab().save(qEnvironmentVariable("TW_SCREENSHOT_DIR") + QStringLiteral("/mainwindow-sandbox.png"));
}

// The GUI's --ca-file: a file without a certificate is refused with the dialog open and
// nothing saved; a real one is saved, applied to the clients at once, and read back next time.
void TestMainWindow::settingsTrustAPrivateCaOrSayWhyNot()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    CoreContext::Setup setup;
    setup.configDir = dir.filePath(QStringLiteral("config"));
    setup.cacheDir = dir.filePath(QStringLiteral("cache"));
    setup.secrets = &secrets;
    auto core = std::make_unique<CoreContext>(setup);
    MainWindow window(core->store(), core.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.settingsButton(), Qt::LeftButton);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());

    dialog->caFileEdit()->setText(QStringLiteral(TW_FIXTURES "/tls/README.md"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->banner()->isVisible());
    QVERIFY(dialog->banner()->text().contains(QLatin1String("holds no certificate")));
    QVERIFY(core->store()->load().config.settings.caFile.isEmpty());
    QVERIFY(core->options().extraCaCertificates.isEmpty());
    if (qEnvironmentVariableIsSet("TW_SCREENSHOT_DIR")) {
        QTest::qWait(50); // the layout takes the banner in on the next turn of the event loop
        dialog->grab().save(qEnvironmentVariable("TW_SCREENSHOT_DIR") + QStringLiteral("/settings-refused.png"));
    }

    const QString ca = QStringLiteral(TW_FIXTURES "/tls/test-only-localhost.crt");
    dialog->caFileEdit()->setText(ca);
    dialog->accept();
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());
    QCOMPARE(core->store()->load().config.settings.caFile, ca);
    QCOMPARE(core->options().extraCaCertificates.size(), 1);
    QVERIFY(window.banner()->text().contains(QLatin1String("is trusted from now on")));

    // The next start reads the setting and trusts the same CA.
    window.close();
    core = std::make_unique<CoreContext>(setup);
    QVERIFY(core->caError().isEmpty());
    QCOMPARE(core->options().extraCaCertificates.size(), 1);
}

void TestMainWindow::helpAndVersionNeedNoDisplay()
{
    // On a server or over ssh: no display, no platform chosen. Qt would abort building a window.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    const auto run = [&env](const QString &option) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/trunkwizard"), {option});
        p.waitForFinished(10000);
        return std::make_pair(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                              QString::fromUtf8(p.readAllStandardOutput()));
    };
    const auto help = run(QStringLiteral("--help"));
    QCOMPARE(help.first, 0);
    QVERIFY2(help.second.contains(QLatin1String("--sandbox")) && help.second.contains(QLatin1String("trunkwizard-cli")),
             qPrintable(help.second));
    QVERIFY(!help.second.contains(QLatin1String("quit-after-first-frame"))); // a benchmark's switch
    const auto version = run(QStringLiteral("--version"));
    QCOMPARE(version.first, 0);
    QCOMPARE(version.second.trimmed(), QStringLiteral("trunkwizard " TW_VERSION));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
