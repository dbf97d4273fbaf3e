#include "api/RateLimiter.h"

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

void RateLimiter::prune(Bucket &bucket, qint64 now) const
{
    while (!bucket.starts.empty() && now - bucket.starts.front() >= m_window.count())
        bucket.starts.pop_front();
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
    const qint64 now = m_clock.elapsed();
    prune(bucket, now);
    std::vector<std::function<void()>> ready;
    while (!bucket.waiters.empty() && int(bucket.starts.size()) < m_maxRequests) {
        Waiter waiter = std::move(bucket.waiters.front());
        bucket.waiters.pop_front();
        if (!waiter.context)
            continue; // its owner is gone; do not spend a slot on it
        bucket.starts.push_back(now);
        ready.push_back(std::move(waiter.go));
    }
    if (!bucket.waiters.empty()) {
        if (!bucket.timer) {
            bucket.timer = new QTimer(this);
            bucket.timer->setSingleShot(true);
            connect(bucket.timer, &QTimer::timeout, this, [this, key] { drain(key); });
        }
        const qint64 wait = bucket.starts.front() + m_window.count() - now;
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
    Bucket copy;
    copy.starts = it->starts;
    const qint64 now = m_clock.elapsed();
    prune(copy, now);
    // Simulate the queue: each start needs a free slot in the window.
    std::deque<qint64> starts = copy.starts;
    qint64 t = now;
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
    return std::chrono::milliseconds(t - now);
}

int RateLimiter::queued(const QString &key) const
{
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? 0 : int(it->waiters.size());
}

} // namespace tw
