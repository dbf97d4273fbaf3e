#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class QSocketNotifier;

namespace tw {

// A connected UDP socket of its own, because a refusal matters to the probe: the ICMP "port
// unreachable" an OS reports on a connected socket is swallowed by QUdpSocket (Qt 6.4 reads
// it as "no datagram"), so "nothing listens there" would look like "no answer" for 32 s.
class SipUdpChannel : public QObject
{
    Q_OBJECT

public:
    enum class Failure { Refused, Unreachable, Other };
    Q_ENUM(Failure)

    explicit SipUdpChannel(QObject *parent = nullptr);
    ~SipUdpChannel() override;

    // False with `error` set when no socket could be made or connected.
    bool connectTo(const QHostAddress &address, quint16 port, QString *error);
    QHostAddress localAddress() const { return m_local; }
    quint16 localPort() const { return m_localPort; }
    void send(const QByteArray &datagram);
    void close();

signals:
    void received(const QByteArray &datagram);
    void failed(tw::SipUdpChannel::Failure failure, const QString &detail);

private:
    void readable();
    void report(int error);

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QHostAddress m_local;
    quint16 m_localPort = 0;
};

} // namespace tw
