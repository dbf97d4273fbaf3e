#include "api/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using tw::RetryPolicy;
using namespace std::chrono;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parseRetryAfter_data();
    void parseRetryAfter();
    void whatIsRetried_data();
    void whatIsRetried();
    void backoffGrowsWithJitterAndCap();
    void retryAfterWinsButIsCapped();
};

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1 = none
    QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("http date +90s") << QByteArray("Thu, 26 Nov 2026 10:01:30 GMT") << qint64(90000);
    QTest::newRow("http date in the past") << QByteArray("Thu, 26 Nov 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc());
    const auto parsed = RetryPolicy::parseRetryAfter(value, now);
    if (expectedMs < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), expectedMs);
    }
}

void TestRetryPolicy::whatIsRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("dropped");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<bool>("retried");
    QTest::newRow("429 GET") << 429 << false << false << true << true;
    QTest::newRow("429 POST") << 429 << false << false << false << true; // the server did nothing
    QTest::newRow("502 GET") << 502 << false << false << true << true;
    QTest::newRow("503 GET") << 503 << false << false << true << true;
    QTest::newRow("504 GET") << 504 << false << false << true << true;
    QTest::newRow("503 POST") << 503 << false << false << false << false;
    QTest::newRow("500 GET") << 500 << false << false << true << false;
    QTest::newRow("timeout GET") << 0 << true << false << true << true;
    QTest::newRow("timeout POST") << 0 << true << false << false << false;
    QTest::newRow("dropped GET") << 0 << false << true << true << true;
    QTest::newRow("dropped POST") << 0 << false << true << false << false;
    QTest::newRow("400") << 400 << false << false << true << false;
    QTest::newRow("401") << 401 << false << false << true << false;
    QTest::newRow("404") << 404 << false << false << true << false;
}

void TestRetryPolicy::whatIsRetried()
{
    QFETCH(int, status);
    QFETCH(bool, timedOut);
    QFETCH(bool, dropped);
    QFETCH(bool, idempotent);
    QFETCH(bool, retried);
    RetryPolicy policy;
    const auto failure = RetryPolicy::classify(status, timedOut, dropped);
    QCOMPARE(policy.shouldRetry(failure, idempotent, 1), retried);
    QCOMPARE(policy.shouldRetry(failure, idempotent, 2), retried);
    QVERIFY(!policy.shouldRetry(failure, idempotent, 3)); // at most three tries
}

void TestRetryPolicy::backoffGrowsWithJitterAndCap()
{
    RetryPolicy policy;
    policy.baseDelay = milliseconds(1000);
    policy.maxDelay = milliseconds(3000);
    for (int i = 0; i < 200; ++i) {
        const auto first = policy.delayFor(RetryPolicy::Failure::Gateway, 1, std::nullopt).count();
        const auto second = policy.delayFor(RetryPolicy::Failure::Gateway, 2, std::nullopt).count();
        const auto capped = policy.delayFor(RetryPolicy::Failure::Gateway, 5, std::nullopt).count();
        QVERIFY2(first >= 800 && first <= 1200, qPrintable(QString::number(first)));
        QVERIFY2(second >= 1600 && second <= 2400, qPrintable(QString::number(second)));
        QVERIFY(capped <= 3000);
    }
    QCOMPARE(policy.delayFor(RetryPolicy::Failure::RateLimited, 1, std::nullopt),
             milliseconds(3000)); // fallback, capped
}

void TestRetryPolicy::retryAfterWinsButIsCapped()
{
    RetryPolicy policy;
    QCOMPARE(policy.delayFor(RetryPolicy::Failure::RateLimited, 1, milliseconds(4000)), milliseconds(4000));
    QCOMPARE(policy.delayFor(RetryPolicy::Failure::RateLimited, 1, milliseconds(3600000)), policy.maxDelay);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
