// Domain status through the core's operations: three domains, each with its own Cloudonix key,
// set up and then read at the same time over one core, against the sandbox.
#include "operations/ApplyOperation.h"
#include "operations/DomainStatusOperation.h"
#include "operations/PlanOperation.h"
#include "operations/StatusRefreshOperation.h"
#include "secrets/SecretStore.h"
#include "support/OperationResult.h"
#include "support/ProvisioningFixture.h"
#include "support/ResultWaiter.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace tw;
using namespace tw::test;

namespace {
const QString Demo = QStringLiteral("demo.cloudonix.net");
const QString Other = QStringLiteral("other.cloudonix.net");
const QString Third = QStringLiteral("third.cloudonix.net");

// Each domain gets a key of its own: a key used on the wrong domain is refused (403).
void threeDomainsWithTheirOwnKeys(QJsonObject &cloudonix)
{
    QJsonArray domains = cloudonix.value(QStringLiteral("domains")).toArray();
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QJsonObject d = domains.at(i).toObject();
        if (d.value(QStringLiteral("domain")).toString() == Other)
            d.insert(QStringLiteral("keys"), QJsonArray {QStringLiteral("XIsandboxdomainkeyother00000000000")});
        domains[i] = d;
    }
    domains.append(
        QJsonObject {{QStringLiteral("id"), 1004},
                     {QStringLiteral("domain"), Third},
                     {QStringLiteral("autoAlias"), QStringLiteral("9c4d5e6f-7081-4c92-8da3-b4c5d6e7f809")},
                     {QStringLiteral("profile"), QJsonObject {}},
                     {QStringLiteral("keys"), QJsonArray {QStringLiteral("XIsandboxdomainkeythird00000000000")}}});
    cloudonix.insert(QStringLiteral("domains"), domains);
}

AccountKeys keysFor(const QString &domain, const ProvisioningFixture &f)
{
    static const QHash<QString, QString> cloudonix {{Demo, QStringLiteral("XIsandboxdomainkeydemo000000000000")},
                                                    {Other, QStringLiteral("XIsandboxdomainkeyother00000000000")},
                                                    {Third, QStringLiteral("XIsandboxdomainkeythird00000000000")}};
    return AccountKeys {cloudonix.value(domain), const_cast<ProvisioningFixture &>(f).sandbox().scenario().vapiKey(),
                        QStringLiteral("us")};
}

// The domains' Cloudonix keys (and the Vapi key) in the keychain, as the dashboard reads them.
bool storeKeys(ProvisioningFixture &f, const QStringList &domains, bool withVapi)
{
    int stored = 0;
    QObject context;
    for (const QString &domain : domains)
        f.core().secrets()->write(SecretStore::cloudonixAccount(domain), keysFor(domain, f).cloudonixKey, &context,
                                  [&stored](const SecretError &) { ++stored; });
    if (withVapi)
        f.core().secrets()->write(SecretStore::vapiAccount(), f.sandbox().scenario().vapiKey(), &context,
                                  [&stored](const SecretError &) { ++stored; });
    const int expected = int(domains.size()) + (withVapi ? 1 : 0);
    return QTest::qWaitFor([&stored, expected] { return stored == expected; }, 2000);
}

QList<StatusRefreshOperation::Target> targetsFor(const QStringList &domains)
{
    QList<StatusRefreshOperation::Target> targets;
    for (const QString &domain : domains)
        targets << StatusRefreshOperation::Target {domain, QStringLiteral("us")};
    return targets;
}

DesiredState stateFor(const QString &domain, int first)
{
    DesiredState s = ProvisioningFixture::sampleState(0);
    s.domain = domain;
    s.trunk.name = QStringLiteral("Cloudonix %1").arg(domain.section(QLatin1Char('.'), 0, 0));
    for (int i = 0; i < 2; ++i)
        s.numbers << DesiredNumber {
            QStringLiteral("+1212777%1").arg(first + i), QStringLiteral("Support bot"), DesiredNumber::Mode::Trunk, {}};
    return s;
}
} // namespace

class TestDomainStatusOperation : public QObject
{
    Q_OBJECT

private slots:
    void threeDomainsAtOnceEachWithItsKey();
    void unconfiguredDomainIsAProblemNotAFailure();
    void refreshReportsEachDomainWhenVapiCannotBeRead();
    void refreshCancelledWhileReadingKeysStillFinishes();
};

