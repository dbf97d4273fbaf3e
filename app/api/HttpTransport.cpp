#include "api/HttpTransport.h"

#include "api/ApiLogging.h"
#include "api/EndpointPolicy.h"
#include "api/OneShotUploadDevice.h"
#include "api/RateLimiter.h"
#include "api/Redactor.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace tw {

struct HttpTransport::Exchange
{
    HttpRequest request;
    QPointer<QObject> context;
    Callback done;
    QPointer<ApiCall> call;
    bool ownsCall = true;
    int attempts = 0;
    bool timedOut = false;
    bool tooLarge = false; // the answer passed maxResponseBytes: stopped, never retried
    QByteArray body; // this try's answer, taken from the reply as it arrives
    QStringList certificateErrors; // why the server's certificate was refused, if it was
    bool cancelled = false;
    bool finished = false;
    QElapsedTimer clock; // since the request was made: pacing, backoff and every try
    QElapsedTimer onWire; // since this try was sent
};

HttpTransport::HttpTransport(ApiError::System system, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_system(system)
    , m_nam(nam)
{ }

HttpTransport::~HttpTransport() = default;

void HttpTransport::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
    m_baseUrlError = EndpointPolicy::checkBaseUrl(m_baseUrl);
}

QString HttpTransport::redact(const QString &text) const
{
    return Redactor::scrub(text, {m_apiKey});
}

QUrl HttpTransport::urlFor(const HttpRequest &request) const
{
    QByteArray encoded = m_baseUrl.toEncoded() + request.path.toUtf8();
    if (!request.query.isEmpty())
        encoded += '?' + request.query.toString(QUrl::FullyEncoded).toUtf8();
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

ApiError HttpTransport::makeError(const HttpRequest &request, ApiError::Kind kind) const
{
    return ApiError(m_system, kind, QString::fromLatin1(request.method),
                    QUrl::fromPercentEncoding(request.path.toUtf8()));
}

ApiError HttpTransport::badResponse(const HttpRequest &request, const QString &why) const
{
    ApiError error = makeError(request, ApiError::Kind::BadResponse);
    error.setNetworkDetail(redact(why));
    return error;
}

ApiCall *HttpTransport::send(const HttpRequest &request, QObject *context, Callback done, ApiCall *operation)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->request = request;
    exchange->context = context;
    exchange->done = std::move(done);
    exchange->ownsCall = operation == nullptr;
    exchange->call = operation ? operation : new ApiCall(this);
    exchange->clock.start();

    if (!m_baseUrlError.isEmpty() || !m_nam) {
        ApiError error = makeError(request, ApiError::Kind::InvalidUrl);
        error.setNetworkDetail(m_nam ? m_baseUrlError : QStringLiteral("no network access manager"));
        QTimer::singleShot(0, this, [this, exchange, error] { finish(exchange, error); });
        return exchange->call;
    }
    // Always asynchronous, so callers see the same ordering whatever happens.
    QTimer::singleShot(0, this, [this, exchange] { startAttempt(exchange); });
    exchange->call->setCanceller([this, exchange] {
        exchange->cancelled = true;
        finish(exchange, makeError(exchange->request, ApiError::Kind::Cancelled));
    });
    return exchange->call;
}

void HttpTransport::startAttempt(const std::shared_ptr<Exchange> &exchange)
{
    if (exchange->finished)
        return;
    if (m_limiter && !exchange->request.paceKey.isEmpty()) {
        const auto wait = m_limiter->estimatedWait(exchange->request.paceKey);
        if (wait.count() > 0) {
            qCDebug(lcApi) << "pacing" << exchange->request.paceKey << "for about" << wait.count() << "ms";
            emit rateLimitWaitStarted(int(wait.count()));
            if (exchange->call)
                emit exchange->call->rateLimitWaitStarted(int(wait.count()));
        }
        m_limiter->acquire(exchange->request.paceKey, exchange->call, [this, exchange] { dispatch(exchange); });
        return;
    }
    dispatch(exchange);
}

