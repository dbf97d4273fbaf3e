// The SIP reachability probe: OPTIONS built and read by libosip2, stream framing, and each
// outcome for real over loopback: the sandbox's SIP port (UDP, TCP) with its faults, closed
// ports, a name without an address, a service that is not SIP, and TLS with and without the CA.
#include "sandbox/SandboxSipServer.h"
#include "sip/SipMessage.h"
#include "sip/SipProbe.h"
#include "sip/SipStreamFramer.h"
#include "support/EventWait.h"
#include "support/SlowTest.h"

#include "provisioning/StaticHostResolver.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace tw;

namespace {
const QString Gateway = QStringLiteral("6f1c2a3b-4d5e-4f60-8172-8394a5b6c7d8.sip.cloudonix.net");

SipTarget target(const QString &host, SipTarget::Transport transport = SipTarget::Transport::Udp, quint16 port = 5060)
{
    SipTarget t;
    t.host = host;
    t.port = port;
    t.transport = transport;
    return t;
}
} // namespace

class TestSipProbe : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void requestIsBuiltAndReadByOsip();
    void responseMirrorsTheRequest();
    void notSipIsRefused_data();
    void notSipIsRefused();
    void framerCutsAStream();
    void answersOverUdp();
    void answersOverTcp();
    void faults_data();
    void faults();
    void noAnswerRetransmitsOnTheRfcSchedule();
    void slowAnswerIsAbsorbedAndArrives();
    void perHostRulesAndEveryAddress();
    void closedPortsAreRefused_data();
    void closedPortsAreRefused();
    void unknownNameIsNotResolved();
    void unwritableHostIsNotASipAddress();
    void notSipIsABadAnswer_data();
    void notSipIsABadAnswer();
    void tlsNeedsTheCa();
    void cancelEndsEverything();
    void resultSurvivesJson();
    void realClockRetransmission();

private:
    QList<SipProbeResult> probe(const QList<SipTarget> &targets,
                                SipTimers timers = SipTimers::scaled(std::chrono::milliseconds(10)),
                                bool viaSandbox = true,
                                QSslConfiguration tls = QSslConfiguration::defaultConfiguration());

    std::unique_ptr<SandboxSipServer> m_sip;
    StaticHostResolver m_dns;
};

void TestSipProbe::init()
{
    m_sip = std::make_unique<SandboxSipServer>();
    QVERIFY(m_sip->start());
    m_dns.setAddresses(Gateway, {QStringLiteral("198.51.100.10")});
}

QList<SipProbeResult> TestSipProbe::probe(const QList<SipTarget> &targets, SipTimers timers, bool viaSandbox,
                                          QSslConfiguration tls)
{
    SipProbe::Options options;
    options.timers = timers;
    options.userAgent = QStringLiteral("TrunkWizard-test");
    options.tls = tls;
    if (viaSandbox) {
        options.redirect = QHostAddress::LocalHost;
        options.redirectPort = m_sip->port();
    }
    SipProbe probe(&m_dns, options);
    QList<SipProbeResult> results;
    test::EventWait wait;
    auto done = wait.done();
    connect(&probe, &SipProbe::finished, this, [&](const QList<SipProbeResult> &r) {
        results = r;
        done();
    });
    probe.start(targets);
    if (!wait.wait(20000))
        qWarning("the probe did not finish");
    return results;
}

