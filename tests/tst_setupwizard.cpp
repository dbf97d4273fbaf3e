#include "common/GlossaryDialog.h"
#include "common/MessageBanner.h"
#include "common/SecretLineEdit.h"
#include "core/CoreContext.h"
#include "core/Translations.h"
#include "provisioning/StaticHostResolver.h"
#include "sandbox/SandboxScenario.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"
#include "support/SecretScan.h"
#include "support/ui/AccessibilityAudit.h"
#include "support/ui/ActiveWindow.h"
#include "wizard/ApplyPage.h"
#include "wizard/CloudonixAccountPage.h"
#include "wizard/FinishPage.h"
#include "wizard/NumberTableModel.h"
#include "wizard/NumbersPage.h"
#include "wizard/SetupWizard.h"
#include "wizard/SipCheckRow.h"
#include "wizard/TrunkPage.h"
#include "wizard/VapiAccountPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// The setup wizard driven with key and mouse events against the trunkwizard-sandbox process;
// what it made is read from the sandbox's admin endpoint.
using namespace tw;
using namespace tw::test;

namespace {
const QString Demo = QStringLiteral("demo.cloudonix.net");

// A wizard on its own core, config folder and in-memory keychain, against one sandbox process.
struct Harness
{
    explicit Harness(const QStringList &sandboxArguments = {})
        : sandbox(QStringList {QStringLiteral("--rate-limit"), QStringLiteral("10/1000")} + sandboxArguments)
    {
        resolver.setFallback({QStringLiteral("198.51.100.10")});
        CoreContext::Setup setup;
        setup.configDir = dir.filePath(QStringLiteral("config"));
        setup.cacheDir = dir.filePath(QStringLiteral("cache"));
        setup.secrets = &secrets;
        setup.resolver = &resolver;
        setup.cloudonixUrl = QUrl(sandbox.cloudonixUrl());
        setup.vapiUrl = QUrl(sandbox.vapiUrl());
        ClientOptions options;
        options.timeout = std::chrono::milliseconds(3000);
        options.pacingRequests = 8; // the sandbox allows 10 per second
        options.pacingWindow = std::chrono::milliseconds(1100);
        setup.options = options;
        // The trunk page's SIP check asks the sandbox's SIP port, on timers 50 times the RFC's.
        setup.sipRedirect = sandbox.sipEndpoint();
        setup.sipTimers = SipTimers::scaled(std::chrono::milliseconds(10));
        core = std::make_unique<CoreContext>(setup);
        wizard = std::make_unique<SetupWizard>(core.get(), false);
        wizard->show();
    }

    QJsonObject state() { return http.get(sandbox.adminUrl() + QStringLiteral("/state")).object(); }
    QList<QJsonObject> vapi(const char *list, const QString &provider)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v :
             state().value(QStringLiteral("vapi")).toObject().value(QLatin1String(list)).toArray())
            if (v.toObject().value(QStringLiteral("provider")).toString() == provider)
                out << v.toObject();
        return out;
    }
    bool fault(const QString &spec)
    {
        return http.send("POST", sandbox.adminUrl() + QStringLiteral("/faults"), {},
                         QJsonObject {{QStringLiteral("spec"), spec}})
                   .status
            == 201;
    }
    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
    QAbstractButton *commit() const { return wizard->button(QWizard::CommitButton); }
    SetupWizard::PageId page() const { return SetupWizard::PageId(wizard->currentId()); }

    SandboxProcess sandbox;
    QTemporaryDir dir;
    MemorySecretStore secrets;
    StaticHostResolver resolver;
    std::unique_ptr<CoreContext> core;
    std::unique_ptr<SetupWizard> wizard;
    HttpProbe http;
};

void typeInto(QWidget *field, const QString &text)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->clear();
    QTest::keyClicks(field, text);
}

// Welcome → Cloudonix → Vapi, both verified, by clicks and typing.
bool throughAccounts(Harness &h, const QString &cloudonixKey)
{
    QTest::mouseClick(h.next(), Qt::LeftButton);
    auto *cloudonix = qobject_cast<CloudonixAccountPage *>(h.wizard->currentPage());
    if (!cloudonix)
        return false;
    typeInto(cloudonix->domainEdit(), Demo);
    typeInto(cloudonix->keyEdit(), cloudonixKey);
    QTest::mouseClick(cloudonix->verifyButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return cloudonix->isComplete() || cloudonix->banner()->isVisible(); }, 15000)
        || !cloudonix->isComplete())
        return false;
    QTest::mouseClick(h.next(), Qt::LeftButton);
    auto *vapi = qobject_cast<VapiAccountPage *>(h.wizard->currentPage());
    typeInto(vapi->keyEdit(), SandboxScenario::builtIn().vapiKey());
    QTest::mouseClick(vapi->verifyButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return vapi->isComplete(); }, 15000);
}