void HttpTransport::dispatch(const std::shared_ptr<Exchange> &exchange)
{
    if (exchange->finished || !m_nam)
        return;
    ++exchange->attempts;
    exchange->onWire.start();
    const HttpRequest &r = exchange->request;
    QNetworkRequest request(urlFor(r));
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "TrunkWizard/" TW_VERSION);
    if (!r.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // A redirect could carry the key to another host: never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    if (!m_extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    // HTTP/1.1 keeps the re-send behaviour below predictable; these APIs gain nothing from h2.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkReply *reply = nullptr;
    if (r.method == "GET") {
        reply = m_nam->get(request);
    } else if (r.idempotent) {
        reply = m_nam->sendCustomRequest(request, r.method, r.body);
    } else {
        // Not safe to repeat: make Qt's own silent re-send after a dropped connection impossible.
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotUploadDevice(r.body);
        reply = m_nam->sendCustomRequest(request, r.method, body);
        body->setParent(reply);
    }
    exchange->timedOut = false;
    exchange->tooLarge = false;
    exchange->body.clear();
    exchange->certificateErrors.clear();
    connect(reply, &QNetworkReply::sslErrors, this, [exchange](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            exchange->certificateErrors << e.errorString();
    });
    // A body without end (or announced as huge) is cut off as it arrives, not after it filled
    // the memory. Qt reads the socket on its own thread into the reply's buffer, which grows
    // without bound while this thread is late; a small buffer makes it stop reading until the
    // body is taken from it here, where it is measured.
    reply->setReadBufferSize(ReadChunkBytes);
    auto take = [this, exchange, reply] {
        if (exchange->tooLarge)
            return;
        exchange->body += reply->readAll(); // at most ReadChunkBytes
        if (exchange->body.size() > m_maxResponseBytes) {
            exchange->tooLarge = true;
            exchange->body.clear();
            reply->abort();
        }
    };
    connect(reply, &QIODevice::readyRead, this, take);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, exchange, reply] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (!exchange->tooLarge && announced > m_maxResponseBytes) {
            exchange->tooLarge = true;
            reply->abort();
        }
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [exchange, reply] {
        exchange->timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);
    QPointer<QNetworkReply> guard(reply);
    if (exchange->call) {
        exchange->call->setCanceller([this, exchange, guard] {
            exchange->cancelled = true;
            if (guard)
                guard->abort(); // finished() follows and reports Cancelled
            else
                finish(exchange, makeError(exchange->request, ApiError::Kind::Cancelled));
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, exchange, reply] { onReplyFinished(exchange, reply); });
}

QStringList HttpTransport::serverMessages(const QByteArray &body) const
{
    QStringList messages;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        // Vapi (NestJS): {message: string | string[], error}; Cloudonix: {message} or {error}.
        const QJsonValue message = o.value(QLatin1String("message"));
        if (message.isArray()) {
            for (const QJsonValue &m : message.toArray())
                messages << m.toVariant().toString();
        } else if (message.isString() && !message.toString().isEmpty()) {
            messages << message.toString();
        }
        if (messages.isEmpty()) {
            const QJsonValue error = o.value(QLatin1String("error"));
            if (error.isString())
                messages << error.toString();
            else if (error.isObject())
                messages << error.toObject().value(QLatin1String("message")).toString();
        }
    } else if (!body.trimmed().isEmpty()) {
        // Not JSON (a proxy page, plain text): keep a short, single-line excerpt.
        QString text = QString::fromUtf8(body.left(300)).simplified();
        if (body.size() > 300)
            text += QStringLiteral("…");
        messages << text;
    }
    for (QString &m : messages)
        m = redact(m);
    messages.removeAll(QString());
    return messages;
}