void TestDomainStatusOperation::threeDomainsAtOnceEachWithItsKey()
{
    ProvisioningFixture f(false, threeDomainsWithTheirOwnKeys);
    const QStringList domains {Demo, Other, Third};
    // Set up all three at once: three plans, then three applies, each with its own keys.
    QHash<QString, PlanOutcome> plans;
    QList<PlanOperation *> planning;
    EventWait planned;
    for (int i = 0; i < domains.size(); ++i) {
        auto *op = PlanOperation::forState(&f.core(), keysFor(domains.at(i), f), stateFor(domains.at(i), 3000 + 10 * i),
                                           this);
        connect(op, &PlanOperation::finished, this,
                [&, domain = domains.at(i), done = planned.done()](const PlanOutcome &o) {
                    plans.insert(domain, o);
                    if (plans.size() == 3)
                        done();
                });
        planning << op;
    }
    for (PlanOperation *op : planning)
        op->start();
    QVERIFY(planned.wait(20000));
    QHash<QString, ApplyResult> results;
    EventWait applied;
    for (const QString &domain : domains) {
        QVERIFY2(plans.value(domain).ok(), qPrintable(domain));
        auto *op = new ApplyOperation(&f.core(), keysFor(domain, f), plans.value(domain), {}, this);
        connect(op, &ApplyOperation::finished, this, [&, domain, done = applied.done()](const ApplyResult &r) {
            results.insert(domain, r);
            if (results.size() == 3)
                done();
        });
        op->start();
    }
    QVERIFY(applied.wait(20000));
    for (const QString &domain : domains)
        QVERIFY2(results.value(domain).ok, qPrintable(results.value(domain).message()));
    QCOMPARE(f.byoTrunks().size(), 3);
    QCOMPARE(f.byoNumbers().size(), 6);

    // Someone detaches an assistant in the Vapi dashboard, on one domain only.
    const QString changedId = f.store().load().config.findDomain(Other)->numbers.first().vapiId;
    ResultWaiter<VapiPhoneNumber> detached;
    VapiPhoneNumberPatch patch;
    patch.assistantId = QString();
    f.vapi().updatePhoneNumber(changedId, patch, this, detached.callback());
    QVERIFY(detached.wait());
    QVERIFY(detached.ok());

    // Three status reads at once, each with its own key.
    QHash<QString, DomainStatus> statuses;
    EventWait read;
    for (const QString &domain : domains) {
        auto *op = new DomainStatusOperation(&f.core(), keysFor(domain, f), domain, this);
        connect(op, &DomainStatusOperation::finished, this, [&, done = read.done()](const DomainStatus &s) {
            statuses.insert(s.domain, s);
            if (statuses.size() == 3)
                done();
        });
        op->start();
    }
    QVERIFY(read.wait(20000));
    for (const QString &domain : domains) {
        const DomainStatus s = statuses.value(domain);
        QVERIFY2(s.ok(), qPrintable(domain + (s.error ? s.error->details() : s.problems.join(QLatin1Char(' ')))));
        QVERIFY(s.live);
        QCOMPARE(s.trunkName, QStringLiteral("Cloudonix %1").arg(domain.section(QLatin1Char('.'), 0, 0)));
        QCOMPARE(s.numbers.size(), 2);
        QVERIFY(s.allowBorderToBorder);
        QCOMPARE(s.drift.isEmpty(), domain != Other);
    }
    QVERIFY2(
        DriftFinding::texts(statuses.value(Other).drift).join(QLatin1Char(' ')).contains(QLatin1String("assistant")),
        qPrintable(DriftFinding::texts(statuses.value(Other).drift).join(QLatin1Char(' '))));
    QCOMPARE(f.statusCount(403), 0); // no key went to a domain not its own

    // A refresh of all three with the keys from the keychain: the same answers, and Vapi's
    // account lists read once for all of them instead of once per domain.
    QVERIFY(storeKeys(f, domains, true));
    const QString vapi = QStringLiteral("/vapi");
    for (const bool share : {true, false}) {
        f.clearLog();
        StatusRefreshOperation refresh(&f.core(), targetsFor(domains));
        refresh.setShareVapiRead(share);
        QHash<QString, DomainStatus> refreshed;
        connect(&refresh, &StatusRefreshOperation::domainChecked, this,
                [&refreshed](const QString &domain, const DomainStatus &s) { refreshed.insert(domain, s); });
        QVERIFY(runOperation(&refresh, &StatusRefreshOperation::finished) == 3);
        for (const QString &domain : domains) {
            QVERIFY2(refreshed.value(domain).ok(), qPrintable(domain));
            QCOMPARE(DriftFinding::texts(refreshed.value(domain).drift),
                     DriftFinding::texts(statuses.value(domain).drift));
            QCOMPARE(refreshed.value(domain).numbers.size(), 2);
        }
        const int perList = share ? 1 : 3;
        QCOMPARE(f.count("GET", vapi + QStringLiteral("/phone-number")), perList);
        QCOMPARE(f.count("GET", vapi + QStringLiteral("/assistant")), perList);
        QCOMPARE(f.count("GET", vapi + QStringLiteral("/credential")), perList);
        QCOMPARE(f.writes(), 0);
    }
}

