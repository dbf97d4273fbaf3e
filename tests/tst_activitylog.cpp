#include "config/ActivityLog.h"
#include "dashboard/ActivityLogModel.h"
#include "support/ProvisioningFixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// The activity log: every request of the core's clients, kept across restarts within a cap,
// never a key.
using namespace tw;
using namespace tw::test;

namespace {
ApiActivity request(int i)
{
    ApiActivity a;
    a.at = QDateTime::currentDateTimeUtc();
    a.system = QStringLiteral("Vapi");
    a.method = QStringLiteral("GET");
    a.path = QStringLiteral("/phone-number/%1").arg(i);
    a.status = 200;
    a.durationMs = 12;
    return a;
}
} // namespace

class TestActivityLog : public QObject
{
    Q_OBJECT

private slots:
    void keptAcrossRestartsWithinTheCap();
    void aCutLineIsSkipped();
    void everyRequestOfTheCoreIsLoggedWithoutKeys();
    void modelHoldsTheNewestRows();
    void pacingWaitsAreKeptApartFromTheRequest();
};

void TestActivityLog::keptAcrossRestartsWithinTheCap()
{
    QTemporaryDir dir;
    {
        ActivityLog log(dir.path());
        log.setCapBytes(2000);
        for (int i = 0; i < 60; ++i)
            log.append(request(i));
    }
    ActivityLog again(dir.path()); // a later start reads what was kept
    const QList<ApiActivity> kept = again.recent();
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept.last().path, QStringLiteral("/phone-number/59"));
    QVERIFY(kept.size() < 60); // the oldest went with the rotation
    QVERIFY(QFileInfo(again.filePath()).size() <= 2000 + 200);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("activity.1.jsonl"))));
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(again.filePath()).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QCOMPARE(again.recent(5).size(), 5);
}

void TestActivityLog::aCutLineIsSkipped()
{
    QTemporaryDir dir;
    QString path;
    {
        ActivityLog log(dir.path());
        log.append(request(1));
        path = log.filePath();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"at\": \"2026-12-01T1"); // the process died mid-line
    file.close();
    ActivityLog restarted(dir.path());
    restarted.append(request(2));
    const QList<ApiActivity> kept = restarted.recent();
    QCOMPARE(kept.size(), 2); // the cut line is skipped; the next entry is not glued to it
    QCOMPARE(kept.first().path, QStringLiteral("/phone-number/1"));
    QCOMPARE(kept.last().path, QStringLiteral("/phone-number/2"));
}

void TestActivityLog::everyRequestOfTheCoreIsLoggedWithoutKeys()
{
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(2)).ok);
    const QList<ApiActivity> kept = f.core().activity()->recent();
    const int cloudonix = int(std::count_if(
        kept.cbegin(), kept.cend(), [](const ApiActivity &a) { return a.system == QLatin1String("Cloudonix"); }));
    const int posts = int(std::count_if(kept.cbegin(), kept.cend(), [](const ApiActivity &a) {
        return a.system == QLatin1String("Vapi") && a.method == QLatin1String("POST") && a.status == 201;
    }));
    QVERIFY(cloudonix > 0);
    QCOMPARE(posts, 3); // the trunk and two numbers
    QFile file(f.core().activity()->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(f.sandbox().scenario().cloudonixCustomerKey().toUtf8()));
    QVERIFY(!text.contains(f.sandbox().scenario().vapiKey().toUtf8()));
    QVERIFY(!text.contains("Bearer"));
}

void TestActivityLog::modelHoldsTheNewestRows()
{
    ActivityLogModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({request(1), request(2), request(3), request(4)});
    QCOMPARE(model.rowCount(), 3);
    model.append(request(5));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, ActivityLogModel::PathColumn).data().toString(), QStringLiteral("/phone-number/5"));
    QCOMPARE(model.index(0, ActivityLogModel::PathColumn).data().toString(), QStringLiteral("/phone-number/3"));
    QVERIFY(model.text({2}).contains(QLatin1String("GET\t/phone-number/5\t200")));
}

void TestActivityLog::pacingWaitsAreKeptApartFromTheRequest()
{
    // Ten DNIDs: Cloudonix's pacing (5 per 150 ms here) holds most requests back. The log keeps
    // each request's own time apart from the wait, so a held-back request does not look slow.
    ProvisioningFixture f;
    QVERIFY(f.planAndApply(ProvisioningFixture::sampleState(10)).ok);
    const QList<ApiActivity> kept = f.core().activity()->recent();
    qint64 longestWait = 0;
    for (const ApiActivity &a : kept) {
        if (a.system != QLatin1String("Cloudonix"))
            continue;
        longestWait = std::max(longestWait, a.waitedMs);
        QVERIFY2(a.durationMs < ProvisioningFixture::PacedWindowMs, qPrintable(QString::number(a.durationMs)));
    }
    QVERIFY2(longestWait >= ProvisioningFixture::PacedWindowMs / 2, qPrintable(QString::number(longestWait)));
    // Kept across a restart, and shown apart.
    const QList<ApiActivity> reread = ActivityLog(QFileInfo(f.core().activity()->filePath()).path()).recent();
    QVERIFY(std::any_of(reread.cbegin(), reread.cend(),
                        [longestWait](const ApiActivity &a) { return a.waitedMs == longestWait; }));
    ApiActivity held = request(1);
    held.waitedMs = 6400;
    ActivityLogModel model;
    model.setEntries({held, request(2)});
    QCOMPARE(model.index(0, ActivityLogModel::DurationColumn).data().toString(),
             QStringLiteral("12 ms (waited 6.4 s)"));
    QCOMPARE(model.index(1, ActivityLogModel::DurationColumn).data().toString(), QStringLiteral("12 ms"));
}

QTEST_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