void TestSipProbe::requestIsBuiltAndReadByOsip()
{
    SipMessage::RequestFields f;
    f.method = "OPTIONS";
    f.requestUri = "sip:" + Gateway.toLatin1() + ":5060";
    f.via = "SIP/2.0/UDP 127.0.0.1:40000;branch=z9hG4bKabc123;rport";
    f.from = "<sip:trunkwizard@127.0.0.1>;tag=1a2b";
    f.to = "<sip:" + Gateway.toLatin1() + ">";
    f.callId = "c0ffee@127.0.0.1";
    f.cseq = "1 OPTIONS";
    f.contact = "<sip:trunkwizard@127.0.0.1:40000>";
    f.userAgent = "TrunkWizard/1";
    QString error;
    const std::optional<SipMessage> built = SipMessage::request(f, &error);
    QVERIFY2(built, qPrintable(error));
    const QByteArray bytes = built->toBytes();
    QVERIFY(bytes.startsWith(QByteArray("OPTIONS sip:" + Gateway.toLatin1() + ":5060 SIP/2.0\r\n")));
    QVERIFY(bytes.contains("\r\nMax-Forwards: 70\r\n"));
    QVERIFY(bytes.endsWith("Content-Length: 0\r\n\r\n"));
    const std::optional<SipMessage> read = SipMessage::parse(bytes, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(!read->isResponse());
    QCOMPARE(read->method(), QStringLiteral("OPTIONS"));
    QCOMPARE(read->requestUriHost(), Gateway);
    QCOMPARE(read->topViaBranch(), QStringLiteral("z9hG4bKabc123"));
    QCOMPARE(read->cseqMethod(), QStringLiteral("OPTIONS"));
    QCOMPARE(read->callId(), QStringLiteral("c0ffee@127.0.0.1"));
    QCOMPARE(read->header("user-agent"), QStringLiteral("TrunkWizard/1"));

    f.requestUri = "not a uri";
    QVERIFY(!SipMessage::request(f, &error));
    QVERIFY(error.contains(QLatin1String("not a SIP address")));
}

void TestSipProbe::responseMirrorsTheRequest()
{
    const QByteArray request = "OPTIONS sip:gw.example.net SIP/2.0\r\n"
                               "Via: SIP/2.0/UDP 10.0.0.1:5062;branch=z9hG4bKtop\r\n"
                               "Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bKsecond\r\n"
                               "From: <sip:a@10.0.0.1>;tag=f1\r\nTo: <sip:gw.example.net>\r\n"
                               "Call-ID: id-1@10.0.0.1\r\nCSeq: 7 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    QString error;
    const std::optional<SipMessage> parsed = SipMessage::parse(request, &error);
    QVERIFY2(parsed, qPrintable(error));
    const std::optional<SipMessage> answer = parsed->response(403, "Forbidden", "t9", "gw");
    QVERIFY(answer);
    const std::optional<SipMessage> back = SipMessage::parse(answer->toBytes(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->isResponse());
    QCOMPARE(back->statusCode(), 403);
    QCOMPARE(back->reasonPhrase(), QStringLiteral("Forbidden"));
    QCOMPARE(back->topViaBranch(), QStringLiteral("z9hG4bKtop"));
    QCOMPARE(back->cseqNumber(), QStringLiteral("7"));
    QCOMPARE(back->callId(), QStringLiteral("id-1@10.0.0.1"));
    QCOMPARE(back->header("server"), QStringLiteral("gw"));
    QVERIFY(answer->toBytes().contains(";tag=t9"));
    QVERIFY(answer->toBytes().contains("z9hG4bKsecond")); // every Via goes back
}

void TestSipProbe::notSipIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("no via") << QByteArray("SIP/2.0 200 OK\r\nCall-ID: x@y\r\nCSeq: 1 OPTIONS\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
}

void TestSipProbe::notSipIsRefused()
{
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY(!SipMessage::parse(bytes, &error));
    QVERIFY(!error.isEmpty());
}

void TestSipProbe::framerCutsAStream()
{
    SipStreamFramer framer;
    const QByteArray one = "SIP/2.0 200 OK\r\nContent-Length: 4\r\n\r\nbody";
    const QByteArray two = "SIP/2.0 503 Service Unavailable\r\nl: 0\r\n\r\n";
    QByteArray out;
    framer.append("\r\n\r\n" + one.left(10));
    QCOMPARE(framer.next(&out), SipStreamFramer::Status::NeedMore);
    framer.append(one.mid(10) + two);
    QCOMPARE(framer.next(&out), SipStreamFramer::Status::Message);
    QCOMPARE(out, one);
    QCOMPARE(framer.next(&out), SipStreamFramer::Status::Message);
    QCOMPARE(out, two);
    QCOMPARE(framer.next(&out), SipStreamFramer::Status::NeedMore);

    SipStreamFramer noLength;
    noLength.append("SIP/2.0 200 OK\r\nCSeq: 1 OPTIONS\r\n\r\n");
    QCOMPARE(noLength.next(&out), SipStreamFramer::Status::Broken);
    SipStreamFramer endless;
    endless.append(QByteArray(SipStreamFramer::MaxMessageBytes + 1, 'x'));
    QCOMPARE(endless.next(&out), SipStreamFramer::Status::Broken);
}

void TestSipProbe::answersOverUdp()
{
    const QList<SipProbeResult> results = probe({target(Gateway)});
    QCOMPARE(results.size(), 1);
    const SipProbeResult &r = results.first();
    QCOMPARE(r.outcome, SipProbeResult::Outcome::Answered);
    QCOMPARE(r.statusCode, 200);
    QCOMPARE(r.reason, QStringLiteral("OK"));
    QCOMPARE(r.address, QStringLiteral("198.51.100.10")); // the gateway's address, though sent to the sandbox
    QCOMPARE(r.server, QStringLiteral("Trunk Wizard sandbox"));
    QVERIFY(r.roundTripMs >= 0);
    QVERIFY(r.passed());
    QCOMPARE(r.sends, m_sip->requestsReceived());
    QVERIFY2(r.sentence().contains(QLatin1String("answered SIP in")), qPrintable(r.sentence()));
}

void TestSipProbe::answersOverTcp()
{
    // One send over a stream: TCP retransmits for us (RFC 3261 17.1.2.2), even on slow timers.
    m_sip->addRule(SipAnswerRule {{}, 200, 200, false});
    const QList<SipProbeResult> results = probe({target(Gateway, SipTarget::Transport::Tcp)});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, SipProbeResult::Outcome::Answered);
    QCOMPARE(results.first().statusCode, 200);
    QCOMPARE(results.first().sends, 1);
    QCOMPARE(m_sip->requestsReceived(), 1);
    QVERIFY(results.first().roundTripMs >= 200);
}

void TestSipProbe::faults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QString>("says");
    QTest::newRow("403") << "403" << int(SipProbeResult::Outcome::Answered) << 403 << true << "refuses this computer";
    QTest::newRow("503") << "503" << int(SipProbeResult::Outcome::Answered) << 503 << false
                         << "is unavailable (503 Service Unavailable)";
    QTest::newRow("500") << "500" << int(SipProbeResult::Outcome::Answered) << 500 << false << "server failure";
    QTest::newRow("407") << "407" << int(SipProbeResult::Outcome::Answered) << 407 << true << "asked for credentials";
    QTest::newRow("404") << "404" << int(SipProbeResult::Outcome::Answered) << 404 << true
                         << "does not know the address";
    QTest::newRow("no answer") << "no-answer" << int(SipProbeResult::Outcome::NoAnswer) << 0 << false
                               << "did not answer";
}

