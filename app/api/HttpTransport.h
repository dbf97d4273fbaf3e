#pragma once

#include "api/ApiActivity.h"
#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "api/ClientOptions.h"
#include "api/HttpRequest.h"
#include "api/HttpResponse.h"
#include "api/RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace tw {

class RateLimiter;

// Sends the requests of one API: base URL, bearer key, per-request timeout, retries with
// backoff, optional pacing, error mapping and redacted logging. Knows nothing of the API's
// resources; CloudonixClient and VapiClient build on it.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult<HttpResponse> &)>;

    HttpTransport(ApiError::System system, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpTransport() override;

    ApiError::System system() const { return m_system; }
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setOptions(const ClientOptions &options)
    {
        m_timeout = options.timeout;
        m_retry = options.retry;
        m_maxResponseBytes = options.maxResponseBytes;
        m_extraCaCertificates = options.extraCaCertificates;
    }
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCaCertificates = certificates; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    // Not owned; it must outlive this transport (the clients own both).
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }
    RateLimiter *rateLimiter() const { return m_limiter; }

    // Starts the request. done() runs once, later (never inside send()), unless context is
    // destroyed first. With `operation`, the request runs under that handle (paging); else a
    // new handle is returned and finishes after done().
    ApiCall *send(const HttpRequest &request, QObject *context, Callback done, ApiCall *operation = nullptr);

    // Decodes a JSON body, or explains why not (for the clients' typed parsing).
    ApiError badResponse(const HttpRequest &request, const QString &why) const;
    QString redact(const QString &text) const;

signals:
    // Every wait of any request of this transport, as its ApiCall also reports it: operations
    // pass them on to the admin ("waiting 9 s for Cloudonix's rate limit").
    void retryScheduled(int attempt, int delayMs);
    void rateLimitWaitStarted(int estimatedMs);
    // Every answer (or failure) of every try, for the activity log.
    void exchanged(const tw::ApiActivity &activity);

private:
    struct Exchange;
    void startAttempt(const std::shared_ptr<Exchange> &exchange);
    void dispatch(const std::shared_ptr<Exchange> &exchange);
    void onReplyFinished(const std::shared_ptr<Exchange> &exchange, QNetworkReply *reply);
    void finish(const std::shared_ptr<Exchange> &exchange, const ApiResult<HttpResponse> &result);
    ApiError makeError(const HttpRequest &request, ApiError::Kind kind) const;
    QUrl urlFor(const HttpRequest &request) const;
    QStringList serverMessages(const QByteArray &body) const;

    ApiError::System m_system;
    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_baseUrl;
    QString m_baseUrlError;
    QString m_apiKey;
    std::chrono::milliseconds m_timeout = ClientOptions {}.timeout;
    RetryPolicy m_retry = ClientOptions {}.retry;
    QList<QSslCertificate> m_extraCaCertificates;
    qint64 m_maxResponseBytes = ClientOptions {}.maxResponseBytes;
    static constexpr qint64 ReadChunkBytes = 64 * 1024; // what Qt may hold unread per reply
    RateLimiter *m_limiter = nullptr;
};

} // namespace tw
