#include "sandbox/LoopbackHttpServer.h"

#include "sandbox/HttpConnection.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace tw {

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
{ }

quint16 LoopbackHttpServer::listenOnLoopback(quint16 port)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return 0;
    }
    connect(server, &QTcpServer::newConnection, this, &LoopbackHttpServer::accept);
    m_server = server;
    m_port = server->serverPort();
    return m_port;
}

QString LoopbackHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void LoopbackHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_open >= m_limits.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        auto *connection = new HttpConnection(socket, m_limits, [this](HttpExchange exchange) { handle(exchange); });
        connect(connection, &HttpConnection::requestRefused, this, &LoopbackHttpServer::requestRefused);
    }
}

void LoopbackHttpServer::handle(const HttpExchange &exchange)
{
    if (m_handler)
        return m_handler(exchange);
    HttpExchange(exchange).respondJson(404, QJsonObject {{QStringLiteral("message"), QStringLiteral("no handler")}});
}

} // namespace tw
