// The pacing file shared by Trunk Wizard processes: two limiters on one ledger behave like two
// processes, and together stay within one limit.
#include "api/PacingLedger.h"
#include "api/RateLimiter.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;
using namespace std::chrono;

class TestPacingLedger : public QObject
{
    Q_OBJECT

private slots:
    void twoProcessesShareOneWindow();
    void keysAndOldStartsAreSeparate();
    void damagedFileStartsAfresh();
};

void TestPacingLedger::twoProcessesShareOneWindow()
{
    QTemporaryDir dir;
    PacingLedger ledgerA(dir.filePath(QStringLiteral("pacing.json")));
    PacingLedger ledgerB(dir.filePath(QStringLiteral("pacing.json")));
    RateLimiter a(4, milliseconds(300));
    RateLimiter b(4, milliseconds(300));
    a.setLedger(&ledgerA);
    b.setLedger(&ledgerB);
    QList<qint64> starts;
    for (int i = 0; i < 3; ++i)
        a.acquire(QStringLiteral("demo"), this, [&starts] { starts << QDateTime::currentMSecsSinceEpoch(); });
    QCOMPARE(starts.size(), 3);
    // The other "process" finds one slot left in this window, not four.
    for (int i = 0; i < 3; ++i)
        b.acquire(QStringLiteral("demo"), this, [&starts] { starts << QDateTime::currentMSecsSinceEpoch(); });
    QCOMPARE(starts.size(), 4);
    QCOMPARE(b.queued(QStringLiteral("demo")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(starts.size(), 6, 2000);
    std::sort(starts.begin(), starts.end());
    for (int i = 4; i < starts.size(); ++i)
        QVERIFY2(starts.at(i) - starts.at(i - 4) >= 295, qPrintable(QString::number(i)));
}

void TestPacingLedger::keysAndOldStartsAreSeparate()
{
    QTemporaryDir dir;
    PacingLedger ledger(dir.filePath(QStringLiteral("pacing.json")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(ledger.update(QStringLiteral("a"), 0, [now](std::deque<qint64> &s) { s = {now - 60000, now}; }));
    QVERIFY(ledger.update(QStringLiteral("b"), 0, [now](std::deque<qint64> &s) { s.push_back(now); }));
    std::deque<qint64> seen;
    QVERIFY(ledger.update(QStringLiteral("a"), now - 1000, [&seen](std::deque<qint64> &s) { seen = s; }));
    QCOMPARE(seen.size(), size_t(1)); // the start of a minute ago is outside the window asked for
    QCOMPARE(seen.front(), now);
}

void TestPacingLedger::damagedFileStartsAfresh()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pacing.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    PacingLedger ledger(path);
    std::deque<qint64> seen {1};
    QVERIFY(ledger.update(QStringLiteral("a"), 0, [&seen](std::deque<qint64> &s) { seen = s; }));
    QVERIFY(seen.empty());
    QVERIFY(ledger.update(QStringLiteral("a"), 0, [](std::deque<qint64> &s) { s.push_back(5); }));
}

QTEST_GUILESS_MAIN(TestPacingLedger)
#include "tst_pacingledger.moc"
