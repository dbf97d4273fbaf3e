#include "sip/SipOptionsTransaction.h"

#include "sip/SipMessage.h"
#include "sip/SipStreamFramer.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QTimer>

namespace tw {

namespace {
QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

QByteArray transportToken(SipTarget::Transport transport)
{
    return SipTarget::name(transport).toLatin1();
}

} // namespace

SipOptionsTransaction::SipOptionsTransaction(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_timerE(new QTimer(this))
    , m_timerF(new QTimer(this))
{
    m_timerE->setSingleShot(true);
    m_timerF->setSingleShot(true);
    connect(m_timerE, &QTimer::timeout, this, &SipOptionsTransaction::retransmit);
    connect(m_timerF, &QTimer::timeout, this,
            [this] { finish(m_garbage ? SipProbeResult::Outcome::BadAnswer : SipProbeResult::Outcome::NoAnswer); });
    m_result.target = m_setup.target;
    m_result.address = m_setup.reportedAddress;
}

SipOptionsTransaction::~SipOptionsTransaction() = default;

void SipOptionsTransaction::start()
{
    m_state = State::Trying;
    m_clock.start();
    m_timerF->start(m_setup.timers.timerF);
    if (m_setup.target.transport == SipTarget::Transport::Udp)
        startUdp();
    else
        startStream();
}

void SipOptionsTransaction::startUdp()
{
    m_udp = new SipUdpChannel(this);
    connect(m_udp, &SipUdpChannel::received, this, &SipOptionsTransaction::received);
    connect(m_udp, &SipUdpChannel::failed, this, [this](SipUdpChannel::Failure failure, const QString &detail) {
        finish(failure == SipUdpChannel::Failure::Refused           ? SipProbeResult::Outcome::Refused
                   : failure == SipUdpChannel::Failure::Unreachable ? SipProbeResult::Outcome::Unreachable
                                                                    : SipProbeResult::Outcome::NoAnswer,
               detail);
    });
    QString error;
    if (!m_udp->connectTo(m_setup.destination, m_setup.destinationPort, &error)) {
        finish(SipProbeResult::Outcome::Unreachable, error);
        return;
    }
    connected(m_udp->localAddress(), m_udp->localPort());
}

void SipOptionsTransaction::startStream()
{
    if (m_setup.target.transport == SipTarget::Transport::Tls) {
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(m_setup.tls);
        tls->setPeerVerifyName(m_setup.target.host);
        connect(tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            finish(SipProbeResult::Outcome::TlsFailed, texts.join(QStringLiteral("; ")));
        });
        connect(tls, &QSslSocket::encrypted, this,
                [this] { connected(m_socket->localAddress(), m_socket->localPort()); });
        m_socket = tls;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this,
                [this] { connected(m_socket->localAddress(), m_socket->localPort()); });
    }
    connect(m_socket, &QAbstractSocket::readyRead, this, &SipOptionsTransaction::readStream);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &SipOptionsTransaction::socketFailed);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        tls->connectToHostEncrypted(m_setup.destination.toString(), m_setup.destinationPort, m_setup.target.host);
    else
        m_socket->connectToHost(m_setup.destination, m_setup.destinationPort);
}

void SipOptionsTransaction::cancel()
{
    finish(SipProbeResult::Outcome::Cancelled);
}

void SipOptionsTransaction::connected(const QHostAddress &localAddress, quint16 localPort)
{
    if (m_state == State::Done)
        return;
    // The Via names where answers come back: this socket's own address and port (RFC 3261 18.1.1).
    const QByteArray local = localAddress.toString().toLatin1();
    const QByteArray port = QByteArray::number(localPort);
    const QByteArray host = m_setup.target.host.toUtf8();
    m_branch = "z9hG4bK" + randomToken(8); // the magic cookie marks an RFC 3261 branch
    SipMessage::RequestFields fields;
    fields.method = "OPTIONS";
    fields.requestUri = "sip:" + host + ':' + QByteArray::number(m_setup.target.port);
    if (m_setup.target.transport != SipTarget::Transport::Udp)
        fields.requestUri += ";transport=" + transportToken(m_setup.target.transport).toLower();
    fields.via = "SIP/2.0/" + transportToken(m_setup.target.transport) + ' ' + local + ':' + port
        + ";branch=" + m_branch + ";rport";
    fields.from = "<sip:trunkwizard@" + local + ">;tag=" + randomToken(4);
    fields.to = "<sip:" + host + '>';
    fields.callId = randomToken(8) + '@' + local;
    fields.cseq = "1 OPTIONS";
    fields.contact = "<sip:trunkwizard@" + local + ':' + port + '>';
    fields.userAgent = m_setup.userAgent.toUtf8();
    QString error;
    const std::optional<SipMessage> request = SipMessage::request(fields, &error);
    if (!request) {
        finish(SipProbeResult::Outcome::Unusable, error);
        return;
    }
    m_request = request->toBytes();
    m_interval = m_setup.timers.t1;
    send();
}