void TestSipProbe::faults()
{
    QFETCH(QString, spec);
    QFETCH(int, outcome);
    QFETCH(int, status);
    QFETCH(bool, passed);
    QFETCH(QString, says);
    SipAnswerRule rule;
    QString error;
    QVERIFY2(SipAnswerRule::parse(spec, &rule, &error), qPrintable(error));
    m_sip->addRule(rule);
    const QList<SipProbeResult> results = probe({target(Gateway)});
    QCOMPARE(results.size(), 1);
    QCOMPARE(int(results.first().outcome), outcome);
    QCOMPARE(results.first().statusCode, status);
    QCOMPARE(results.first().passed(), passed);
    QVERIFY2(results.first().sentence().contains(says), qPrintable(results.first().sentence()));
}

void TestSipProbe::noAnswerRetransmitsOnTheRfcSchedule()
{
    // T1 10 ms, T2 80 ms, F 640 ms: sends at 0, 10, 30, 70, 150, 230 … 630 ms: at most 11,
    // fewer when a loaded machine fires the timers late. Every copy is the same request (one
    // branch), and each reaches the gateway.
    m_sip->addRule(SipAnswerRule {{}, 200, 0, true});
    QStringList hosts;
    connect(m_sip.get(), &SandboxSipServer::requestReceived, this,
            [&hosts](const QString &host, const QString &) { hosts << host; });
    const QList<SipProbeResult> results = probe({target(Gateway)});
    QCOMPARE(results.size(), 1);
    const SipProbeResult &r = results.first();
    QCOMPARE(r.outcome, SipProbeResult::Outcome::NoAnswer);
    QVERIFY2(r.sends >= 3 && r.sends <= 11, qPrintable(QString::number(r.sends)));
    QCOMPARE(m_sip->requestsReceived(), r.sends);
    QCOMPARE(hosts.size(), r.sends);
    QVERIFY(r.sentence().contains(QStringLiteral("(%1 tries)").arg(r.sends)));
    QVERIFY(!r.passed());
}

void TestSipProbe::slowAnswerIsAbsorbedAndArrives()
{
    // The answer takes 150 ms: the client sends again meanwhile (T1 20 ms), the server
    // absorbs the copies, and the one answer ends the transaction.
    m_sip->addRule(SipAnswerRule {{}, 200, 150, false});
    const QList<SipProbeResult> results = probe({target(Gateway)}, SipTimers::scaled(std::chrono::milliseconds(20)));
    QCOMPARE(results.size(), 1);
    const SipProbeResult &r = results.first();
    QCOMPARE(r.outcome, SipProbeResult::Outcome::Answered);
    QVERIFY2(r.roundTripMs >= 150, qPrintable(QString::number(r.roundTripMs)));
    QVERIFY2(r.sends >= 2, qPrintable(QString::number(r.sends)));
}

