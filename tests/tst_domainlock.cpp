// One run per domain: the lock file in the config folder, tried on a timer, taken over from a
// holder that no longer runs.
#include "config/DomainLock.h"
#include "support/EventWait.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;
using namespace std::chrono;

class TestDomainLock : public QObject
{
    Q_OBJECT

private slots:
    void secondWaitsThenSaysWhoHoldsIt();
    void releasedLockIsFree();
    void holderThatIsGoneIsTakenOver();
    void cancelledWaitEnds();

private:
    struct Outcome
    {
        bool done = false;
        bool held = false;
        QString error;
    };
    Outcome acquire(DomainLock &lock, milliseconds wait);
};

TestDomainLock::Outcome TestDomainLock::acquire(DomainLock &lock, milliseconds wait)
{
    Outcome outcome;
    test::EventWait ended;
    lock.acquire(wait, [&outcome, done = ended.done()](bool held, const QString &error) {
        outcome = {true, held, error};
        done();
    });
    ended.wait(5000);
    return outcome;
}

void TestDomainLock::secondWaitsThenSaysWhoHoldsIt()
{
    QTemporaryDir dir;
    DomainLock first(dir.path(), QStringLiteral("Demo.cloudonix.net"));
    QVERIFY(acquire(first, milliseconds(0)).held);
    DomainLock second(dir.path(), QStringLiteral("demo.cloudonix.net"));
    QElapsedTimer clock;
    clock.start();
    const Outcome busy = acquire(second, milliseconds(300));
    QVERIFY(busy.done);
    QVERIFY(!busy.held);
    QVERIFY(clock.elapsed() >= 250); // it waited before it gave up (timers may fire a little early)
    QVERIFY2(busy.error.contains(QLatin1String("Another change to demo.cloudonix.net is in progress")),
             qPrintable(busy.error));
    QVERIFY(busy.error.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())));
    DomainLock other(dir.path(), QStringLiteral("other.cloudonix.net"));
    QVERIFY(acquire(other, milliseconds(0)).held); // domains do not wait for each other
}

void TestDomainLock::releasedLockIsFree()
{
    QTemporaryDir dir;
    DomainLock first(dir.path(), QStringLiteral("demo.cloudonix.net"));
    QVERIFY(acquire(first, milliseconds(0)).held);
    DomainLock second(dir.path(), QStringLiteral("demo.cloudonix.net"));
    QTimer::singleShot(100, &first, &DomainLock::release);
    const Outcome waited = acquire(second, milliseconds(2000));
    QVERIFY(waited.held);
    QVERIFY(waited.error.isEmpty());
}

void TestDomainLock::holderThatIsGoneIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = DomainLock::lockPath(dir.path(), QStringLiteral("demo.cloudonix.net"));
    QByteArray contents;
    {
        DomainLock earlier(dir.path(), QStringLiteral("demo.cloudonix.net"));
        QVERIFY(acquire(earlier, milliseconds(0)).held);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        contents = file.readAll();
    }
    // What SIGKILL leaves behind: the lock file of a process that has ended.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForStarted(5000));
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished(5000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(pid) + contents.mid(contents.indexOf('\n')));
    file.close();

    DomainLock next(dir.path(), QStringLiteral("demo.cloudonix.net"));
    const Outcome taken = acquire(next, milliseconds(0));
    QVERIFY2(taken.held, qPrintable(taken.error));
}

void TestDomainLock::cancelledWaitEnds()
{
    QTemporaryDir dir;
    DomainLock first(dir.path(), QStringLiteral("demo.cloudonix.net"));
    QVERIFY(acquire(first, milliseconds(0)).held);
    DomainLock second(dir.path(), QStringLiteral("demo.cloudonix.net"));
    QTimer::singleShot(50, &second, &DomainLock::cancelWait);
    const Outcome cancelled = acquire(second, seconds(30));
    QVERIFY(cancelled.done);
    QVERIFY(!cancelled.held);
    QVERIFY(cancelled.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDomainLock)
#include "tst_domainlock.moc"
