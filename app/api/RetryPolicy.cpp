#include "api/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace tw {

RetryPolicy::Failure RetryPolicy::classify(int httpStatus, bool timedOut, bool dropped)
{
    if (timedOut)
        return Failure::Timeout;
    if (httpStatus == 429)
        return Failure::RateLimited;
    if (httpStatus == 502 || httpStatus == 503 || httpStatus == 504)
        return Failure::Gateway;
    if (dropped)
        return Failure::Dropped;
    return httpStatus >= 200 && httpStatus < 400 ? Failure::None : Failure::Other;
}

bool RetryPolicy::shouldRetry(Failure failure, bool idempotent, int attemptsSoFar) const
{
    if (attemptsSoFar >= maxAttempts)
        return false;
    switch (failure) {
    case Failure::RateLimited:
        return true;
    case Failure::Gateway:
    case Failure::Timeout:
    case Failure::Dropped:
        return idempotent;
    default:
        return false;
    }
}

std::chrono::milliseconds RetryPolicy::delayFor(Failure failure, int attemptsSoFar,
                                                std::optional<std::chrono::milliseconds> retryAfter) const
{
    using namespace std::chrono;
    if (retryAfter)
        return std::min(*retryAfter, maxDelay);
    if (failure == Failure::RateLimited)
        return std::min(rateLimitFallbackDelay, maxDelay);
    const double exponential = double(baseDelay.count()) * std::pow(2.0, std::max(0, attemptsSoFar - 1));
    const double spread = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * jitter;
    const auto delay = milliseconds(qint64(exponential * (1.0 + spread)));
    return std::clamp(delay, milliseconds(0), maxDelay);
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::milliseconds(seconds * 1000));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    const qint64 ms = now.msecsTo(when);
    return std::chrono::milliseconds(std::max<qint64>(0, ms));
}

} // namespace tw
