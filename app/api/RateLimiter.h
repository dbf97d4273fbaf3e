#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

namespace tw {

class PacingLedger;

// Client-side pacing: at most maxRequests starts per key in any rolling window. Cloudonix
// allows 10 requests per domain per 10 s and counts on arrival, so the defaults (ClientOptions)
// keep a margin in both count and time. Waiting callers run in FIFO order; nothing blocks.
// With a PacingLedger, the window also holds the starts of other processes on this computer.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    RateLimiter(int maxRequests, std::chrono::milliseconds window, QObject *parent = nullptr);

    int maxRequests() const { return m_maxRequests; }
    std::chrono::milliseconds window() const { return m_window; }
    void setLimit(int maxRequests, std::chrono::milliseconds window);
    // Not owned; shared with other processes. Without one, pacing is per process.
    void setLedger(PacingLedger *ledger) { m_ledger = ledger; }

    // Runs go() now if the key has room, else when it does. If context is destroyed first,
    // go() is dropped.
    void acquire(const QString &key, QObject *context, std::function<void()> go);
    // How long `count` more requests on this key would take to start, given what is queued.
    std::chrono::milliseconds estimatedWait(const QString &key, int count = 1) const;
    int queued(const QString &key) const;

signals:
    void waitingChanged(const QString &key, int queued);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> go;
    };
    struct Bucket
    {
        std::deque<qint64> starts; // ms on now()
        std::deque<Waiter> waiters;
        QTimer *timer = nullptr;
    };

    void drain(const QString &key);
    void prune(std::deque<qint64> &starts, qint64 now) const;
    qint64 now() const;

    int m_maxRequests;
    std::chrono::milliseconds m_window;
    QElapsedTimer m_clock;
    PacingLedger *m_ledger = nullptr;
    QHash<QString, Bucket> m_buckets;
};

} // namespace tw
