#include "sip/SipUdpChannel.h"

#include "sip/SipStreamFramer.h"

#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tw {

SipUdpChannel::SipUdpChannel(QObject *parent)
    : QObject(parent)
{ }

SipUdpChannel::~SipUdpChannel()
{
    close();
}

bool SipUdpChannel::connectTo(const QHostAddress &address, quint16 port, QString *error)
{
    bool ipv4 = false;
    const quint32 ip = address.toIPv4Address(&ipv4);
    if (!ipv4) {
        *error = tr("%1 is not an IPv4 address").arg(address.toString());
        return false;
    }
    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    sockaddr_in peer {};
    peer.sin_family = AF_INET;
    peer.sin_port = htons(port);
    peer.sin_addr.s_addr = htonl(ip);
    // connect() on UDP only fixes the peer: the OS picks the route and our address.
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&peer), sizeof peer) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        close();
        return false;
    }
    sockaddr_in local {};
    socklen_t length = sizeof local;
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&local), &length) == 0) {
        m_local = QHostAddress(ntohl(local.sin_addr.s_addr));
        m_localPort = ntohs(local.sin_port);
    }
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SipUdpChannel::readable);
    return true;
}

void SipUdpChannel::send(const QByteArray &datagram)
{
    if (m_fd < 0)
        return;
    if (::send(m_fd, datagram.constData(), size_t(datagram.size()), MSG_NOSIGNAL) < 0 && errno != EAGAIN)
        report(errno);
}

void SipUdpChannel::readable()
{
    QByteArray buffer(SipStreamFramer::MaxMessageBytes, Qt::Uninitialized);
    while (m_fd >= 0) {
        const ssize_t n = ::recv(m_fd, buffer.data(), size_t(buffer.size()), 0);
        if (n < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                report(errno);
            return;
        }
        emit received(buffer.left(qsizetype(n)));
    }
}

void SipUdpChannel::report(int error)
{
    const QString detail = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case ECONNREFUSED:
        emit failed(Failure::Refused, detail);
        break;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case ENETDOWN:
    case EHOSTDOWN:
        emit failed(Failure::Unreachable, detail);
        break;
    default:
        emit failed(Failure::Other, detail);
        break;
    }
}

void SipUdpChannel::close()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace tw
