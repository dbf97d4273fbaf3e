#include "sandbox/SandboxSipServer.h"

#include "sip/SipMessage.h"
#include "sip/SipStreamFramer.h"

#include <QJsonArray>
#include <QNetworkDatagram>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

namespace tw {

namespace {
QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 407:
        return "Proxy Authentication Required";
    case 480:
        return "Temporarily Unavailable";
    case 486:
        return "Busy Here";
    case 500:
        return "Server Internal Error";
    case 503:
        return "Service Unavailable";
    default:
        return status < 300 ? "OK" : "Error";
    }
}
} // namespace

SandboxSipServer::SandboxSipServer(QObject *parent)
    : QObject(parent)
    , m_udp(new QUdpSocket(this))
    , m_tcp(new QTcpServer(this))
{
    connect(m_udp, &QUdpSocket::readyRead, this, &SandboxSipServer::readDatagrams);
    connect(m_tcp, &QTcpServer::newConnection, this, &SandboxSipServer::acceptConnections);
}

SandboxSipServer::~SandboxSipServer() = default;

bool SandboxSipServer::start()
{
    // UDP picks the number; TCP takes the same one, else both try again.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!m_udp->bind(QHostAddress::LocalHost, 0))
            return false;
        if (m_tcp->listen(QHostAddress::LocalHost, m_udp->localPort())) {
            m_port = m_udp->localPort();
            return true;
        }
        m_udp->close();
    }
    return false;
}

QString SandboxSipServer::endpoint() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

void SandboxSipServer::reset()
{
    m_rules.clear();
    m_answered.clear();
    m_pending.clear();
    m_received = 0;
}

QJsonObject SandboxSipServer::state() const
{
    QJsonArray rules;
    for (const SipAnswerRule &r : m_rules)
        rules.append(r.toJson());
    return {{QStringLiteral("endpoint"), endpoint()},
            {QStringLiteral("rules"), rules},
            {QStringLiteral("received"), m_received}};
}

void SandboxSipServer::readDatagrams()
{
    while (m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram(SipStreamFramer::MaxMessageBytes);
        const QHostAddress sender = datagram.senderAddress();
        const quint16 port = quint16(datagram.senderPort());
        QPointer<QUdpSocket> udp = m_udp;
        handle(datagram.data(), QStringLiteral("udp"), [udp, sender, port](const QByteArray &answer) {
            if (udp)
                udp->writeDatagram(answer, sender, port); // to the source: what rport asks for
        });
    }
}

void SandboxSipServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        auto framer = std::make_shared<SipStreamFramer>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, framer] {
            framer->append(socket->readAll());
            QByteArray message;
            for (;;) {
                const SipStreamFramer::Status status = framer->next(&message);
                if (status == SipStreamFramer::Status::Broken) {
                    socket->abort();
                    return;
                }
                if (status == SipStreamFramer::Status::NeedMore)
                    return;
                QPointer<QTcpSocket> guard = socket;
                handle(message, QStringLiteral("tcp"), [guard](const QByteArray &answer) {
                    if (guard)
                        guard->write(answer);
                });
            }
        });
    }
}

void SandboxSipServer::handle(const QByteArray &bytes, const QString &transport, const Reply &reply)
{
    QString error;
    const std::optional<SipMessage> request = SipMessage::parse(bytes, &error);
    if (!request || request->isResponse())
        return; // not a request: dropped, as a gateway would
    ++m_received;
    const QString host = request->requestUriHost();
    emit requestReceived(host, transport);
    const QString branch = request->topViaBranch();
    if (m_answered.contains(branch))
        return reply(m_answered.value(branch)); // a retransmission: the same answer again
    if (m_pending.contains(branch))
        return; // absorbed while the slow answer is on its way
    SipAnswerRule rule;
    for (auto it = m_rules.crbegin(); it != m_rules.crend(); ++it)
        if (it->matches(host)) {
            rule = *it;
            break;
        }
    if (rule.silent)
        return;
    const int status = request->method() == QLatin1String("OPTIONS") ? rule.status : 501;
    const std::optional<SipMessage> response = request->response(
        status, status == 501 ? QByteArray("Not Implemented") : reasonFor(status), "sandbox", "Trunk Wizard sandbox");
    if (!response)
        return;
    const QByteArray answer = response->toBytes();
    if (m_answered.size() > 10000)
        m_answered.clear(); // a bound, far above any test's transactions
    if (rule.delayMs <= 0) {
        m_answered.insert(branch, answer);
        return reply(answer);
    }
    m_pending.insert(branch);
    QTimer::singleShot(rule.delayMs, this, [this, branch, answer, reply] {
        m_pending.remove(branch);
        m_answered.insert(branch, answer);
        reply(answer);
    });
}

} // namespace tw
