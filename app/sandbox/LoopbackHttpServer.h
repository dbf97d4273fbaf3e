#pragma once

#include "sandbox/ConnectionLimits.h"
#include "sandbox/HttpExchange.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <functional>

namespace tw {

class GuardedTcpServer;

// An HTTP/1.1 server on 127.0.0.1 only, built on Qt's QAbstractHttpServer for the protocol
// work. Every request goes to one handler, which answers through the HttpExchange now or
// later. Qt 6.8 changes this base class (listen/bind); the change stays inside this class.
// Each connection is bounded (ConnectionLimits: 413 for a large body, idle timeout, a cap on
// connections), and a request saying "Connection: close" gets its connection closed.
class LoopbackHttpServer : public QAbstractHttpServer
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
    int openConnections() const;

signals:
    void requestRefused(const QByteArray &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    ConnectionLimits m_limits;
    QPointer<GuardedTcpServer> m_server;
    quint16 m_port = 0;
};

} // namespace tw
