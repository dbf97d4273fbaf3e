// The sandbox bounds what a client can make it hold: a large body is answered 413 before it is
// buffered, the request log keeps the newest entries, idle connections are closed, and a
// request saying "Connection: close" has its connection closed. Durations are injected.
#include "sandbox/SandboxServer.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace tw;

namespace {

const QByteArray VapiKey = "vapi-sandbox-key-0000-0000-000000000000";

} // namespace

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void declaredLargeBodyIsRefusedBeforeItArrives();
    void chunkedLargeBodyIsRefusedAsItArrives();
    void requestLogKeepsTheNewest();
    void connectionCloseIsHonoured();
    void idleConnectionIsClosed();
    void connectionsPastTheLimitAreClosed();

private:
    void start(const ConnectionLimits &limits);
    std::unique_ptr<QTcpSocket> connectRaw();
    static QByteArray readAnswer(QTcpSocket *socket);

    std::unique_ptr<SandboxServer> m_sandbox;
};

void TestSandboxLimits::init()
{
    m_sandbox.reset();
}

void TestSandboxLimits::start(const ConnectionLimits &limits)
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->http().setLimits(limits);
    QVERIFY(m_sandbox->start());
}

std::unique_ptr<QTcpSocket> TestSandboxLimits::connectRaw()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

// The server runs in this thread: waits spin its event loop (QTest::qWait), never block.
QByteArray TestSandboxLimits::readAnswer(QTcpSocket *socket)
{
    QByteArray answer;
    QDeadlineTimer deadline(5000);
    while (!answer.contains("\r\n\r\n") && socket->state() != QAbstractSocket::UnconnectedState
           && !deadline.hasExpired()) {
        QTest::qWait(5);
        answer += socket->readAll();
    }
    return answer + socket->readAll();
}

void TestSandboxLimits::declaredLargeBodyIsRefusedBeforeItArrives()
{
    ConnectionLimits limits;
    limits.maxRequestBytes = 64 * 1024;
    start(limits);
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("POST /vapi/credential HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + VapiKey
                  + "\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n{\"name\":\"");
    const QByteArray answer = readAnswer(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("Connection: close"));
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(m_sandbox->requestLog().size(), 1);
    QCOMPARE(m_sandbox->requestLog().first().status, 413);
    QCOMPARE(m_sandbox->requestLog().first().path, QStringLiteral("/vapi/credential"));

    // A body under the limit, on a new connection, is served as ever.
    auto next = connectRaw();
    QVERIFY(next);
    const QByteArray body = R"({"provider":"byo-sip-trunk","name":")" + QByteArray(1000, 'n') + R"("})";
    next->write("POST /vapi/credential HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + VapiKey
                + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body);
    QVERIFY(!readAnswer(next.get()).startsWith("HTTP/1.1 413"));
}

void TestSandboxLimits::chunkedLargeBodyIsRefusedAsItArrives()
{
    ConnectionLimits limits;
    limits.maxRequestBytes = 64 * 1024;
    start(limits);
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("POST /vapi/credential HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = QByteArray::number(16 * 1024, 16) + "\r\n" + QByteArray(16 * 1024, 'x') + "\r\n";
    QByteArray answer;
    for (int i = 0; i < 64 && !answer.contains("\r\n\r\n"); ++i) { // 1 MB at most
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->write(chunk);
        QTest::qWait(5);
        answer += socket->readAll();
    }
    answer += readAnswer(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QCOMPARE(m_sandbox->requestLog().last().status, 413);
}

void TestSandboxLimits::requestLogKeepsTheNewest()
{
    start(ConnectionLimits {});
    m_sandbox->setLogCapacity(50);
    for (int i = 0; i < 120; ++i) {
        auto socket = connectRaw();
        QVERIFY(socket);
        socket->write("GET /vapi/assistant?n=" + QByteArray::number(i)
                      + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer " + VapiKey + "\r\n\r\n");
        QVERIFY(readAnswer(socket.get()).startsWith("HTTP/1.1 200"));
    }
    QVERIFY(m_sandbox->requestLog().size() <= 50);
    QVERIFY(m_sandbox->requestLog().size() >= 45);
    QCOMPARE(m_sandbox->requestLog().last().query, QStringLiteral("n=119"));
}

void TestSandboxLimits::connectionCloseIsHonoured()
{
    start(ConnectionLimits {});
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("GET /vapi/assistant HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer " + VapiKey
                  + "\r\n\r\n");
    const QByteArray answer = readAnswer(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QVERIFY(answer.contains("Connection: close"));
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);

    // Without it, the connection stays for the next request.
    auto kept = connectRaw();
    QVERIFY(kept);
    kept->write("GET /vapi/assistant HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + VapiKey + "\r\n\r\n");
    QVERIFY(readAnswer(kept.get()).startsWith("HTTP/1.1 200"));
    QTest::qWait(100);
    QCOMPARE(kept->state(), QAbstractSocket::ConnectedState);
}

void TestSandboxLimits::idleConnectionIsClosed()
{
    ConnectionLimits limits;
    limits.idleTimeout = std::chrono::milliseconds(200);
    start(limits);
    auto quiet = connectRaw();
    QVERIFY(quiet);
    QTRY_COMPARE_WITH_TIMEOUT(quiet->state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->http().openConnections(), 0, 5000);
}

void TestSandboxLimits::connectionsPastTheLimitAreClosed()
{
    ConnectionLimits limits;
    limits.maxConnections = 4;
    start(limits);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 6; ++i) {
        sockets.push_back(connectRaw());
        QVERIFY(sockets.back());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->http().openConnections(), 4, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(sockets[5]->state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(sockets[0]->state(), QAbstractSocket::ConnectedState);
    sockets.clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->http().openConnections(), 0, 5000);
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
