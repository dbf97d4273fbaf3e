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

// Client-side pacing: at most maxRequests starts per key in any rolling window. Cloudonix
// allows 10 requests per domain per 10 s and counts on arrival, so the defaults keep a margin
// in both count and time. Waiting callers run in FIFO order; nothing blocks.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    explicit RateLimiter(int maxRequests = 8, std::chrono::milliseconds window = std::chrono::milliseconds(11000),
                         QObject *parent = nullptr);

    int maxRequests() const { return m_maxRequests; }
    std::chrono::milliseconds window() const { return m_window; }
    void setLimit(int maxRequests, std::chrono::milliseconds window);

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
        std::deque<qint64> starts; // ms on m_clock
        std::deque<Waiter> waiters;
        QTimer *timer = nullptr;
    };

    void drain(const QString &key);
    void prune(Bucket &bucket, qint64 now) const;

    int m_maxRequests;
    std::chrono::milliseconds m_window;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace tw