// SIP trunk (defaults, one inbound gateway) → Routing → Numbers with two numbers → Review.
bool throughToReview(Harness &h)
{
    QTest::mouseClick(h.next(), Qt::LeftButton); // SIP trunk
    auto *inbound = h.wizard->currentPage()->findChild<QPlainTextEdit *>();
    inbound->setPlainText(QStringLiteral("203.0.113.10"));
    QTest::mouseClick(h.next(), Qt::LeftButton); // Routing
    QTest::mouseClick(h.next(), Qt::LeftButton); // Numbers
    auto *numbers = qobject_cast<NumbersPage *>(h.wizard->currentPage());
    QTest::keyClicks(numbers->input(), QStringLiteral("+1 212 777 3456"));
    QTest::keyClick(numbers->input(), Qt::Key_Return);
    QTest::keyClicks(numbers->input(), QStringLiteral("+12127773457"));
    QTest::mouseClick(numbers->addButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return numbers->isComplete() && numbers->model()->rowCount() == 2; }, 5000))
        return false;
    QTest::mouseClick(h.next(), Qt::LeftButton); // Review: the plan is read
    return QTest::qWaitFor([&] { return h.wizard->currentPage()->isComplete(); }, 15000);
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void clickThroughSetsUpEverything();
    void failedVerifyShowsTheBannerAndKeepsNextDisabled();
    void editingAVerifiedInputAsksForVerifyAgain();
    void pagesValidateWhatIsTyped();
    void trunkPageChecksTheGatewayOverSip();
    void faultDuringApplyIsShownAndNothingIsLeft();
    void cancelDuringApplyLeavesNothing();
    void retryAfterAFailureKeepsWhatWasMadeAndConverges();
    void numbersAreCheckedWithoutFreezing();
    void closingMidwayCanBeContinued();
    void importingCxVccFillsTheFormAndTheKeychain();
    void aConfiguredDomainOpensPrefilledWithNothingToChange();
    void keyboardAloneCompletesTheFlow();
    void everyInteractiveWidgetHasAnAccessibleName();
    void noPageHasTheSameMnemonicTwice_data();
    void noPageHasTheSameMnemonicTwice();
    void speaksTheChosenLanguage();
    void helpOpensTheGlossaryOnEveryPage();
};

namespace {
QByteArray g_logged; // every message logged during the audited flow
void keepMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logged += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}
} // namespace

void TestSetupWizard::trunkPageChecksTheGatewayOverSip()
{
    Harness h;
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QTest::mouseClick(h.next(), Qt::LeftButton);
    auto *trunk = qobject_cast<TrunkPage *>(h.wizard->currentPage());
    QVERIFY(trunk);
    SipCheckRow *check = trunk->sipCheck();
    check->setPause(std::chrono::milliseconds(0));
    // Entered: the gateway is checked on its own, shown as a check, never blocking Next.
    QVERIFY(QTest::qWaitFor([&] { return !check->isChecking(); }, 10000));
    QVERIFY2(check->statusText().startsWith(QStringLiteral("✓ The gateway answers SIP")),
             qPrintable(check->statusText()));
    QVERIFY(h.next()->isEnabled());

    // The gateway fails (503): a warning with the reason, and Next stays enabled.
    QCOMPARE(h.http
                 .send("POST", h.sandbox.adminUrl() + QStringLiteral("/sip"), {},
                       QJsonObject {{QStringLiteral("spec"), QStringLiteral("503")}})
                 .status,
             201);
    QTest::mouseClick(check->button(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !check->isChecking(); }, 10000));
    QVERIFY2(check->statusText().startsWith(QStringLiteral("⚠ ")) && check->statusText().contains(QLatin1String("503")),
             qPrintable(check->statusText()));
    QVERIFY(h.next()->isEnabled());

    // Another port and transport: checked again as Vapi would reach it.
    auto *port = trunk->findChild<QSpinBox *>();
    port->setValue(5070);
    QVERIFY(check->isChecking());
    QVERIFY(QTest::qWaitFor([&] { return !check->isChecking(); }, 10000));
    const QJsonObject sip = h.http.get(h.sandbox.adminUrl() + QStringLiteral("/sip")).object();
    QVERIFY(sip.value(QStringLiteral("received")).toInt() >= 3);
    QVERIFY2(check->statusText().contains(QLatin1String(":5070 over UDP")), qPrintable(check->statusText()));

    // Back while a check waits: nothing keeps asking.
    port->setValue(5080);
    QTest::mouseClick(h.wizard->button(QWizard::BackButton), Qt::LeftButton);
    QVERIFY(!check->isChecking());
}

