#pragma once

#include <QObject>

#include <functional>

namespace tw {

// Handle of one logical API operation (possibly several HTTP requests: retries, pages).
// The client that created it owns it and deletes it after the result callback has run.
// abort() stops it; the callback then receives an ApiError of kind Cancelled.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    explicit ApiCall(QObject *parent = nullptr);

    void abort();
    bool isAborted() const { return m_aborted; }
    bool isFinished() const { return m_finished; }

    // Set by the layer that currently waits (transport, limiter, paging); abort() runs it.
    void setCanceller(std::function<void()> canceller) { m_canceller = std::move(canceller); }
    void markFinished();

signals:
    void retryScheduled(int attempt, int delayMs); // a transient failure will be retried
    void rateLimitWaitStarted(int estimatedMs); // pacing holds the request back
    void finished();

private:
    std::function<void()> m_canceller;
    bool m_aborted = false;
    bool m_finished = false;
};

} // namespace tw
