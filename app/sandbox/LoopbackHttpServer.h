#pragma once

#include "sandbox/ConnectionLimits.h"
#include "sandbox/HttpExchange.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpServer;

namespace tw {

// An HTTP/1.1 server on 127.0.0.1 only: every request goes to one handler, which answers
// through the HttpExchange now or later. Its own small server on QTcpServer (HttpConnection,
// HttpRequestParser) rather than Qt HttpServer, whose API changed between Qt 6.4 and 6.8:
// the same code and the same behaviour on every Qt this builds with. Each connection is
// bounded (ConnectionLimits: 413 for a large body, idle timeout, a cap on connections), and a
// request saying "Connection: close" gets its connection closed.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(HttpExchange exchange)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port, or 0 on failure.
    quint16 listenOnLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString baseUrl() const; // "http://127.0.0.1:<port>"
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Takes effect for the next listenOnLoopback().
    void setLimits(const ConnectionLimits &limits) { m_limits = limits; }
    int openConnections() const { return m_open; }

signals:
    void requestRefused(const QByteArray &method, const QString &path, int status);

private:
    void accept();
    void handle(const HttpExchange &exchange);

    Handler m_handler;
    ConnectionLimits m_limits;
    QPointer<QTcpServer> m_server;
    quint16 m_port = 0;
    int m_open = 0;
};

} // namespace tw
