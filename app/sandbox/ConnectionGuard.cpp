#include "sandbox/ConnectionGuard.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace tw {

namespace {

constexpr qint64 HeaderAllowance = 64 * 1024;

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(m_limits.idleTimeout);
    connect(m_idle, &QTimer::timeout, m_socket, [this] { m_socket->disconnectFromHost(); });
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        m_received = 0; // an answer went out: the next bytes are a new request
        m_idle->start();
    });
    m_idle->start();
}

void ConnectionGuard::onReadyRead()
{
    m_idle->start();
    if (m_refused) {
        m_socket->readAll(); // the connection is closing: nothing more reaches the parser
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    m_received += available;
    const QByteArray head = m_socket->peek(std::min(available, HeaderAllowance));
    if (m_received > m_limits.maxRequestBytes + HeaderAllowance)
        return refuse(head);
    // The header block in view: a declared length over the limit is refused before any body.
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    static const QRegularExpression length(QStringLiteral("\\r\\ncontent-length:\\s*(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = length.match(QString::fromLatin1(head.left(end + 2)));
    bool ok = false;
    const qint64 declared = m.hasMatch() ? m.captured(1).toLongLong(&ok) : 0;
    if (m.hasMatch() && (!ok || declared > m_limits.maxRequestBytes))
        refuse(head);
}

void ConnectionGuard::refuse(const QByteArray &head)
{
    m_refused = true;
    m_socket->readAll();
    const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
    emit requestRefused(line.value(0).left(16), QString::fromLatin1(line.value(1).left(200)), 413);
    const QByteArray body = QByteArrayLiteral("{\"message\":\"Request body larger than ")
        + QByteArray::number(m_limits.maxRequestBytes) + QByteArrayLiteral(" bytes\",\"statusCode\":413}");
    m_socket->write(QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                                      "Connection: close\r\nContent-Length: ")
                    + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body);
    m_socket->disconnectFromHost();
}

} // namespace tw
