#pragma once

#include "sandbox/ConnectionLimits.h"

#include <QObject>

class QTcpSocket;
class QTimer;

namespace tw {

// Watches one sandbox connection ahead of Qt's HTTP parser (its readyRead slot is connected
// first): a request whose Content-Length, or whose bytes so far, pass the limit is answered
// 413 and the connection closed before Qt buffers the body; a connection idle for too long is
// closed. Qt 6.4's server does neither on its own (build-env.md section 8).
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits);

signals:
    // The first line of the refused request ("POST /vapi/credential"), for the request log.
    void requestRefused(const QByteArray &method, const QString &path, int status);

private:
    void onReadyRead();
    void refuse(const QByteArray &head);

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    QTimer *m_idle;
    qint64 m_received = 0; // bytes since the last answer went out
    bool m_refused = false;
};

} // namespace tw