void TestSipProbe::perHostRulesAndEveryAddress()
{
    const QString other = QStringLiteral("gw2.example.net");
    m_dns.setAddresses(other, {QStringLiteral("203.0.113.7"), QStringLiteral("203.0.113.8")});
    m_sip->addRule(SipAnswerRule {other, 503, 0, false});
    const QList<SipProbeResult> results = probe(
        {target(Gateway), target(other, SipTarget::Transport::Udp, 5080), target(QStringLiteral("192.0.2.44"))});
    QCOMPARE(results.size(), 4); // in the gateways' order, each address on its own
    QCOMPARE(results.at(0).target.host, Gateway);
    QCOMPARE(results.at(0).statusCode, 200);
    QCOMPARE(results.at(1).address, QStringLiteral("203.0.113.7"));
    QCOMPARE(results.at(2).address, QStringLiteral("203.0.113.8"));
    QCOMPARE(results.at(1).statusCode, 503);
    QCOMPARE(results.at(2).statusCode, 503);
    QCOMPARE(results.at(1).target.port, quint16(5080));
    QCOMPARE(results.at(3).address, QStringLiteral("192.0.2.44")); // an address is not looked up
    QCOMPARE(results.at(3).statusCode, 200);
}

void TestSipProbe::closedPortsAreRefused_data()
{
    QTest::addColumn<int>("transport");
    QTest::newRow("udp") << int(SipTarget::Transport::Udp);
    QTest::newRow("tcp") << int(SipTarget::Transport::Tcp);
}

void TestSipProbe::closedPortsAreRefused()
{
    QFETCH(int, transport);
    quint16 closed = 0;
    {
        QUdpSocket udp;
        QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
        closed = udp.localPort();
    }
    const QList<SipProbeResult> results
        = probe({target(QStringLiteral("127.0.0.1"), SipTarget::Transport(transport), closed)},
                SipTimers::scaled(std::chrono::milliseconds(100)), false);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().outcome == SipProbeResult::Outcome::Refused,
             qPrintable(results.first().detail + QString::number(results.first().sends)));
    QVERIFY(results.first().sentence().contains(QLatin1String("nothing takes SIP on that port")));
}

void TestSipProbe::unknownNameIsNotResolved()
{
    const QList<SipProbeResult> results = probe({target(QStringLiteral("typo.sip.cloudonix.net"))});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, SipProbeResult::Outcome::NotResolved);
    QVERIFY(results.first().address.isEmpty());
    QCOMPARE(m_sip->requestsReceived(), 0);
    QVERIFY(results.first().sentence().contains(QLatin1String("has no address in DNS")));
}

void TestSipProbe::unwritableHostIsNotASipAddress()
{
    // libosip2 refuses a one-letter host name in a URI: said as such, never as a DNS failure.
    m_dns.setAddresses(QStringLiteral("x"), {QStringLiteral("198.51.100.12")});
    const QList<SipProbeResult> results = probe({target(QStringLiteral("x"))});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, SipProbeResult::Outcome::Unusable);
    QCOMPARE(m_sip->requestsReceived(), 0);
    QVERIFY(results.first().sentence().contains(QLatin1String("not a valid SIP address")));
}

void TestSipProbe::notSipIsABadAnswer_data()
{
    QTest::addColumn<int>("transport");
    QTest::newRow("udp") << int(SipTarget::Transport::Udp);
    QTest::newRow("tcp") << int(SipTarget::Transport::Tcp);
}

void TestSipProbe::notSipIsABadAnswer()
{
    QFETCH(int, transport);
    const QByteArray http = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
    QUdpSocket udp;
    QTcpServer tcp;
    quint16 port = 0;
    if (SipTarget::Transport(transport) == SipTarget::Transport::Udp) {
        QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
        port = udp.localPort();
        connect(&udp, &QUdpSocket::readyRead, this, [&] {
            while (udp.hasPendingDatagrams()) {
                const QNetworkDatagram d = udp.receiveDatagram();
                udp.writeDatagram(http, d.senderAddress(), quint16(d.senderPort()));
            }
        });
    } else {
        QVERIFY(tcp.listen(QHostAddress::LocalHost, 0));
        port = tcp.serverPort();
        connect(&tcp, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = tcp.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s, http] { s->write(http); });
        });
    }
    const QList<SipProbeResult> results
        = probe({target(QStringLiteral("127.0.0.1"), SipTarget::Transport(transport), port)},
                SipTimers::scaled(std::chrono::milliseconds(5)), false);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, SipProbeResult::Outcome::BadAnswer);
    QVERIFY(results.first().sentence().contains(QLatin1String("not SIP")));
}