void TestSetupWizard::clickThroughSetsUpEverything()
{
    // The secrets audit of the GUI flow: verbose API logging on, every message kept, and at
    // the end the logs and every file written searched for the keys (see tst_secretsaudit).
    QLoggingCategory::setFilterRules(QStringLiteral("tw.api.debug=true"));
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    auto restore = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    });
    Harness h;
    QVERIFY(h.sandbox.isRunning());
    QCOMPARE(h.page(), SetupWizard::PageId::Welcome);
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QVERIFY(throughToReview(h));
    QCOMPARE(h.vapi("credentials", QStringLiteral("byo-sip-trunk")).size(), 0); // nothing before Apply
    QTest::mouseClick(h.commit(), Qt::LeftButton);
    QCOMPARE(h.page(), SetupWizard::PageId::Apply);
    auto *apply = qobject_cast<ApplyPage *>(h.wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(apply->isComplete(), 20000);

    const QList<QJsonObject> trunks = h.vapi("credentials", QStringLiteral("byo-sip-trunk"));
    QCOMPARE(trunks.size(), 1);
    QCOMPARE(trunks.first().value(QStringLiteral("name")).toString(), QStringLiteral("Cloudonix demo.cloudonix.net"));
    const QList<QJsonObject> numbers = h.vapi("phoneNumbers", QStringLiteral("byo-phone-number"));
    QCOMPARE(numbers.size(), 2);
    for (const QJsonObject &n : numbers) {
        QCOMPARE(n.value(QStringLiteral("credentialId")), trunks.first().value(QStringLiteral("id")));
        QVERIFY(!n.value(QStringLiteral("assistantId")).toString().isEmpty());
    }
    for (const QJsonValue &d :
         h.state().value(QStringLiteral("cloudonix")).toObject().value(QStringLiteral("domains")).toArray()) {
        if (d.toObject().value(QStringLiteral("domain")).toString() != Demo)
            continue;
        const QJsonObject profile = d.toObject().value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("allowed-border")).toBool(), true);
        QCOMPARE(profile.value(QStringLiteral("redirect-unknown-to-border")).toBool(), true);
    }

    // The last page: a test call through the new trunk, explained.
    QTest::mouseClick(h.next(), Qt::LeftButton);
    auto *finish = qobject_cast<FinishPage *>(h.wizard->currentPage());
    QVERIFY(finish);
    QTest::keyClicks(finish->toEdit(), QStringLiteral("+1 212 555 0100"));
    QTest::mouseClick(finish->callButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finish->banner()->isVisible() && finish->callButton()->isEnabled(), 20000);
    QCOMPARE(finish->banner()->level(), MessageBanner::Level::Positive);

    const SecretScan scan({SandboxScenario::builtIn().cloudonixCustomerKey(), SandboxScenario::builtIn().vapiKey()});
    QStringList hits = scan.findIn(g_logged, QStringLiteral("log"));
    hits << scan.findInTree(h.dir.path());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    QVERIFY(scan.filesScanned() >= 2); // the settings and the records database at least
    QVERIFY(g_logged.contains("tw.api")); // the requests were logged, and searched
}

void TestSetupWizard::failedVerifyShowsTheBannerAndKeepsNextDisabled()
{
    Harness h;
    QTest::mouseClick(h.next(), Qt::LeftButton);
    auto *page = qobject_cast<CloudonixAccountPage *>(h.wizard->currentPage());
    typeInto(page->domainEdit(), Demo);
    typeInto(page->keyEdit(), QStringLiteral("XIwrongkey00000000000000000000000"));
    QVERIFY(!h.next()->isEnabled());
    QTest::mouseClick(page->verifyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->banner()->isVisible(), 10000);
    QCOMPARE(page->banner()->level(), MessageBanner::Level::Error);
    QVERIFY2(page->banner()->text().contains(QLatin1String("Cloudonix")), qPrintable(page->banner()->text()));
    QVERIFY(!page->banner()->details().isEmpty()); // status and endpoint for support
    QVERIFY(!page->banner()->details().contains(QLatin1String("XIwrongkey"))); // never the key
    QVERIFY(!h.next()->isEnabled());
    QCOMPARE(h.page(), SetupWizard::PageId::Cloudonix);
}

void TestSetupWizard::editingAVerifiedInputAsksForVerifyAgain()
{
    Harness h;
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QTest::mouseClick(h.wizard->button(QWizard::BackButton), Qt::LeftButton);
    auto *page = qobject_cast<CloudonixAccountPage *>(h.wizard->currentPage());
    QVERIFY(page);
    QVERIFY(page->isComplete()); // Back keeps what was verified
    QVERIFY(h.next()->isEnabled());
    QTest::keyClick(page->keyEdit(), Qt::Key_Backspace);
    QVERIFY(!page->isComplete());
    QVERIFY(!h.next()->isEnabled());
}

