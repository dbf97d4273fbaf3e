#include "sandbox/LoopbackHttpServer.h"

#include "sandbox/GuardedTcpServer.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QTcpSocket>

namespace tw {

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

quint16 LoopbackHttpServer::listenOnLoopback(quint16 port)
{
    // Our own listening socket (bound as Qt 6.8 requires anyway) guards each connection.
    auto *server = new GuardedTcpServer(m_limits, this);
    connect(server, &GuardedTcpServer::requestRefused, this, &LoopbackHttpServer::requestRefused);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return 0;
    }
    bind(server);
    m_server = server;
    m_port = server->serverPort();
    return m_port;
}

int LoopbackHttpServer::openConnections() const
{
    return m_server ? m_server->openConnections() : 0;
}

QString LoopbackHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

bool LoopbackHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt reuses the request object for the connection's next request: copy everything now.
    QHash<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : request.headers())
        headers.insert(name.toLower(), value);
    QByteArray method;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        method = "GET";
        break;
    case QHttpServerRequest::Method::Put:
        method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        method = "DELETE";
        break;
    case QHttpServerRequest::Method::Post:
        method = "POST";
        break;
    case QHttpServerRequest::Method::Head:
        method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        method = "PATCH";
        break;
    default:
        method = "UNKNOWN";
        break;
    }
    auto responder = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));
    HttpExchange exchange(method, request.url().path(), request.query(), headers, request.body(), std::move(responder),
                          socket);
    if (m_handler)
        m_handler(exchange);
    else
        exchange.respondJson(404, QJsonObject {{QStringLiteral("message"), QStringLiteral("no handler")}});
    return true;
}

void LoopbackHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace tw
