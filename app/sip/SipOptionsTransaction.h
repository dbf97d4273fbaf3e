#pragma once

#include "sip/SipProbeResult.h"
#include "sip/SipStreamFramer.h"
#include "sip/SipTimers.h"
#include "sip/SipUdpChannel.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

class QTcpSocket;
class QTimer;

namespace tw {

// One OPTIONS request to one address, as an RFC 3261 non-INVITE client transaction (17.1.2):
// over UDP sent again on Timer E (T1, doubling to T2; T2 once a provisional answer came),
// over TCP and TLS sent once; Timer F ends the wait. A response counts only when its top Via
// carries this request's branch and its CSeq method is OPTIONS (17.1.3). finished() comes
// once, later, whatever happens.
class SipOptionsTransaction : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        SipTarget target; // what the request names (Request-URI, To)
        QString reportedAddress; // the gateway's address, as the result shows it
        QHostAddress destination; // where it is sent: the address, or the sandbox's SIP port
        quint16 destinationPort = 5060;
        SipTimers timers;
        QSslConfiguration tls; // for TLS: the CA certificates to trust
        QString userAgent;
    };

    explicit SipOptionsTransaction(Setup setup, QObject *parent = nullptr);
    ~SipOptionsTransaction() override;

    void start();
    void cancel();

signals:
    void finished(const tw::SipProbeResult &result);

private:
    enum class State { Idle, Trying, Proceeding, Done };

    void startUdp();
    void startStream();
    void connected(const QHostAddress &local, quint16 localPort);
    void send();
    void retransmit();
    void readStream();
    void received(const QByteArray &bytes);
    void socketFailed();
    void finish(SipProbeResult::Outcome outcome, const QString &detail = {});

    Setup m_setup;
    State m_state = State::Idle;
    SipUdpChannel *m_udp = nullptr;
    QTcpSocket *m_socket = nullptr; // TCP, or TLS as a QSslSocket
    QTimer *m_timerE;
    QTimer *m_timerF;
    std::chrono::milliseconds m_interval {};
    QElapsedTimer m_clock;
    QByteArray m_request;
    QByteArray m_branch;
    SipStreamFramer m_stream; // TCP and TLS
    SipProbeResult m_result;
    bool m_garbage = false; // something came that was not SIP
};

} // namespace tw