void TestSetupWizard::pagesValidateWhatIsTyped()
{
    Harness h;
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QTest::mouseClick(h.next(), Qt::LeftButton); // SIP trunk
    QWizardPage *trunk = h.wizard->currentPage();
    QLineEdit *gateway = nullptr;
    for (QLineEdit *e : trunk->findChildren<QLineEdit *>())
        if (e->accessibleName() == QLatin1String("Gateway IP address / FQDN"))
            gateway = e;
    QVERIFY(gateway && h.next()->isEnabled());
    typeInto(gateway, QStringLiteral("not a host!"));
    QVERIFY(!h.next()->isEnabled());
    typeInto(gateway, QStringLiteral("sip.example.com"));
    QVERIFY(h.next()->isEnabled());
    auto *inbound = trunk->findChild<QPlainTextEdit *>();
    inbound->setPlainText(QStringLiteral("203.0.113.10\nsip.example.com"));
    QVERIFY(!h.next()->isEnabled()); // inbound gateways are IPv4 only
    bool said = false;
    for (QLabel *l : trunk->findChildren<QLabel *>())
        said |= l->isVisible() && l->text().contains(QLatin1String("Line 2"));
    QVERIFY(said);
    inbound->setPlainText(QStringLiteral("203.0.113.10"));
    QVERIFY(h.next()->isEnabled());
    for (QCheckBox *box : trunk->findChildren<QCheckBox *>())
        if (box->accessibleName().startsWith(QLatin1String("Allow")))
            box->setChecked(false);
    QVERIFY(!h.next()->isEnabled()); // neither direction
    for (QCheckBox *box : trunk->findChildren<QCheckBox *>())
        if (box->accessibleName().startsWith(QLatin1String("Allow")))
            box->setChecked(true);

    QTest::mouseClick(h.next(), Qt::LeftButton); // Routing
    QWizardPage *routing = h.wizard->currentPage();
    QLineEdit *url = nullptr;
    QLineEdit *carrierHost = nullptr;
    QPushButton *addCarrier = nullptr;
    for (QLineEdit *e : routing->findChildren<QLineEdit *>()) {
        if (e->accessibleName() == QLatin1String("CXML application URL"))
            url = e;
        if (e->accessibleName() == QLatin1String("Carrier host"))
            carrierHost = e;
    }
    for (QPushButton *b : routing->findChildren<QPushButton *>())
        if (b->accessibleName() == QLatin1String("Add carrier trunk"))
            addCarrier = b;
    QVERIFY(url && carrierHost && addCarrier);
    typeInto(url, QStringLiteral("ftp://x"));
    QVERIFY(!h.next()->isEnabled());
    typeInto(url, QStringLiteral("https://cxml.example.com/vapi"));
    QVERIFY(h.next()->isEnabled());
    QTest::mouseClick(addCarrier, Qt::LeftButton); // no name, no host: refused with the reason
    bool refused = false;
    for (QLabel *l : routing->findChildren<QLabel *>())
        refused |= l->isVisible() && l->text().contains(QLatin1String("needs a name"));
    QVERIFY(refused);
}