void HttpTransport::onReplyFinished(const std::shared_ptr<Exchange> &exchange, QNetworkReply *reply)
{
    reply->deleteLater();
    if (exchange->finished)
        return;
    const HttpRequest &r = exchange->request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    HttpResponse response;
    response.status = status;
    if (reply->isOpen() && !exchange->tooLarge)
        response.body = exchange->body + reply->readAll();
    exchange->body.clear();
    response.headers = reply->rawHeaderPairs();

    ApiActivity activity;
    activity.at = QDateTime::currentDateTimeUtc();
    activity.system = ApiError::systemName(m_system);
    activity.method = QString::fromLatin1(r.method);
    activity.path = QUrl::fromPercentEncoding(r.path.toUtf8());
    activity.status = status;
    activity.error = status ? QString() : redact(reply->errorString());
    // The try itself, and apart from it the time spent before (pacing, backoff, earlier tries).
    activity.durationMs = exchange->onWire.isValid() ? exchange->onWire.elapsed() : exchange->clock.elapsed();
    activity.waitedMs = std::max<qint64>(0, exchange->clock.elapsed() - activity.durationMs);
    activity.attempt = exchange->attempts;
    emit exchanged(activity);
    qCInfo(lcApi).noquote() << ApiError::systemName(m_system) << QString::fromLatin1(r.method)
                            << QUrl::fromPercentEncoding(r.path.toUtf8()) << "->"
                            << (status ? QString::number(status) : redact(reply->errorString()))
                            << QStringLiteral("(%1 ms, try %2)").arg(exchange->clock.elapsed()).arg(exchange->attempts);
    if (lcApi().isDebugEnabled()) {
        if (!r.body.isEmpty())
            qCDebug(lcApi).noquote() << "  request body:" << redact(QString::fromUtf8(r.body));
        qCDebug(lcApi).noquote() << "  response body:" << redact(QString::fromUtf8(response.body.left(4000)));
    }

    if (exchange->cancelled) {
        finish(exchange, makeError(r, ApiError::Kind::Cancelled));
        return;
    }
    if (exchange->tooLarge) { // the same request would bring the same: no retry
        finish(exchange,
               badResponse(r,
                           tr("the answer was larger than %1 MB, far more than any real answer, so "
                              "its transfer was stopped")
                               .arg(double(m_maxResponseBytes) / (1024 * 1024), 0, 'f', 1)));
        return;
    }

    // A status with a transport error means the body was cut off (connection dropped mid-way).
    const bool truncated = status > 0
        && (netError == QNetworkReply::RemoteHostClosedError || netError == QNetworkReply::OperationCanceledError);
    const bool dropped = (status == 0 || truncated)
        && (netError == QNetworkReply::RemoteHostClosedError || netError == QNetworkReply::ConnectionRefusedError
            || netError == QNetworkReply::TemporaryNetworkFailureError
            || netError == QNetworkReply::NetworkSessionFailedError || netError == QNetworkReply::ContentReSendError
            || truncated);
    const bool success = status >= 200 && status < 300 && !truncated && !exchange->timedOut;

    // A DELETE retried after a lost answer finds the resource gone: the first try did it.
    if (!success && r.method == "DELETE" && status == 404 && exchange->attempts > 1) {
        finish(exchange, response);
        return;
    }
    if (success) {
        finish(exchange, response);
        return;
    }

    const RetryPolicy::Failure failure = RetryPolicy::classify(
        truncated ? 0 : status, exchange->timedOut, dropped && netError != QNetworkReply::ConnectionRefusedError);
    if (m_retry.shouldRetry(failure, r.idempotent, exchange->attempts)) {
        const auto retryAfter = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"));
        const auto delay = m_retry.delayFor(failure, exchange->attempts, retryAfter);
        qCInfo(lcApi).noquote() << "  retrying in" << delay.count() << "ms";
        emit retryScheduled(exchange->attempts + 1, int(delay.count()));
        if (exchange->call) {
            emit exchange->call->retryScheduled(exchange->attempts + 1, int(delay.count()));
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this, [this, exchange, timer] {
                timer->deleteLater();
                startAttempt(exchange);
            });
            exchange->call->setCanceller([this, exchange, timer] {
                timer->stop();
                timer->deleteLater();
                exchange->cancelled = true;
                finish(exchange, makeError(exchange->request, ApiError::Kind::Cancelled));
            });
            timer->start(delay);
        }
        return;
    }

    ApiError::Kind kind;
    if (exchange->timedOut)
        kind = ApiError::Kind::Timeout;
    else if (truncated)
        kind = ApiError::Kind::Network;
    else if (status >= 300 && status < 400)
        kind = ApiError::Kind::BadResponse; // redirects are not followed on purpose
    else if (status > 0)
        kind = ApiError::kindForStatus(status);
    else if (netError == QNetworkReply::SslHandshakeFailedError)
        kind = ApiError::Kind::Tls;
    else
        kind = ApiError::Kind::Network;

    ApiError error = makeError(r, kind);
    error.setHttpStatus(status);
    error.setCertificateRefused(!exchange->certificateErrors.isEmpty());
    error.setAttempts(exchange->attempts);
    if (status > 0 && !truncated)
        error.setServerMessages(serverMessages(response.body));
    if (exchange->timedOut)
        error.setNetworkDetail(QStringLiteral("no answer within %1 s").arg(m_timeout.count() / 1000.0));
    else if (dropped && !r.idempotent)
        error.setNetworkDetail(
            QStringLiteral("the connection closed before an answer arrived, so the request may or may "
                           "not have been carried out (%1)")
                .arg(redact(reply->errorString())));
    else if (kind == ApiError::Kind::Tls && !exchange->certificateErrors.isEmpty())
        error.setNetworkDetail(redact(exchange->certificateErrors.join(QStringLiteral("; "))));
    else if (status == 0 || truncated)
        error.setNetworkDetail(redact(reply->errorString()));
    else if (status >= 300 && status < 400)
        error.setNetworkDetail(
            QStringLiteral("unexpected redirect to %1").arg(redact(QString::fromUtf8(reply->rawHeader("Location")))));
    finish(exchange, error);
}

void HttpTransport::finish(const std::shared_ptr<Exchange> &exchange, const ApiResult<HttpResponse> &result)
{
    if (exchange->finished)
        return;
    exchange->finished = true;
    if (exchange->context && exchange->done)
        exchange->done(result);
    exchange->done = nullptr;
    if (exchange->ownsCall && exchange->call)
        exchange->call->markFinished();
}

} // namespace tw
