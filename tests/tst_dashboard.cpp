#include "common/AssistantPicker.h"
#include "common/MessageBanner.h"
#include "config/ConfigStore.h"
#include "config/RecordStore.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DomainListModel.h"
#include "dashboard/DomainNumbersModel.h"
#include "dashboard/HealthPanel.h"
#include "dashboard/NumberChangeDialog.h"
#include "dashboard/ReportPreviewDialog.h"
#include "dashboard/TestCallDialog.h"
#include "secrets/SecretStore.h"
#include "support/HttpProbe.h"
#include "support/ProvisioningFixture.h"
#include "support/ui/AccessibilityAudit.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// The dashboard over the real core and the sandbox (HTTP over loopback): live health per
// domain, and what changed behind Trunk Wizard's back.
using namespace tw;
using namespace tw::test;

namespace {
const QString Demo = QStringLiteral("demo.cloudonix.net");
const QString Sales = QStringLiteral("a2222222-2222-4222-8222-222222222222"); // the sandbox's "Sales bot"

// The fixture's keys where the dashboard looks for them: the keychain (here in memory).
bool storeKeys(ProvisioningFixture &f)
{
    int stored = 0;
    SecretStore *secrets = f.core().secrets();
    const SandboxScenario &scenario = f.sandbox().scenario();
    secrets->write(SecretStore::cloudonixAccount(Demo), scenario.cloudonixCustomerKey(), secrets,
                   [&stored](const SecretError &) { ++stored; });
    secrets->write(SecretStore::vapiAccount(), scenario.vapiKey(), secrets,
                   [&stored](const SecretError &) { ++stored; });
    return QTest::qWaitFor([&stored] { return stored == 2; }, 2000);
}

// What records.db holds for Demo, read as the views must: on another thread.
DomainHistory storedHistory(ProvisioningFixture &f)
{
    // A thread of its own: waiting on a QFuture may run a task not yet started on this thread.
    DomainHistory history;
    std::unique_ptr<QThread> reader(QThread::create([&history, path = f.store().recordsPath()] {
        history = RecordStore::readHistory(path, {Demo}, 100, 100).value(0);
    }));
    reader->start();
    reader->wait();
    return history;
}

DomainStatus sampleStatus(int numbers)
{
    DomainStatus s;
    s.domain = Demo;
    s.live = true;
    for (int i = 0; i < numbers; ++i)
        s.numbers << DomainStatus::Number {QStringLiteral("+1212555%1").arg(1000 + i),
                                           QStringLiteral("id-%1").arg(i),
                                           QStringLiteral("a1"),
                                           QStringLiteral("active"),
                                           QStringLiteral("trunk"),
                                           QStringLiteral("Support bot")};
    s.drift << DriftFinding {PlanAction::Resource::PhoneNumber, QStringLiteral("+12125551001"),
                             QStringLiteral("Number +12125551001 (id-1) no longer exists in Vapi.")};
    return s;
}
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void modelsKeepTheirContract();
    void healthIsOneWordPerDomain();
    void findingsSayWhatToDoInTheApp();
    void refreshShowsLiveStateAndWhatChangedBehindTheBack();
    void fixAppliesTheIntentAgainAfterConfirmation();
    void acceptMakesWhatIsThereTheIntent();
    void removeANumberAndTearDownAfterConfirmation();
    void reportIsPreviewedThenSaved();
    void testCallIsPlacedAndKept();
    void healthChecksAndTroubleshooter();
    void eachFindingIsAcceptedOrFixedOnItsOwn();
    void numbersAreAddedAndGivenAnotherAssistant();
    void everyKindOfChangeIsSeenAndFixed_data();
    void everyKindOfChangeIsSeenAndFixed();
};

// No view reads records.db on the GUI thread: the window would freeze while a run holds it.
void TestDashboard::init()
{
    RecordStore::setGuardedThread(QThread::currentThread());
    QTest::failOnWarning(QRegularExpression(QStringLiteral("records read on the UI thread")));
}