void TestSipProbe::tlsNeedsTheCa()
{
    QFile certFile(QStringLiteral(TW_FIXTURES "/tls/test-only-localhost.crt"));
    QFile keyFile(QStringLiteral(TW_FIXTURES "/tls/test-only-localhost.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(cert);
    serverTls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(serverTls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int answered = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        auto *socket = static_cast<QSslSocket *>(server.nextPendingConnection());
        auto framer = std::make_shared<SipStreamFramer>();
        connect(socket, &QSslSocket::readyRead, socket, [socket, framer, &answered] {
            framer->append(socket->readAll());
            QByteArray message;
            QString error;
            if (framer->next(&message) != SipStreamFramer::Status::Message)
                return;
            const std::optional<SipMessage> request = SipMessage::parse(message, &error);
            if (!request)
                return;
            ++answered;
            socket->write(request->response(200, "OK", "tls", "tls-test")->toBytes());
        });
    });
    const SipTarget tls = target(QStringLiteral("127.0.0.1"), SipTarget::Transport::Tls, server.serverPort());

    // Without the CA: the self-signed certificate is refused, nothing is sent.
    QList<SipProbeResult> results = probe({tls}, SipTimers::scaled(std::chrono::milliseconds(50)), false);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, SipProbeResult::Outcome::TlsFailed);
    QVERIFY(!results.first().detail.isEmpty());
    QCOMPARE(answered, 0);

    // With it (as --ca-file adds it): answered over TLS.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(cert);
    results = probe({tls}, SipTimers::scaled(std::chrono::milliseconds(50)), false, trusting);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, SipProbeResult::Outcome::Answered);
    QCOMPARE(results.first().server, QStringLiteral("tls-test"));
    QCOMPARE(answered, 1);
}

void TestSipProbe::cancelEndsEverything()
{
    m_sip->addRule(SipAnswerRule {{}, 200, 0, true});
    SipProbe::Options options;
    options.redirect = QHostAddress::LocalHost;
    options.redirectPort = m_sip->port();
    SipProbe probe(&m_dns, options); // the RFC's timers: 32 s unless cancelled
    QSignalSpy finished(&probe, &SipProbe::finished);
    probe.start({target(Gateway), target(QStringLiteral("192.0.2.1"))});
    QTRY_VERIFY(m_sip->requestsReceived() >= 1);
    probe.cancel();
    QTRY_COMPARE(finished.size(), 1);
    const auto results = finished.first().first().value<QList<SipProbeResult>>();
    QCOMPARE(results.size(), 2);
    for (const SipProbeResult &r : results)
        QCOMPARE(r.outcome, SipProbeResult::Outcome::Cancelled);
    QVERIFY(!probe.isRunning());
}

void TestSipProbe::resultSurvivesJson()
{
    m_sip->addRule(SipAnswerRule {{}, 403, 0, false});
    const SipProbeResult r = probe({target(Gateway, SipTarget::Transport::Tcp, 5070)}).value(0);
    const SipProbeResult back = SipProbeResult::fromJson(r.toJson());
    QCOMPARE(back.target, r.target);
    QCOMPARE(back.outcome, r.outcome);
    QCOMPARE(back.statusCode, 403);
    QCOMPARE(back.roundTripMs, r.roundTripMs);
    QCOMPARE(back.sentence(), r.sentence());
    QCOMPARE(back.at, r.at);
}

void TestSipProbe::realClockRetransmission()
{
    // The RFC's own timers on the real clock: an answer 700 ms late comes after one
    // retransmission at T1 = 500 ms, and the server absorbed that copy.
    TW_SLOW_TEST();
    m_sip->addRule(SipAnswerRule {{}, 200, 700, false});
    const SipProbeResult r = probe({target(Gateway)}, SipTimers()).value(0);
    QCOMPARE(r.outcome, SipProbeResult::Outcome::Answered);
    QCOMPARE(r.sends, 2);
    QVERIFY2(r.roundTripMs >= 700, qPrintable(QString::number(r.roundTripMs)));
}

QTEST_MAIN(TestSipProbe)
#include "tst_sipprobe.moc"