void TestSetupWizard::faultDuringApplyIsShownAndNothingIsLeft()
{
    Harness h;
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QVERIFY(throughToReview(h));
    QVERIFY(h.fault(QStringLiteral("POST /vapi/phone-number=500x100")));
    QTest::mouseClick(h.commit(), Qt::LeftButton);
    auto *apply = qobject_cast<ApplyPage *>(h.wizard->currentPage());
    // The run stops and asks; what it made is still there until the admin chooses.
    QTRY_VERIFY_WITH_TIMEOUT(apply->rollBackButton()->isVisible(), 20000);
    QCOMPARE(apply->banner()->level(), MessageBanner::Level::Error);
    QVERIFY2(apply->banner()->text().contains(QLatin1String("Vapi")), qPrintable(apply->banner()->text()));
    QVERIFY(apply->banner()->details().contains(QLatin1String("500")));
    QVERIFY(apply->retryButton()->isVisible());
    QVERIFY(!h.next()->isEnabled());
    QCOMPARE(h.vapi("credentials", QStringLiteral("byo-sip-trunk")).size(), 1);
    QTest::mouseClick(apply->rollBackButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!apply->isRunning() && apply->retryButton()->isVisible(), 20000);
    // What the run made was taken back.
    QCOMPARE(h.vapi("credentials", QStringLiteral("byo-sip-trunk")).size(), 0);
    QCOMPARE(h.vapi("phoneNumbers", QStringLiteral("byo-phone-number")).size(), 0);

    // The fault gone, Retry plans again from what is there and completes.
    QCOMPARE(h.http.send("DELETE", h.sandbox.adminUrl() + QStringLiteral("/faults")).status, 204);
    QTest::mouseClick(apply->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(apply->isComplete(), 20000);
    QCOMPARE(h.vapi("credentials", QStringLiteral("byo-sip-trunk")).size(), 1);
    QCOMPARE(h.vapi("phoneNumbers", QStringLiteral("byo-phone-number")).size(), 2);
}

void TestSetupWizard::retryAfterAFailureKeepsWhatWasMadeAndConverges()
{
    Harness h;
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QVERIFY(throughToReview(h));
    QVERIFY(h.fault(QStringLiteral("POST /vapi/phone-number=503x1")));
    QVERIFY(h.fault(QStringLiteral("POST /vapi/phone-number=500x1")));
    QTest::mouseClick(h.commit(), Qt::LeftButton);
    auto *apply = qobject_cast<ApplyPage *>(h.wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(apply->retryButton()->isVisible(), 20000);
    QTest::mouseClick(apply->retryButton(), Qt::LeftButton); // keep, plan again from there, run
    QTRY_VERIFY_WITH_TIMEOUT(apply->isComplete(), 20000);
    // Nothing twice: one trunk, each number once.
    QCOMPARE(h.vapi("credentials", QStringLiteral("byo-sip-trunk")).size(), 1);
    QCOMPARE(h.vapi("phoneNumbers", QStringLiteral("byo-phone-number")).size(), 2);
}

void TestSetupWizard::cancelDuringApplyLeavesNothing()
{
    Harness h({QStringLiteral("--latency"), QStringLiteral("150")});
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QVERIFY(throughToReview(h));
    QTest::mouseClick(h.commit(), Qt::LeftButton);
    auto *apply = qobject_cast<ApplyPage *>(h.wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(apply->model()->rowCount() > 0 && apply->isRunning(), 5000);
    QTest::mouseClick(apply->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!apply->isRunning(), 20000);
    QVERIFY(!apply->isComplete());
    QCOMPARE(apply->banner()->level(), MessageBanner::Level::Warning);
    QCOMPARE(h.vapi("credentials", QStringLiteral("byo-sip-trunk")).size(), 0);
    QCOMPARE(h.vapi("phoneNumbers", QStringLiteral("byo-phone-number")).size(), 0);
}

void TestSetupWizard::numbersAreCheckedWithoutFreezing()
{
    // 5,000 pasted lines are checked a slice per event-loop turn: the loop keeps turning.
    NumberTableModel model;
    model.setDefaultRegion(QStringLiteral("US"));
    QString lines;
    for (int i = 0; i < 5000; ++i)
        lines += QStringLiteral("(212) 555-%1\n").arg(1000 + i % 9000, 4, 10, QLatin1Char('0'));
    lines += QStringLiteral("not a number\n");
    int turns = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&turns] { ++turns; });
    ticker.start(0);
    model.appendLines(lines);
    QCOMPARE(model.rowCount(), 5001);
    QVERIFY(model.isChecking());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isChecking(), 20000);
    QVERIFY2(turns >= 5000 / NumberTableModel::SliceSize, qPrintable(QString::number(turns)));
    QCOMPARE(model.invalidCount(), 1);
    QCOMPARE(model.desiredNumbers().size(), 5000);
    QCOMPARE(model.desiredNumbers().first().number, QStringLiteral("+12125551000")); // stored in E.164
    QCOMPARE(model.index(0, NumberTableModel::NumberColumn).data().toString(),
             QStringLiteral("+1 212-555-1000")); // shown as people read it
    QVERIFY(model.index(5000, NumberTableModel::StatusColumn).data().toString().contains(QLatin1String("not")));
}

void TestSetupWizard::importingCxVccFillsTheFormAndTheKeychain()
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toLocal8Bit());
    const auto restoreHome = qScopeGuard([&oldHome] { qputenv("HOME", oldHome); });
    QDir().mkpath(home.filePath(QStringLiteral(".cx-vcc")));
    QVERIFY(QFile::copy(QStringLiteral(TW_FIXTURES "/cxvcc/config.yaml"),
                        home.filePath(QStringLiteral(".cx-vcc/config.yaml"))));
    Harness h;
    QCommandLinkButton *import = nullptr;
    for (QCommandLinkButton *b : h.wizard->currentPage()->findChildren<QCommandLinkButton *>())
        if (b->text() == QLatin1String("Import my cx-vcc setup"))
            import = b;
    QVERIFY(import && import->isVisible());
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(h.page(), SetupWizard::PageId::Cloudonix, 5000);
    auto *page = qobject_cast<CloudonixAccountPage *>(h.wizard->currentPage());
    QTRY_COMPARE(page->keyEdit()->secret(), QStringLiteral("XIcxguideFakeKey0123456789abcdefAB"));
    QCOMPARE(page->domainEdit()->text(), QStringLiteral("cxguide.cloudonix.net"));
    // The keys moved into the keychain; the YAML file is left as it was.
    QString stored;
    h.secrets.read(SecretStore::vapiAccount(QStringLiteral("us")), &h.secrets,
                   [&stored](const QString &secret, const SecretError &) { stored = secret; });
    QTRY_COMPARE(stored, QStringLiteral("aeacbbaa-1111-4222-8333-444455556666"));
    QVERIFY(QFile::exists(home.filePath(QStringLiteral(".cx-vcc/config.yaml"))));
}