void TestDashboard::modelsKeepTheirContract()
{
    DomainListModel domains;
    QAbstractItemModelTester domainTester(&domains, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DomainRecord a;
    a.domain = Demo;
    DomainRecord b;
    b.domain = QStringLiteral("other.cloudonix.net");
    domains.setDomains({a, b});
    domains.setChecking(Demo);
    domains.setStatus(Demo, sampleStatus(3));
    domains.setDomains({b}); // a domain removed: its status goes with it
    QCOMPARE(domains.rowCount(), 1);
    QVERIFY(!domains.status(Demo));

    DomainNumbersModel numbers;
    QSortFilterProxyModel filter;
    filter.setSourceModel(&numbers);
    filter.setFilterKeyColumn(-1);
    filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester numbersTester(&numbers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    numbers.setStatus(sampleStatus(5));
    QCOMPARE(numbers.rowCount(), 5);
    QCOMPARE(numbers.index(1, DomainNumbersModel::DriftColumn).data().toString(), QStringLiteral("⚠ changed"));
    QCOMPARE(numbers.index(0, DomainNumbersModel::DriftColumn).data().toString(), QString());
    QCOMPARE(numbers.index(0, DomainNumbersModel::AssistantColumn).data().toString(), QStringLiteral("Support bot"));
    filter.setFilterFixedString(QStringLiteral("id-3"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setFilterFixedString(QStringLiteral("SUPPORT"));
    QCOMPARE(filter.rowCount(), 5);
    numbers.clear();
    QCOMPARE(filter.rowCount(), 0);
}

void TestDashboard::healthIsOneWordPerDomain()
{
    DomainStatus s = sampleStatus(1);
    QCOMPARE(DomainListModel::healthOf(s), DomainListModel::Health::Drift);
    s.drift.clear();
    s.trunkId = QStringLiteral("t1");
    QCOMPARE(DomainListModel::healthOf(s), DomainListModel::Health::Healthy);
    s.warnings << QStringLiteral("no outbound trunk");
    QCOMPARE(DomainListModel::healthOf(s), DomainListModel::Health::Attention);
    s.problems << QStringLiteral("No Cloudonix key");
    QCOMPARE(DomainListModel::healthOf(s), DomainListModel::Health::Failed);
    for (auto h :
         {DomainListModel::Health::Unknown, DomainListModel::Health::Checking, DomainListModel::Health::Healthy,
          DomainListModel::Health::Attention, DomainListModel::Health::Drift, DomainListModel::Health::Failed})
        QVERIFY(!DomainListModel::healthText(h).isEmpty());
}

// The dashboard tells an admin what to do in the app, never a key of the desired-state file.
void TestDashboard::findingsSayWhatToDoInTheApp()
{
    ProvisioningFixture f;
    QVERIFY(storeKeys(f));
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(1)).ok); // no carrier trunk
    DashboardView view(&f.store(), &f.core());
    view.setDomains(f.store().load().config.domains);
    view.show();
    QTest::mouseClick(view.refreshButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isRefreshing(), 10000);
    QStringList findings;
    const QAbstractItemModel *model = view.findingsList()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        findings << model->index(row, 0).data().toString();
    QVERIFY2(
        findings.join(QLatin1Char('\n')).contains(QStringLiteral("Edit in the wizard → Routing → Add carrier trunk")),
        qPrintable(findings.join(QLatin1Char('\n'))));
    const QStringList keys = AccessibilityAudit::desiredStateKeys(&view, QStringLiteral("dashboard"));
    QVERIFY2(keys.isEmpty(), qPrintable(keys.join(QLatin1Char('\n'))));
}

void TestDashboard::refreshShowsLiveStateAndWhatChangedBehindTheBack()
{
    ProvisioningFixture f;
    QVERIFY(storeKeys(f));
    DesiredState state = ProvisioningFixture::sampleState(3);
    state.cloudonix.cxmlUrl.clear();
    state.cloudonix.carrierTrunks << DesiredCarrierTrunk {
        QStringLiteral("telnyx"), QStringLiteral("sip.telnyx.com"), 5060, QStringLiteral("udp"), {}, {}};
    QVERIFY(f.planAndApply(state).ok);

    DashboardView view(&f.store(), &f.core());
    view.setDomains(f.store().load().config.domains);
    view.show();
    QCOMPARE(view.currentDomain(), Demo);
    QTest::mouseClick(view.refreshButton(), Qt::LeftButton);
    QVERIFY(view.isRefreshing());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isRefreshing(), 10000);
    DomainListModel *domains = view.domains();
    QCOMPARE(domains->index(0).data(DomainListModel::HealthRole).value<DomainListModel::Health>(),
             DomainListModel::Health::Healthy);
    QCOMPARE(view.numbers()->rowCount(), 3);

    // Behind Trunk Wizard's back: a number is deleted in Vapi.
    const QJsonObject gone = f.byoNumbers().first();
    HttpProbe http;
    QCOMPARE(http.send("DELETE",
                       f.sandbox().vapiUrl() + QStringLiteral("/phone-number/")
                           + gone.value(QStringLiteral("id")).toString(),
                       f.sandbox().scenario().vapiKey().toUtf8())
                 .status,
             200);
    QTest::mouseClick(view.refreshButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isRefreshing(), 10000);
    QCOMPARE(domains->index(0).data(DomainListModel::HealthRole).value<DomainListModel::Health>(),
             DomainListModel::Health::Drift);
    const QString number = gone.value(QStringLiteral("number")).toString();
    bool marked = false;
    for (int row = 0; row < view.numbers()->rowCount(); ++row)
        if (view.numbers()->index(row, DomainNumbersModel::NumberColumn).data().toString() == number)
            marked = view.numbers()
                         ->index(row, DomainNumbersModel::DriftColumn)
                         .data()
                         .toString()
                         .contains(QLatin1String("changed"));
    QVERIFY(marked);
    view.numbersView()->setFilterFixedString(number);
    QCOMPARE(view.numbersView()->rowCount(), 1);
}

namespace {
// A configured demo domain with three numbers and a carrier trunk, shown in a dashboard that
// has read it once.
struct Configured
{
    Configured()
        : view(&f.store(), &f.core())
    {
        ok = storeKeys(f);
        DesiredState state = ProvisioningFixture::sampleState(3);
        state.cloudonix.cxmlUrl.clear();
        state.cloudonix.carrierTrunks << DesiredCarrierTrunk {
            QStringLiteral("telnyx"), QStringLiteral("sip.telnyx.com"), 5060, QStringLiteral("udp"), {}, {}};
        ok = ok && f.planAndApply(state).ok;
        view.setDomains(f.store().load().config.domains);
        view.show();
    }
    bool refreshed()
    {
        view.refresh();
        return QTest::qWaitFor([this] { return !view.isRefreshing(); }, 10000);
    }
    DomainListModel::Health health() const
    {
        return view.domains()->index(0).data(DomainListModel::HealthRole).value<DomainListModel::Health>();
    }
    QByteArray vapiKey() { return f.sandbox().scenario().vapiKey().toUtf8(); }
    // Behind Trunk Wizard's back, as in Vapi's dashboard: another assistant on a number. The status.
    int giveAssistant(const QJsonObject &number, const QString &assistant)
    {
        return http
            .send("PATCH",
                  f.sandbox().vapiUrl() + QStringLiteral("/phone-number/")
                      + number.value(QStringLiteral("id")).toString(),
                  vapiKey(),
                  QJsonObject {{QStringLiteral("provider"), QStringLiteral("byo-phone-number")},
                               {QStringLiteral("assistantId"), assistant}})
            .status;
    }
    // As in Cloudonix's console: "allow border-to-border calls" off. The status.
    int turnBorderOff()
    {
        return http
            .send("PATCH", f.sandbox().cloudonixUrl() + QStringLiteral("/customers/self/domains/") + Demo,
                  f.sandbox().scenario().cloudonixCustomerKey().toUtf8(),
                  QJsonObject {{QStringLiteral("profile"), QJsonObject {{QStringLiteral("allowed-border"), false}}}})
            .status;
    }

    ProvisioningFixture f;
    DashboardView view;
    HttpProbe http;
    bool ok = false;
};
} // namespace

namespace {
// Accepts the dashboard's pending confirmation once it shows; returns its informative text.
QString confirm(DashboardView &view)
{
    if (!QTest::qWaitFor([&view] { return view.pendingConfirmation() && view.pendingConfirmation()->isVisible(); },
                         10000))
        return {};
    QMessageBox *box = view.pendingConfirmation();
    const QString said = box->informativeText();
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            QTest::mouseClick(b, Qt::LeftButton);
    return said;
}
} // namespace

void TestDashboard::fixAppliesTheIntentAgainAfterConfirmation()
{
    Configured c;
    QVERIFY(c.ok);
    const QJsonObject gone = c.f.byoNumbers().first();
    QCOMPARE(c.http
                 .send("DELETE",
                       c.f.sandbox().vapiUrl() + QStringLiteral("/phone-number/")
                           + gone.value(QStringLiteral("id")).toString(),
                       c.vapiKey())
                 .status,
             200);
    QVERIFY(c.refreshed());
    QCOMPARE(c.health(), DomainListModel::Health::Drift);
    QVERIFY(c.view.fixButton()->isEnabled());
    QTest::mouseClick(c.view.fixButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(c.view.pendingConfirmation() && c.view.pendingConfirmation()->isVisible(), 10000);
    QCOMPARE(c.f.byoNumbers().size(), 2); // nothing before the admin agrees
    const QString said = confirm(c.view);
    QVERIFY2(said.contains(gone.value(QStringLiteral("number")).toString()), qPrintable(said));
    QTRY_VERIFY_WITH_TIMEOUT(!c.view.isBusy() && c.health() == DomainListModel::Health::Healthy, 10000);
    QCOMPARE(c.f.byoNumbers().size(), 3);
}

void TestDashboard::acceptMakesWhatIsThereTheIntent()
{
    Configured c;
    QVERIFY(c.ok);
    // Behind the app's back: another assistant on one number.
    const QJsonObject changed = c.f.byoNumbers().first();
    QCOMPARE(c.giveAssistant(changed, Sales), 200);
    QVERIFY(c.refreshed());
    QCOMPARE(c.health(), DomainListModel::Health::Drift);
    const int numbersBefore = int(c.f.byoNumbers().size());
    QTest::mouseClick(c.view.acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c.view.isBusy() && c.health() == DomainListModel::Health::Healthy, 10000);
    QVERIFY(!c.view.pendingConfirmation()); // nothing to change, so nothing to confirm
    QCOMPARE(int(c.f.byoNumbers().size()), numbersBefore);
    // The intent now holds the assistant Vapi has, and the carrier trunk is still wanted.
    const AppConfig stored = c.f.store().load().config;
    const DomainRecord *record = stored.findDomain(Demo);
    QVERIFY(record);
    QList<FieldError> ignored;
    const DesiredState intent = DesiredState::fromJson(record->intent, &ignored);
    bool found = false;
    for (const DesiredNumber &n : intent.numbers)
        found |= n.number == changed.value(QStringLiteral("number")).toString() && n.assistant == Sales;
    QVERIFY(found);
    QCOMPARE(intent.cloudonix.carrierTrunks.size(), 1);
}

void TestDashboard::removeANumberAndTearDownAfterConfirmation()
{
    Configured c;
    QVERIFY(c.ok);
    QVERIFY(c.refreshed());
    QVERIFY(!c.view.removeNumberButton()->isEnabled()); // nothing selected
    c.view.numbersTable()->selectRow(0);
    const QString number = c.view.numbersView()->index(0, DomainNumbersModel::NumberColumn).data().toString();
    QVERIFY(c.view.removeNumberButton()->isEnabled());
    QTest::mouseClick(c.view.removeNumberButton(), Qt::LeftButton);
    const QString removal = confirm(c.view);
    QVERIFY2(removal.contains(number) && removal.count(QLatin1Char('\n')) == 0, qPrintable(removal)); // that one only
    QTRY_VERIFY_WITH_TIMEOUT(!c.view.isBusy() && c.f.byoNumbers().size() == 2, 10000);
    QCOMPARE(c.health(), DomainListModel::Health::Healthy); // and it is no longer wanted

    QVERIFY(c.view.teardownButton()->isEnabled());
    QTest::mouseClick(c.view.teardownButton(), Qt::LeftButton);
    const QString named = confirm(c.view);
    QVERIFY2(named.contains(QLatin1String("Remove trunk")) && named.contains(QLatin1String("telnyx")),
             qPrintable(named));
    QTRY_VERIFY_WITH_TIMEOUT(!c.view.isBusy() && c.f.byoTrunks().isEmpty(), 10000);
    QCOMPARE(c.f.byoNumbers().size(), 0);
    QCOMPARE(c.f.domainState().value(QStringLiteral("trunks")).toArray().size(), 0);
}

void TestDashboard::reportIsPreviewedThenSaved()
{
    Configured c;
    QVERIFY(c.ok);
    QTest::mouseClick(c.view.reportButton(), Qt::LeftButton);
    ReportPreviewDialog *preview = nullptr;
    QTRY_VERIFY((preview = c.view.findChild<ReportPreviewDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isReady(), 10000);
    QVERIFY(preview->isVisible());
    const QString shown = preview->previewText();
    QVERIFY2(shown.contains(Demo) && shown.contains(QLatin1String("+12127771000")), qPrintable(shown.left(300)));
    QTemporaryDir dir;
    for (const char *format : {"pdf", "md", "csv", "json", "html"}) {
        preview->formatBox()->setCurrentIndex(preview->formatBox()->findData(QString::fromLatin1(format)));
        const QString path = dir.filePath(QStringLiteral("report.") + QLatin1String(format));
        QCOMPARE(preview->saveTo(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (qstrcmp(format, "pdf") == 0)
            QVERIFY(bytes.startsWith("%PDF-"));
        else
            QVERIFY2(bytes.contains(Demo.toUtf8()), format);
        QVERIFY(!bytes.contains(c.f.sandbox().scenario().cloudonixCustomerKey().toUtf8()));
        QVERIFY(!bytes.contains(c.f.sandbox().scenario().vapiKey().toUtf8()));
    }
    preview->close();
}

void TestDashboard::healthChecksAndTroubleshooter()
{
    Configured c;
    QVERIFY(c.ok);
    HealthPanel *health = c.view.health();
    QTRY_VERIFY(health->checkButton()->isEnabled());
    QTRY_VERIFY(health->history()->count() == 1
                && health->history()->item(0)->text().startsWith(QLatin1String("None yet")));
    // The domain's inbound SIP host, as DNS would answer (the sandbox's names exist nowhere).
    c.f.resolver().setAddresses(QStringLiteral("6f1c2a3b-4d5e-4f60-8172-8394a5b6c7d8.sip.cloudonix.net"),
                                {QStringLiteral("198.51.100.10")});

    // Check SIP: every address of the trunk's gateways answers the sandbox's SIP port.
    QTest::mouseClick(health->checkButton(), Qt::LeftButton);
    QVERIFY(health->isRunning());
    QVERIFY(!health->checkButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!health->isRunning(), 10000);
    QVERIFY2(health->banner()->level() == MessageBanner::Level::Positive, qPrintable(health->banner()->text()));
    QVERIFY(health->results()->count() >= 2);
    for (int i = 0; i < health->results()->count(); ++i)
        QVERIFY2(health->results()->item(i)->text().startsWith(QLatin1String("Answers: ")),
                 qPrintable(health->results()->item(i)->text()));
    QCOMPARE(storedHistory(c.f).probes.size(), 1); // kept, and shown as history
    QTRY_VERIFY(health->history()->item(0)->text().contains(QLatin1String("Every gateway answers SIP")));

    // The inbound address stops answering: said in words and with an icon, not by colour alone.
    c.f.sandbox().sip().addRule(SipAnswerRule {QStringLiteral("203.0.113.10"), 200, 0, true});
    QTest::mouseClick(health->checkButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!health->isRunning(), 10000);
    QCOMPARE(health->banner()->level(), MessageBanner::Level::Warning);
    bool failing = false;
    for (int i = 0; i < health->results()->count(); ++i)
        failing = failing || health->results()->item(i)->text().startsWith(QLatin1String("Fails: 203.0.113.10"));
    QVERIFY(failing);
    QTRY_COMPARE(health->history()->count(), 2);

    // Troubleshoot: "allow border-to-border calls" turned off in Cloudonix's console, and the
    // gateway still silent; each is named with its fix.
    QCOMPARE(c.turnBorderOff(), 200);
    QTest::mouseClick(health->troubleshootButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!health->isRunning(), 15000);
    QStringList codes;
    for (int i = 0; i < health->results()->count(); ++i)
        codes << health->results()->item(i)->data(Qt::UserRole).toString();
    QVERIFY2(codes.contains(QStringLiteral("border-to-border-off")) && codes.contains(QStringLiteral("probe-failed")),
             qPrintable(codes.join(QLatin1Char(' '))));
    QVERIFY(health->banner()->text().contains(QLatin1String("problems found")));

    // Another domain selected while a check runs: it is cancelled, nothing arrives late.
    QTest::mouseClick(health->checkButton(), Qt::LeftButton);
    health->setDomain(QStringLiteral("other.cloudonix.net"), QStringLiteral("us"));
    QVERIFY(!health->isRunning());
    QTest::qWait(800); // past the probe's Timer F (640 ms)
    QCOMPARE(health->results()->count(), 0);
}

void TestDashboard::testCallIsPlacedAndKept()
{
    Configured c;
    QVERIFY(c.ok);
    QVERIFY(c.refreshed());
    QTRY_VERIFY(c.view.testCalls()->stringList().value(0).startsWith(QLatin1String("None yet")));
    QTest::mouseClick(c.view.testCallButton(), Qt::LeftButton);
    TestCallDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = c.view.findChild<TestCallDialog *>()) != nullptr);
    QTest::keyClicks(dialog->toEdit(), QStringLiteral("+1 212 555 0100"));
    QTest::mouseClick(dialog->callButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCalling() && dialog->banner()->isVisible(), 15000);
    QCOMPARE(dialog->banner()->level(), MessageBanner::Level::Positive);
    // Kept: the dashboard lists it, and so does a report.
    QTRY_VERIFY(c.view.testCalls()->stringList().value(0).contains(QLatin1String("+12125550100")));
    QCOMPARE(storedHistory(c.f).testCalls.size(), 1);
    dialog->close();

    // A call placed elsewhere (the wizard's last page) shows once the domains are loaded again.
    const QJsonObject elsewhere {{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                 {QStringLiteral("from"), QStringLiteral("+12127771001")},
                                 {QStringLiteral("to"), QStringLiteral("+12125550199")},
                                 {QStringLiteral("message"), QStringLiteral("The call connected.")}};
    QCOMPARE(c.f.store().recordTestCall(Demo, elsewhere), QString());
    c.view.setDomains(c.f.store().load().config.domains);
    QTRY_VERIFY2(c.view.testCalls()->stringList().value(0).contains(QLatin1String("+12125550199")),
                 qPrintable(c.view.testCalls()->stringList().join(QLatin1Char('|'))));

    // The report lists both calls (read off the UI thread as well).
    QTest::mouseClick(c.view.reportButton(), Qt::LeftButton);
    ReportPreviewDialog *preview = nullptr;
    QTRY_VERIFY((preview = c.view.findChild<ReportPreviewDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isReady(), 10000);
    const QString shown = preview->previewText();
    QVERIFY2(shown.contains(QLatin1String("+12125550199")) && shown.contains(QLatin1String("+12125550100")),
             qPrintable(shown.right(600)));
    preview->close();
}

namespace {
// The row of the finding whose text contains `text`, made current; -1 when none.
int selectFinding(DashboardView &view, const QString &text)
{
    const QStringList shown = qobject_cast<QStringListModel *>(view.findingsList()->model())->stringList();
    for (int row = 0; row < shown.size(); ++row)
        if (shown.at(row).contains(text, Qt::CaseInsensitive)) {
            view.findingsList()->setCurrentIndex(view.findingsList()->model()->index(row, 0));
            return row;
        }
    return -1;
}

QString assistantOf(const QList<QJsonObject> &numbers, const QString &number)
{
    for (const QJsonObject &n : numbers)
        if (n.value(QStringLiteral("number")).toString() == number)
            return n.value(QStringLiteral("assistantId")).toString();
    return QStringLiteral("(absent)");
}
} // namespace

// Two changes behind the app's back: each finding is dealt with alone, the other stays drift.
void TestDashboard::eachFindingIsAcceptedOrFixedOnItsOwn()
{
    Configured c;
    QVERIFY(c.ok);
    const QJsonObject changed = c.f.byoNumbers().first();
    const QString number = changed.value(QStringLiteral("number")).toString();
    QCOMPARE(c.giveAssistant(changed, Sales), 200);
    QCOMPARE(c.turnBorderOff(), 200);
    QVERIFY(c.refreshed());
    QCOMPARE(c.view.domains()->status(Demo)->drift.size(), 2);

    // Accept the assistant: recorded as wanted, nothing sent, the domain settings still drift.
    QVERIFY(selectFinding(c.view, number) >= 0);
    QVERIFY(c.view.acceptButton()->isEnabled());
    QTest::mouseClick(c.view.acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c.view.isBusy(), 10000);
    QVERIFY(!c.view.pendingConfirmation());
    QCOMPARE(c.health(), DomainListModel::Health::Drift);
    const QList<DriftFinding> left = c.view.domains()->status(Demo)->drift;
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().resource, PlanAction::Resource::BorderFlags);
    QCOMPARE(c.f.domainState().value(QStringLiteral("profile")).toObject().value(QStringLiteral("allowed-border")),
             QJsonValue(false)); // not fixed along the way
    QList<FieldError> ignored;
    DesiredState intent = DesiredState::fromJson(c.f.store().load().config.findDomain(Demo)->intent, &ignored);
    QVERIFY(intent.cloudonix.allowBorderToBorder); // still wanted on
    bool accepted = false;
    for (const DesiredNumber &n : intent.numbers)
        accepted |= n.number == number && n.assistant == Sales;
    QVERIFY(accepted);

    // Fix the domain settings: the confirmation names that change and nothing else.
    QCOMPARE(selectFinding(c.view, QStringLiteral("border")), 0);
    QVERIFY(c.view.fixButton()->isEnabled());
    QTest::mouseClick(c.view.fixButton(), Qt::LeftButton);
    const QString said = confirm(c.view);
    QVERIFY2(said.count(QLatin1Char('\n')) == 0 && said.contains(QLatin1String("border"), Qt::CaseInsensitive),
             qPrintable(said));
    QTRY_VERIFY_WITH_TIMEOUT(!c.view.isBusy() && c.health() == DomainListModel::Health::Healthy, 10000);
    QCOMPARE(assistantOf(c.f.byoNumbers(), number), Sales); // the accepted value was left alone
}

void TestDashboard::numbersAreAddedAndGivenAnotherAssistant()
{
    Configured c;
    QVERIFY(c.ok);
    QVERIFY(!c.view.addNumbersButton()->isEnabled()); // the assistants come with a live read
    QVERIFY(c.refreshed());
    QVERIFY(c.view.addNumbersButton()->isEnabled());
    QTest::mouseClick(c.view.addNumbersButton(), Qt::LeftButton);
    auto *add = qobject_cast<NumberChangeDialog *>(c.view.pendingDialog());
    QVERIFY(add && add->isVisible());
    // A line that is not a number is named, and nothing is planned.
    add->numbersEdit()->setPlainText(QStringLiteral("+1 212 777 2000\nnot a number"));
    QTest::mouseClick(add->okButton(), Qt::LeftButton);
    QVERIFY(add->isVisible() && add->banner()->isVisible());
    QVERIFY2(add->banner()->text().contains(QLatin1String("Line 2")), qPrintable(add->banner()->text()));
    QVERIFY(!c.view.isBusy());
    add->numbersEdit()->setPlainText(QStringLiteral("+1 212 777 2000\n+1 (212) 777-2001\n+12127772000"));
    add->assistantPicker()->setCurrentIndex(add->assistantPicker()->findData(Sales));
    QTest::mouseClick(add->okButton(), Qt::LeftButton);
    const QString adding = confirm(c.view);
    QVERIFY2(adding.count(QLatin1Char('\n')) == 1 && adding.contains(QLatin1String("+12127772001")),
             qPrintable(adding)); // two creations, the repeated number once
    QTRY_VERIFY_WITH_TIMEOUT(!c.view.isBusy() && c.health() == DomainListModel::Health::Healthy, 10000);
    QCOMPARE(c.f.byoNumbers().size(), 5);
    QCOMPARE(assistantOf(c.f.byoNumbers(), QStringLiteral("+12127772000")), Sales);
    QCOMPARE(c.view.numbers()->rowCount(), 5);

    // Another assistant for two of the numbers, chosen in the table.
    QVERIFY(!c.view.changeAssistantButton()->isEnabled()); // nothing selected
    c.view.numbersView()->sort(DomainNumbersModel::NumberColumn, Qt::AscendingOrder);
    c.view.numbersTable()->selectRow(0); // +12127771000
    c.view.numbersTable()->selectionModel()->select(c.view.numbersView()->index(1, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(c.view.changeAssistantButton(), Qt::LeftButton);
    auto *change = qobject_cast<NumberChangeDialog *>(c.view.pendingDialog());
    QVERIFY(change && change->isVisible());
    const QString twin = QStringLiteral("a3333333-3333-4333-8333-333333333333");
    change->assistantPicker()->setCurrentIndex(change->assistantPicker()->findData(twin));
    QTest::mouseClick(change->okButton(), Qt::LeftButton);
    const QString changing = confirm(c.view);
    QVERIFY2(changing.count(QLatin1Char('\n')) == 1, qPrintable(changing));
    QTRY_VERIFY_WITH_TIMEOUT(!c.view.isBusy() && c.health() == DomainListModel::Health::Healthy, 10000);
    QCOMPARE(assistantOf(c.f.byoNumbers(), QStringLiteral("+12127771000")), twin);
    QCOMPARE(assistantOf(c.f.byoNumbers(), QStringLiteral("+12127771001")), twin);
    QCOMPARE(assistantOf(c.f.byoNumbers(), QStringLiteral("+12127771002")),
             QStringLiteral("a1111111-1111-4111-8111-111111111111"));
}

void TestDashboard::everyKindOfChangeIsSeenAndFixed_data()
{
    QTest::addColumn<QString>("change");
    for (const char *change :
         {"gateway removed", "number deleted", "assistant changed", "border flag off", "carrier trunk deleted"})
        QTest::newRow(change) << QString::fromLatin1(change);
}

// Each kind of change made in the Cloudonix or Vapi console: the dashboard shows it as drift,
// Fix puts back what was applied, and the next read shows nothing.
void TestDashboard::everyKindOfChangeIsSeenAndFixed()
{
    QFETCH(QString, change);
    Configured c;
    QVERIFY(c.ok);
    QVERIFY(c.refreshed());
    QCOMPARE(c.health(), DomainListModel::Health::Healthy);
    const QString vapi = c.f.sandbox().vapiUrl();
    const QString domainUrl = c.f.sandbox().cloudonixUrl() + QStringLiteral("/customers/self/domains/") + Demo;
    const QByteArray cloudonixKey = c.f.sandbox().scenario().cloudonixCustomerKey().toUtf8();
    int status = 0;
    if (change == QLatin1String("gateway removed")) {
        const QJsonObject trunk = c.f.byoTrunks().first();
        QJsonArray gateways = trunk.value(QStringLiteral("gateways")).toArray();
        gateways.removeLast(); // the inbound IP gateway
        status
            = c.http
                  .send("PATCH", vapi + QStringLiteral("/credential/") + trunk.value(QStringLiteral("id")).toString(),
                        c.vapiKey(),
                        QJsonObject {{QStringLiteral("provider"), QStringLiteral("byo-sip-trunk")},
                                     {QStringLiteral("gateways"), gateways}})
                  .status;
    } else if (change == QLatin1String("number deleted")) {
        status = c.http
                     .send("DELETE",
                           vapi + QStringLiteral("/phone-number/")
                               + c.f.byoNumbers().first().value(QStringLiteral("id")).toString(),
                           c.vapiKey())
                     .status;
    } else if (change == QLatin1String("assistant changed")) {
        status = c.giveAssistant(c.f.byoNumbers().first(), Sales);
    } else if (change == QLatin1String("border flag off")) {
        status = c.turnBorderOff();
    } else {
        const QJsonArray trunks = c.f.domainState().value(QStringLiteral("trunks")).toArray();
        QCOMPARE(trunks.size(), 1);
        status = c.http
                     .send("DELETE",
                           domainUrl + QStringLiteral("/trunks/")
                               + QString::number(trunks.first().toObject().value(QStringLiteral("id")).toInt()),
                           cloudonixKey)
                     .status;
    }
    QVERIFY2(status >= 200 && status < 300, qPrintable(QString::number(status)));

    QVERIFY(c.refreshed());
    QCOMPARE(c.health(), DomainListModel::Health::Drift);
    QVERIFY(c.view.fixButton()->isEnabled());
    QTest::mouseClick(c.view.fixButton(), Qt::LeftButton);
    QVERIFY(!confirm(c.view).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!c.view.isBusy() && c.health() == DomainListModel::Health::Healthy, 10000);
    QVERIFY(c.refreshed()); // and a fresh read agrees
    QCOMPARE(c.health(), DomainListModel::Health::Healthy);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