void SipOptionsTransaction::send()
{
    ++m_result.sends;
    if (m_udp) {
        m_udp->send(m_request);
        m_timerE->start(m_interval);
    } else {
        m_socket->write(m_request);
    }
}

void SipOptionsTransaction::retransmit()
{
    if (m_state == State::Done)
        return;
    // Trying: the interval doubles up to T2; Proceeding: every T2 (RFC 3261 17.1.2.2).
    m_interval = m_state == State::Proceeding ? m_setup.timers.t2 : std::min(2 * m_interval, m_setup.timers.t2);
    send();
}

void SipOptionsTransaction::readStream()
{
    m_stream.append(m_socket->readAll());
    QByteArray message;
    while (m_state != State::Done) {
        switch (m_stream.next(&message)) {
        case SipStreamFramer::Status::NeedMore:
            return;
        case SipStreamFramer::Status::Broken:
            return finish(SipProbeResult::Outcome::BadAnswer, tr("the answer could not be framed as SIP"));
        case SipStreamFramer::Status::Message:
            received(message);
            break;
        }
    }
}

void SipOptionsTransaction::received(const QByteArray &bytes)
{
    QString error;
    const std::optional<SipMessage> message = SipMessage::parse(bytes, &error);
    if (!message || !message->isResponse()) {
        m_garbage = true; // discarded (RFC 3261 18.1.2); said only if nothing else comes
        if (m_setup.target.transport != SipTarget::Transport::Udp)
            finish(SipProbeResult::Outcome::BadAnswer, error);
        return;
    }
    if (message->topViaBranch().toLatin1() != m_branch || message->cseqMethod() != QLatin1String("OPTIONS"))
        return; // another transaction's answer
    const int code = message->statusCode();
    if (code < 200) {
        m_state = State::Proceeding;
        return;
    }
    m_result.statusCode = code;
    m_result.reason = message->reasonPhrase();
    m_result.server = message->header("server");
    if (m_result.server.isEmpty())
        m_result.server = message->header("user-agent");
    m_result.roundTripMs = m_clock.elapsed();
    finish(SipProbeResult::Outcome::Answered);
}

void SipOptionsTransaction::socketFailed()
{
    if (m_state == State::Done)
        return;
    const QString detail = m_socket->errorString();
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return finish(SipProbeResult::Outcome::Refused, detail);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return finish(SipProbeResult::Outcome::TlsFailed, detail);
    case QAbstractSocket::RemoteHostClosedError:
        return finish(m_garbage ? SipProbeResult::Outcome::BadAnswer : SipProbeResult::Outcome::NoAnswer,
                      tr("the connection was closed without an answer"));
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketAccessError:
    case QAbstractSocket::UnsupportedSocketOperationError:
        return finish(SipProbeResult::Outcome::Unreachable, detail);
    case QAbstractSocket::SocketTimeoutError:
        return; // Timer F decides
    default:
        return finish(SipProbeResult::Outcome::Unreachable, detail);
    }
}

void SipOptionsTransaction::finish(SipProbeResult::Outcome outcome, const QString &detail)
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_timerE->stop();
    m_timerF->stop();
    if (m_udp)
        m_udp->close();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_result.outcome = outcome;
    m_result.detail = detail;
    m_result.at = QDateTime::currentDateTimeUtc();
    // Never from inside start() or a socket's signal: the caller may delete this object.
    QTimer::singleShot(0, this, [this] { emit finished(m_result); });
}

} // namespace tw
