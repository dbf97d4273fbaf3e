#pragma once

#include "sandbox/ConnectionLimits.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/HttpRequestParser.h"

#include <QObject>

#include <functional>

class QTcpSocket;
class QTimer;

namespace tw {

// One client connection of the sandbox's HTTP server: requests are read one at a time (the
// next waits until the current one is answered, so answers keep their order) and handed on as
// HttpExchanges. Bounded by ConnectionLimits: a body over the limit is answered 413 before it
// arrives, headers over 64 KB 431, a malformed request 400, and the connection closed; a
// connection idle for too long is closed.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(HttpExchange exchange)>;

    // Owned by the socket; deleted with it.
    HttpConnection(QTcpSocket *socket, const ConnectionLimits &limits, Handler handler);

signals:
    // The first line of a refused request ("POST /vapi/credential"), for the request log.
    void requestRefused(const QByteArray &method, const QString &path, int status);

private:
    void readRequests();
    void refuse(int status);
    void answered(bool close);

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    Handler m_handler;
    HttpRequestParser m_parser;
    QTimer *m_idle;
    QByteArray m_buffer;
    bool m_busy = false; // a request is being answered
    bool m_continued = false; // "100 Continue" was sent for the request in the buffer
    bool m_closing = false;
};

} // namespace tw
