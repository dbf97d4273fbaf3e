#include "sandbox/HttpConnection.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace tw {

HttpConnection::HttpConnection(QTcpSocket *socket, const ConnectionLimits &limits, Handler handler)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_parser(limits.maxRequestBytes)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(m_limits.idleTimeout);
    connect(m_idle, &QTimer::timeout, m_socket, [this] { m_socket->disconnectFromHost(); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::bytesWritten, m_idle, qOverload<>(&QTimer::start));
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    m_idle->start();
}

void HttpConnection::readRequests()
{
    m_idle->start();
    if (m_closing) {
        m_socket->readAll(); // closing: nothing more is read
        return;
    }
    m_buffer += m_socket->readAll();
    // Nothing legitimate is larger than a whole body and its headers: refused without parsing.
    if (m_buffer.size() > m_limits.maxRequestBytes + HttpRequestParser::MaxHeaderBytes)
        return refuse(413);
    if (m_busy)
        return; // the next request waits for the answer to this one
    switch (m_parser.parse(m_buffer)) {
    case HttpRequestParser::Status::NeedMore:
        if (m_parser.headersComplete() && m_parser.request().expectsContinue() && !m_continued) {
            m_continued = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    case HttpRequestParser::Status::Refused:
        return refuse(m_parser.refusal());
    case HttpRequestParser::Status::Complete:
        break;
    }
    const HttpRequestParser::Request &r = m_parser.request();
    m_buffer.remove(0, m_parser.consumed());
    m_busy = true;
    m_continued = false;
    const QUrl url(QString::fromLatin1(r.target));
    QHash<QByteArray, QByteArray> headers = r.headers;
    QPointer<HttpConnection> self(this);
    HttpExchange exchange(r.method, url.path(), QUrlQuery(url), std::move(headers), r.body, m_socket, r.wantsClose(),
                          [self](bool close) {
                              if (self)
                                  self->answered(close);
                          });
    m_handler(exchange);
}

void HttpConnection::answered(bool close)
{
    m_busy = false;
    if (close) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty()) // a request that came while this one was answered
        QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

void HttpConnection::refuse(int status)
{
    m_closing = true;
    const QByteArray head = m_buffer.left(m_buffer.indexOf("\r\n"));
    const QList<QByteArray> line = head.split(' ');
    emit requestRefused(line.value(0).left(16), QString::fromLatin1(line.value(1).left(200)), status);
    m_buffer.clear();
    m_socket->readAll();
    const QByteArray message = status == 413 ? QByteArrayLiteral("Request body larger than ")
            + QByteArray::number(m_limits.maxRequestBytes) + QByteArrayLiteral(" bytes")
        : status == 431 ? QByteArrayLiteral("Request headers too large")
        : status == 501 ? QByteArrayLiteral("Transfer encoding not supported")
                        : QByteArrayLiteral("Malformed request");
    const QByteArray body = QByteArrayLiteral("{\"message\":\"") + message + QByteArrayLiteral("\",\"statusCode\":")
        + QByteArray::number(status) + '}';
    m_socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' '
                    + HttpExchange::reasonPhrase(status)
                    + QByteArrayLiteral("\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ")
                    + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body);
    m_socket->disconnectFromHost();
}

} // namespace tw