void TestSetupWizard::closingMidwayCanBeContinued()
{
    Harness h;
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QTest::mouseClick(h.next(), Qt::LeftButton); // SIP trunk
    auto *name = h.wizard->currentPage()->findChild<QLineEdit *>();
    typeInto(name, QStringLiteral("Cloudonix resumed"));
    QTest::mouseClick(h.next(), Qt::LeftButton); // Routing: the draft is kept from here
    QCOMPARE(h.page(), SetupWizard::PageId::Routing);
    h.wizard.reset(); // the window is closed

    h.wizard = std::make_unique<SetupWizard>(h.core.get(), false);
    h.wizard->show();
    QCommandLinkButton *resume = nullptr;
    for (QCommandLinkButton *b : h.wizard->currentPage()->findChildren<QCommandLinkButton *>())
        if (b->text().startsWith(QLatin1String("Continue setting up demo.cloudonix.net")))
            resume = b;
    QVERIFY(resume && resume->isVisible());
    QTest::mouseClick(resume, Qt::LeftButton);
    // The keys come back from the keychain and the domain is verified again on its own.
    QTRY_VERIFY_WITH_TIMEOUT(h.page() == SetupWizard::PageId::Cloudonix && h.wizard->currentPage()->isComplete(),
                             10000);
    QTest::mouseClick(h.next(), Qt::LeftButton);
    auto *vapi = qobject_cast<VapiAccountPage *>(h.wizard->currentPage());
    QVERIFY(!vapi->keyEdit()->secret().isEmpty());
    QTest::mouseClick(vapi->verifyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(vapi->isComplete(), 10000);
    QTest::mouseClick(h.next(), Qt::LeftButton);
    QCOMPARE(h.wizard->currentPage()->findChild<QLineEdit *>()->text(), QStringLiteral("Cloudonix resumed"));
}

void TestSetupWizard::aConfiguredDomainOpensPrefilledWithNothingToChange()
{
    Harness h;
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QVERIFY(throughToReview(h));
    QTest::mouseClick(h.commit(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.wizard->currentPage()->isComplete(), 20000);

    h.wizard = std::make_unique<SetupWizard>(h.core.get(), false);
    h.wizard->show();
    h.wizard->startFor(Demo);
    // Keys from the keychain, the domain verified again on its own.
    QTRY_VERIFY_WITH_TIMEOUT(h.page() == SetupWizard::PageId::Cloudonix && h.wizard->currentPage()->isComplete(),
                             10000);
    QTest::mouseClick(h.next(), Qt::LeftButton);
    auto *vapi = qobject_cast<VapiAccountPage *>(h.wizard->currentPage());
    QTest::mouseClick(vapi->verifyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(vapi->isComplete(), 10000);
    for (int i = 0; i < 3; ++i) // SIP trunk, Routing, Numbers: as stored
        QTest::mouseClick(h.next(), Qt::LeftButton);
    auto *numbers = qobject_cast<NumbersPage *>(h.wizard->currentPage());
    QVERIFY(numbers);
    QTRY_COMPARE(numbers->model()->desiredNumbers().size(), 2);
    QTest::mouseClick(h.next(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.wizard->currentPage()->isComplete(), 10000);
    bool nothing = false;
    for (QLabel *l : h.wizard->currentPage()->findChildren<QLabel *>())
        nothing |= l->text().contains(QLatin1String("Everything is already as wanted"));
    QVERIFY(nothing);
}

void TestSetupWizard::keyboardAloneCompletesTheFlow()
{
    Harness h;
    h.wizard->activateWindow();
    h.wizard->windowHandle()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(h.wizard->windowHandle()));
    auto key = [](int k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(k), m);
    };
    auto type = [](const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); };
    auto nextPage = [&h](SetupWizard::PageId expected) {
        // Through the window, as the platform delivers keys: mnemonics are shortcuts.
        QTest::keyClick(h.wizard->windowHandle(), Qt::Key_N, Qt::AltModifier); // "&Next"
        return QTest::qWaitFor([&] { return h.page() == expected; }, 2000); // a mnemonic animates the click
    };
    QVERIFY(nextPage(SetupWizard::PageId::Cloudonix));
    auto *cloudonix = qobject_cast<CloudonixAccountPage *>(h.wizard->currentPage());
    cloudonix->domainEdit()->setFocus(); // where the page's tab order starts
    type(Demo);
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), cloudonix->keyEdit());
    type(SandboxScenario::builtIn().cloudonixCustomerKey());
    key(Qt::Key_Return); // Enter in the key field verifies
    QTRY_VERIFY_WITH_TIMEOUT(cloudonix->isComplete(), 10000);
    QVERIFY(nextPage(SetupWizard::PageId::Vapi));
    auto *vapi = qobject_cast<VapiAccountPage *>(h.wizard->currentPage());
    vapi->keyEdit()->setFocus();
    type(SandboxScenario::builtIn().vapiKey());
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(vapi->isComplete(), 10000);
    QVERIFY(nextPage(SetupWizard::PageId::Trunk));
    h.wizard->currentPage()->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("203.0.113.10"));
    QVERIFY(nextPage(SetupWizard::PageId::Routing));
    QVERIFY(nextPage(SetupWizard::PageId::Numbers));
    auto *numbers = qobject_cast<NumbersPage *>(h.wizard->currentPage());
    numbers->input()->setFocus();
    type(QStringLiteral("+12127773456"));
    QTest::keyClick(h.wizard->windowHandle(), Qt::Key_D, Qt::AltModifier); // "A&dd numbers"
    QTRY_VERIFY_WITH_TIMEOUT(numbers->model()->rowCount() == 1 && numbers->isComplete(), 5000);
    QVERIFY(nextPage(SetupWizard::PageId::Review));
    QTRY_VERIFY_WITH_TIMEOUT(h.wizard->currentPage()->isComplete(), 10000);
    QTest::keyClick(h.wizard->windowHandle(), Qt::Key_A, Qt::AltModifier); // "&Apply"
    QTRY_COMPARE(h.page(), SetupWizard::PageId::Apply);
    QTRY_VERIFY_WITH_TIMEOUT(h.wizard->currentPage()->isComplete(), 20000);
    QVERIFY(nextPage(SetupWizard::PageId::Finish));
    QCOMPARE(h.vapi("credentials", QStringLiteral("byo-sip-trunk")).size(), 1);
    QCOMPARE(h.vapi("phoneNumbers", QStringLiteral("byo-phone-number")).size(), 1);
}

