#pragma once

#include "sandbox/SipAnswerRule.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

class QTcpServer;
class QUdpSocket;

namespace tw {

// The sandbox's SIP side: answers OPTIONS on one loopback port over UDP and TCP, as a gateway
// would, so the reachability probe is tried for real. Each request names its gateway in the
// Request-URI; rules (SipAnswerRule) pick the answer per host. Like a stateful server it
// answers each transaction once and repeats that answer to a retransmission (RFC 3261 17.2.2).
class SandboxSipServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxSipServer(QObject *parent = nullptr);
    ~SandboxSipServer() override;

    bool start(); // a free port on 127.0.0.1, the same number for UDP and TCP
    quint16 port() const { return m_port; }
    QString endpoint() const; // "127.0.0.1:PORT"

    void addRule(const SipAnswerRule &rule) { m_rules << rule; }
    void clearRules() { m_rules.clear(); }
    const QList<SipAnswerRule> &rules() const { return m_rules; }
    int requestsReceived() const { return m_received; } // retransmissions included
    void reset();
    QJsonObject state() const; // {"endpoint", "rules", "received"}

signals:
    void requestReceived(const QString &host, const QString &transport);

private:
    using Reply = std::function<void(const QByteArray &)>;
    void readDatagrams();
    void acceptConnections();
    void handle(const QByteArray &bytes, const QString &transport, const Reply &reply);

    QUdpSocket *m_udp;
    QTcpServer *m_tcp;
    quint16 m_port = 0;
    QList<SipAnswerRule> m_rules;
    QHash<QString, QByteArray> m_answered; // branch -> the answer sent
    QSet<QString> m_pending; // branches whose answer is held back (slow)
    int m_received = 0;
};

} // namespace tw
