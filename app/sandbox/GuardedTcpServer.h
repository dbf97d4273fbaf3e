#pragma once

#include "sandbox/ConnectionLimits.h"

#include <QTcpServer>

namespace tw {

// The sandbox's listening socket: every connection gets a ConnectionGuard before Qt's HTTP
// server sees it, and connections past the limit are closed as they arrive.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);
    int openConnections() const { return m_open; }

signals:
    void requestRefused(const QByteArray &method, const QString &path, int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionLimits m_limits;
    int m_open = 0;
};

} // namespace tw
