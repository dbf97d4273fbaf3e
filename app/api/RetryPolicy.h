#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace tw {

// When to try a request again and how long to wait first. 429 is always retried (the server
// did no work); 502/503/504, timeouts and dropped connections only for idempotent requests,
// so a POST is never sent twice blindly.
class RetryPolicy
{
public:
    int maxAttempts = 3;
    std::chrono::milliseconds baseDelay {500};
    std::chrono::milliseconds maxDelay {30000};
    double jitter = 0.2; // +/- fraction of the computed delay
    // Wait used for a 429 that names no Retry-After (Cloudonix counts per 10 s window).
    std::chrono::milliseconds rateLimitFallbackDelay {10000};

    enum class Failure { None, RateLimited, Gateway, Timeout, Dropped, Other };

    static Failure classify(int httpStatus, bool timedOut, bool dropped);
    bool shouldRetry(Failure failure, bool idempotent, int attemptsSoFar) const;
    // Delay before try number attemptsSoFar + 1; retryAfter is the server's wish, if any.
    std::chrono::milliseconds delayFor(Failure failure, int attemptsSoFar,
                                       std::optional<std::chrono::milliseconds> retryAfter) const;

    // Retry-After as delta seconds ("7") or an HTTP date; nullopt when absent or unreadable.
    static std::optional<std::chrono::milliseconds>
    parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace tw