// Without a Vapi key every domain says so, and with a refused key every domain has Vapi's
// answer, asked once for all of them.
void TestDomainStatusOperation::refreshReportsEachDomainWhenVapiCannotBeRead()
{
    ProvisioningFixture f(false, threeDomainsWithTheirOwnKeys);
    const QStringList domains {Demo, Other, Third};
    QVERIFY(storeKeys(f, domains, false));
    const QList<StatusRefreshOperation::Target> targets = targetsFor(domains);
    auto run = [&] {
        QHash<QString, DomainStatus> checked;
        StatusRefreshOperation refresh(&f.core(), targets);
        connect(&refresh, &StatusRefreshOperation::domainChecked, this,
                [&checked](const QString &domain, const DomainStatus &s) { checked.insert(domain, s); });
        runOperation(&refresh, &StatusRefreshOperation::finished);
        return checked;
    };
    QHash<QString, DomainStatus> checked = run();
    QCOMPARE(checked.size(), 3);
    for (const QString &domain : domains)
        QVERIFY2(checked.value(domain).problems.value(0).contains(QLatin1String("vapi"), Qt::CaseInsensitive),
                 qPrintable(checked.value(domain).problems.join(QLatin1Char(' '))));

    bool stored = false;
    f.core().secrets()->write(SecretStore::vapiAccount(), QStringLiteral("not-the-vapi-key-0000000000000000000"), this,
                              [&stored](const SecretError &) { stored = true; });
    QVERIFY(QTest::qWaitFor([&stored] { return stored; }, 2000));
    f.clearLog();
    checked = run();
    QCOMPARE(checked.size(), 3);
    for (const QString &domain : domains) {
        QVERIFY(checked.value(domain).error);
        QCOMPARE(checked.value(domain).error->system(), ApiError::System::Vapi);
    }
    // Asked once for all three domains: at most one 401 per Vapi list (trunks, numbers,
    // assistants), never one per domain. The first refusal cancels the other reads, so fewer
    // may reach the server when it is slow (2 were seen under load).
    const int refused = f.statusCount(401);
    QVERIFY2(refused >= 1 && refused <= 3, qPrintable(QString::number(refused)));
}

// Cancelled before the keychain answered: every domain still ends (as not checked), so a
// dashboard waiting for finished() is never left spinning.
void TestDomainStatusOperation::refreshCancelledWhileReadingKeysStillFinishes()
{
    ProvisioningFixture f(false, threeDomainsWithTheirOwnKeys);
    const QStringList domains {Demo, Other, Third};
    QVERIFY(storeKeys(f, domains, true));
    const QList<StatusRefreshOperation::Target> targets = targetsFor(domains);
    StatusRefreshOperation refresh(&f.core(), targets);
    QHash<QString, DomainStatus> checked;
    connect(&refresh, &StatusRefreshOperation::domainChecked, this,
            [&checked](const QString &domain, const DomainStatus &s) { checked.insert(domain, s); });
    QSignalSpy finished(&refresh, &StatusRefreshOperation::finished);
    f.clearLog();
    refresh.start();
    // The key reads answer from the event loop; cancel once it runs, before they do.
    QTimer::singleShot(0, &refresh, [&refresh] { refresh.cancel(); });
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toInt(), 3);
    for (const QString &domain : domains)
        QVERIFY2(checked.value(domain).problems.value(0).contains(QLatin1String("cancelled")),
                 qPrintable(checked.value(domain).problems.join(QLatin1Char(' '))));
    QCOMPARE(f.writes(), 0);
}

void TestDomainStatusOperation::unconfiguredDomainIsAProblemNotAFailure()
{
    ProvisioningFixture f;
    DomainStatusOperation op(&f.core(), keysFor(Demo, f), Demo);
    const auto status = runOperation(&op, &DomainStatusOperation::finished);
    QVERIFY(status);
    QVERIFY(!status->error);
    QCOMPARE(status->problems.size(), 1);
    QVERIFY(status->problems.first().contains(QLatin1String("not configured")));
    QCOMPARE(f.writes(), 0);
}

QTEST_GUILESS_MAIN(TestDomainStatusOperation)
#include "tst_domainstatusoperation.moc"
