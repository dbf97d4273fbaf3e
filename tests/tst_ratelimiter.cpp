#include "api/RateLimiter.h"

#include <QElapsedTimer>
#include <QTest>

using tw::RateLimiter;
using namespace std::chrono;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void startsInFifoOrderWithinTheWindow();
    void estimateCoversQueuedWork();
    void droppedContextFreesItsTurn();
};

void TestRateLimiter::startsInFifoOrderWithinTheWindow()
{
    RateLimiter limiter(3, milliseconds(300));
    QElapsedTimer clock;
    clock.start();
    QList<QPair<int, qint64>> starts;
    for (int i = 0; i < 7; ++i)
        limiter.acquire(QStringLiteral("d"), this, [&starts, &clock, i] { starts << qMakePair(i, clock.elapsed()); });
    QCOMPARE(starts.size(), 3); // the first three start at once
    QTRY_COMPARE_WITH_TIMEOUT(starts.size(), 7, 3000);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(starts.at(i).first, i);
    for (int i = 3; i < 7; ++i)
        QVERIFY2(starts.at(i).second - starts.at(i - 3).second >= 295, qPrintable(QString::number(i)));
}

void TestRateLimiter::estimateCoversQueuedWork()
{
    RateLimiter limiter(2, milliseconds(1000));
    QCOMPARE(limiter.estimatedWait(QStringLiteral("x"), 1).count(), 0);
    QCOMPARE(limiter.estimatedWait(QStringLiteral("x"), 5).count(), 2000); // 2 now, 2 at +1 s, 1 at +2 s
    for (int i = 0; i < 4; ++i)
        limiter.acquire(QStringLiteral("x"), this, [] {});
    QCOMPARE(limiter.queued(QStringLiteral("x")), 2);
    const auto wait = limiter.estimatedWait(QStringLiteral("x"), 1).count();
    QVERIFY2(wait > 1900 && wait <= 2000, qPrintable(QString::number(wait)));
}

void TestRateLimiter::droppedContextFreesItsTurn()
{
    RateLimiter limiter(1, milliseconds(200));
    int ran = 0;
    limiter.acquire(QStringLiteral("k"), this, [&ran] { ++ran; });
    auto *gone = new QObject;
    limiter.acquire(QStringLiteral("k"), gone, [&ran] { ran += 100; });
    limiter.acquire(QStringLiteral("k"), this, [&ran] { ++ran; });
    delete gone;
    QTRY_COMPARE(ran, 2);
    QTest::qWait(300);
    QCOMPARE(ran, 2);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
