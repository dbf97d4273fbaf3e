#include "sandbox/GuardedTcpServer.h"

#include "sandbox/ConnectionGuard.h"

#include <QTcpSocket>

namespace tw {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    auto *guard = new ConnectionGuard(socket, m_limits);
    connect(guard, &ConnectionGuard::requestRefused, this, &GuardedTcpServer::requestRefused);
    addPendingConnection(socket);
}

} // namespace tw
