#include "api/RateLimiter.h"

#include "api/PacingLedger.h"

#include <QDateTime>

#include <algorithm>

namespace tw {

RateLimiter::RateLimiter(int maxRequests, std::chrono::milliseconds window, QObject *parent)
    : QObject(parent)
    , m_maxRequests(std::max(1, maxRequests))
    , m_window(window)
{
    m_clock.start();
}

void RateLimiter::setLimit(int maxRequests, std::chrono::milliseconds window)
{
    m_maxRequests = std::max(1, maxRequests);
    m_window = window;
}

qint64 RateLimiter::now() const
{
    // Other processes share the ledger, so its times must be wall-clock times.
    return m_ledger ? QDateTime::currentMSecsSinceEpoch() : m_clock.elapsed();
}

void RateLimiter::prune(std::deque<qint64> &starts, qint64 now) const
{
    while (!starts.empty() && now - starts.front() >= m_window.count())
        starts.pop_front();
}

void RateLimiter::acquire(const QString &key, QObject *context, std::function<void()> go)
{
    Bucket &bucket = m_buckets[key];
    bucket.waiters.push_back({QPointer<QObject>(context), std::move(go)});
    drain(key);
}

void RateLimiter::drain(const QString &key)
{
    Bucket &bucket = m_buckets[key];
    const qint64 t = now();
    std::vector<std::function<void()>> ready;
    auto grant = [&](std::deque<qint64> &starts) {
        prune(starts, t);
        while (!bucket.waiters.empty() && int(starts.size()) < m_maxRequests) {
            Waiter waiter = std::move(bucket.waiters.front());
            bucket.waiters.pop_front();
            if (!waiter.context)
                continue; // its owner is gone; do not spend a slot on it
            starts.push_back(t);
            ready.push_back(std::move(waiter.go));
        }
    };
    if (m_ledger && !bucket.waiters.empty()) {
        m_ledger->update(key, t - m_window.count(), [&](std::deque<qint64> &starts) {
            // What this process started counts even when the file lost it (or could not be read).
            for (qint64 own : bucket.starts)
                if (std::find(starts.begin(), starts.end(), own) == starts.end())
                    starts.push_back(own);
            std::sort(starts.begin(), starts.end());
            grant(starts);
            bucket.starts = starts;
        });
    } else {
        grant(bucket.starts);
    }
    if (!bucket.waiters.empty()) {
        if (!bucket.timer) {
            bucket.timer = new QTimer(this);
            bucket.timer->setSingleShot(true);
            connect(bucket.timer, &QTimer::timeout, this, [this, key] { drain(key); });
        }
        const qint64 wait = bucket.starts.front() + m_window.count() - t;
        bucket.timer->start(int(std::max<qint64>(1, wait)));
    }
    const int waiting = int(bucket.waiters.size());
    // Run after bookkeeping: a callback may re-enter acquire() for the same key.
    for (auto &go : ready)
        go();
    emit waitingChanged(key, waiting);
}

std::chrono::milliseconds RateLimiter::estimatedWait(const QString &key, int count) const
{
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.cend())
        return std::chrono::milliseconds((std::max(0, count - 1) / m_maxRequests) * m_window.count());
    const qint64 start = now();
    std::deque<qint64> starts = it->starts;
    prune(starts, start);
    // Simulate the queue: each start needs a free slot in the window.
    qint64 t = start;
    const int total = int(it->waiters.size()) + count;
    for (int i = 0; i < total; ++i) {
        while (!starts.empty() && t - starts.front() >= m_window.count())
            starts.pop_front();
        if (int(starts.size()) >= m_maxRequests) {
            t = starts.front() + m_window.count();
            starts.pop_front();
        }
        starts.push_back(t);
    }
    return std::chrono::milliseconds(t - start);
}

int RateLimiter::queued(const QString &key) const
{
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? 0 : int(it->waiters.size());
}

} // namespace tw