void TestSetupWizard::everyInteractiveWidgetHasAnAccessibleName()
{
    Harness h;
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QStringList missing;
    for (int id : h.wizard->pageIds()) {
        QWizardPage *page = h.wizard->page(id);
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!AccessibilityAudit::isInteractive(w) || qobject_cast<QAbstractItemView *>(w->parentWidget()) != nullptr
                || w->inherits("QComboBoxListView") || w->parentWidget()->inherits("QComboBox")
                || w->parentWidget()->inherits("QAbstractSpinBox")) // parts of a composite widget
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            const QString name = a ? a->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty() || name.contains(QLatin1Char('&')))
                missing << QStringLiteral("%1: %2 %3")
                               .arg(page->title(), QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
    }
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                    QWizard::CancelButton, QWizard::FinishButton})
        if (h.wizard->button(b)->accessibleName().isEmpty())
            missing << QStringLiteral("wizard button %1").arg(int(b));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    // The names are the visible labels without their mnemonic.
    auto *page = qobject_cast<CloudonixAccountPage *>(h.wizard->page(int(SetupWizard::PageId::Cloudonix)));
    QCOMPARE(page->domainEdit()->accessibleName(), QStringLiteral("Domain"));
    QCOMPARE(h.next()->accessibleName(), QStringLiteral("Next"));
    QStringList labels;
    for (QCheckBox *box : h.wizard->page(int(SetupWizard::PageId::Trunk))->findChildren<QCheckBox *>())
        labels << box->accessibleName();
    QVERIFY(labels.contains(QStringLiteral("Allow inbound calls")));
    bool gateway = false;
    for (QLineEdit *edit : h.wizard->page(int(SetupWizard::PageId::Trunk))->findChildren<QLineEdit *>())
        gateway |= edit->accessibleName() == QLatin1String("Gateway IP address / FQDN");
    QVERIFY(gateway);
}

void TestSetupWizard::noPageHasTheSameMnemonicTwice_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestSetupWizard::noPageHasTheSameMnemonicTwice()
{
    // Alt+letter must do one thing in every language: a shared one only moves the focus
    // between its owners. Qt's own buttons (Back, Next) are in the language too.
    QFETCH(QString, language);
    Translations::install(language);
    auto english = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
    Harness h;
    QStringList clashes;
    for (int id : h.wizard->pageIds()) {
        QWizardPage *page = h.wizard->page(id);
        QHash<QKeySequence, QStringList> owners;
        // The buttons the page shows: on the last one Finish takes the place of Back and Next.
        const bool last = h.wizard->pageIds().last() == id;
        for (QWizard::WizardButton b :
             {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::HelpButton})
            if (!last || b == QWizard::HelpButton)
                owners[h.wizard->button(b)->shortcut()] << h.wizard->button(b)->text();
        if (page->isCommitPage())
            owners[QKeySequence::mnemonic(page->buttonText(QWizard::CommitButton))]
                << page->buttonText(QWizard::CommitButton);
        if (last)
            owners[h.wizard->button(QWizard::FinishButton)->shortcut()] << QStringLiteral("Finish");
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
            owners[b->shortcut()] << b->text();
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->buddy())
                owners[QKeySequence::mnemonic(l->text())] << l->text();
        owners.remove(QKeySequence());
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            if (it.value().size() > 1)
                clashes << QStringLiteral("%1: %2 for %3")
                               .arg(page->title(), it.key().toString(), it.value().join(QStringLiteral(", ")));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestSetupWizard::speaksTheChosenLanguage()
{
    // The wizard in German and in Hebrew: its own words, Qt's buttons, and Hebrew right to left.
    auto english = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
    Translations::install(QStringLiteral("de"));
    {
        Harness h;
        QCOMPARE(h.wizard->button(QWizard::HelpButton)->text(), QStringLiteral("&Hilfe"));
        QVERIFY2(h.next()->text().contains(QLatin1String("Weiter")), qPrintable(h.next()->text()));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
        QTest::mouseClick(h.next(), Qt::LeftButton);
        QCOMPARE(h.wizard->currentPage()->title(), QStringLiteral("Den SIP-Trunk einrichten"));
    }
    Translations::install(QStringLiteral("he"));
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    Harness h;
    QCOMPARE(h.wizard->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(h.wizard->button(QWizard::HelpButton)->text(), QStringLiteral("&עזרה"));
    Translations::install(QStringLiteral("en"));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
}

void TestSetupWizard::helpOpensTheGlossaryOnEveryPage()
{
    Harness h;
    QAbstractButton *help = h.wizard->button(QWizard::HelpButton);
    QVERIFY(help && help->isVisible());
    QCOMPARE(help->shortcut(), QKeySequence::mnemonic(help->text())); // Alt+H, and F1 besides
    QVERIFY(test::activate(h.wizard.get()));
    QTest::keyClick(h.wizard.get(), Qt::Key_F1);
    auto *glossary = h.wizard->findChild<GlossaryDialog *>();
    QVERIFY(glossary && glossary->isVisible());
    QCOMPARE(glossary->currentTerm(), Glossary::Term::SipTrunk);
    QVERIFY(glossary->text()->toPlainText().contains(QLatin1String("BYO SIP trunk")));
    QVERIFY(throughAccounts(h, SandboxScenario::builtIn().cloudonixCustomerKey()));
    QTest::mouseClick(help, Qt::LeftButton); // the Vapi page: the same window, another term
    QCOMPARE(h.wizard->findChildren<GlossaryDialog *>().size(), 1);
    QCOMPARE(glossary->currentTerm(), Glossary::Term::Assistant);
    QTest::mouseClick(h.next(), Qt::LeftButton);
    QTest::mouseClick(help, Qt::LeftButton);
    QCOMPARE(glossary->currentTerm(), Glossary::Term::Gateway);
    // Each page has its term, and every term can be reached from the list.
    QSet<Glossary::Term> pageTerms;
    for (int id : h.wizard->pageIds())
        pageTerms.insert(SetupWizard::helpTerm(SetupWizard::PageId(id)));
    QVERIFY(pageTerms.size() >= 6);
    QCOMPARE(glossary->terms()->count(), Glossary::all().size());
    // The trunk page's fields explain their terms ("What's this?" and tooltip); leading plus
    // shows the guide's E.164 table.
    QStringList explained;
    for (QCheckBox *box : h.wizard->currentPage()->findChildren<QCheckBox *>())
        if (!box->whatsThis().isEmpty())
            explained << box->accessibleName();
    for (const char *name : {"Allow inbound calls", "Allow outbound calls", "Enable options ping",
                             "Enable leading plus for outbound calls"})
        QVERIFY2(explained.contains(QLatin1String(name)), name);
    for (QCheckBox *box : h.wizard->currentPage()->findChildren<QCheckBox *>())
        if (box->accessibleName().contains(QLatin1String("leading plus")))
            QVERIFY(box->whatsThis().contains(QLatin1String("+442071234567")));
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
