// The response cap bounds the process, not only the body it keeps: `trunkwizard-cli` asks a
// hostile server for Vapi's assistants while two busy loops keep both cores full, so its event
// loop runs late. The server sends an answer that never ends (chunked), or 300 MB; either way
// the CLI stops at the cap (16 MB) and its peak resident memory stays under 100 MB, ten times
// out of ten. The peak is the kernel's own count (wait4's ru_maxrss), not a sample.
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {

constexpr int Runs = 10;
constexpr long LimitKb = 100 * 1024;
// A sanitizer build carries its own shadow memory and allocator: there the bound is on the growth
// over the same CLI's peak with a short answer.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool Sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool Sanitized = true;
#else
constexpr bool Sanitized = false;
#endif
#else
constexpr bool Sanitized = false;
#endif
constexpr long GrowthLimitKb = 100 * 1024;

// Serves `head`, then `filler` as fast as the socket takes it, `total` bytes in all (0: forever).
class HostileServer : public QObject
{
public:
    HostileServer(QByteArray head, QByteArray filler, qint64 total)
        : m_head(std::move(head))
        , m_filler(std::move(filler))
        , m_total(total)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto sent = std::make_shared<qint64>(0);
                auto pump = [this, socket, sent] {
                    if (m_filler.isEmpty()) { // the head is the whole answer
                        socket->disconnectFromHost();
                        return;
                    }
                    while (socket->state() == QAbstractSocket::ConnectedState
                           && socket->bytesToWrite() < 4 * 1024 * 1024 && (m_total == 0 || *sent < m_total)) {
                        socket->write(m_filler);
                        *sent += m_filler.size();
                    }
                    if (m_total > 0 && *sent >= m_total && socket->bytesToWrite() == 0)
                        socket->disconnectFromHost(); // the end of a body without a length
                };
                connect(socket, &QTcpSocket::readyRead, socket, [socket, pump, this] {
                    socket->readAll();
                    if (socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    socket->write(m_head);
                    pump();
                });
                connect(socket, &QTcpSocket::bytesWritten, socket, pump);
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QByteArray m_head;
    QByteArray m_filler;
    qint64 m_total;
};

} // namespace

class TestResponseMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void peakStaysBounded_data();
    void peakStaysBounded();

private:
    // Runs the CLI against the server; its exit code and peak RSS in kB.
    std::pair<int, long> runCli(quint16 port);

    QString m_cli;
    QList<QProcess *> m_busy;
    QTemporaryDir m_dir;
};

void TestResponseMemory::initTestCase()
{
    m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/trunkwizard-cli");
    QVERIFY(QFile::exists(m_cli));
    qputenv("TRUNKWIZARD_VAPI_KEY", "vapi-memory-test-key-0000-000000000000");
    if (Sanitized) // the CLI reuses freed blocks, as without the sanitizer, instead of holding them
        qputenv("ASAN_OPTIONS", QByteArray(qgetenv("ASAN_OPTIONS") + ":quarantine_size_mb=0"));
    for (int i = 0; i < 2; ++i) { // both cores kept busy, as on a loaded machine
        auto *p = new QProcess(this);
        p->start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
        QVERIFY(p->waitForStarted());
        m_busy << p;
    }
}

void TestResponseMemory::cleanupTestCase()
{
    for (QProcess *p : std::as_const(m_busy)) {
        p->kill();
        p->waitForFinished();
    }
}

std::pair<int, long> TestResponseMemory::runCli(quint16 port)
{
    const QByteArray url = QStringLiteral("http://127.0.0.1:%1").arg(port).toUtf8();
    const QByteArray config = m_dir.path().toUtf8();
    QList<QByteArray> args {m_cli.toUtf8(), "--config-dir", config, "--vapi-url", url, "service", "--provider", "vapi"};
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    // The key comes from the environment; it is checked against the server before it is stored.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return {-1, -1};
    // The server answers from this thread's event loop while the CLI runs.
    int status = 0;
    rusage usage {};
    QElapsedTimer clock;
    clock.start();
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        if (clock.elapsed() > 120000) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            return {-2, usage.ru_maxrss};
        }
        QTest::qWait(5);
    }
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -3, usage.ru_maxrss};
}

void TestResponseMemory::peakStaysBounded_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<qint64>("total");
    QTest::newRow("endless chunked answer") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n[\r\n")
                                            << qint64(0);
    QTest::newRow("300 MB answer") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[")
                                   << qint64(300) * 1024 * 1024;
}

void TestResponseMemory::peakStaysBounded()
{
    QFETCH(QByteArray, head);
    QFETCH(qint64, total);
    const bool chunked = head.contains("chunked");
    const QByteArray filler = chunked ? QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, ' ') + "\r\n"
                                      : QByteArray(64 * 1024, ' ');
    HostileServer server(head, filler, total);
    QVERIFY(server.port() > 0);
    long limitKb = LimitKb;
    if (Sanitized) {
        HostileServer brief("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 2\r\n\r\n{}", {}, 0);
        const auto [code, baseKb] = runCli(brief.port());
        QCOMPARE(code, 1);
        limitKb = baseKb + GrowthLimitKb;
        qInfo() << "sanitizer build: the CLI's peak with a short answer is" << baseKb / 1024 << "MB";
    }
    QList<long> peaks;
    for (int run = 0; run < Runs; ++run) {
        const auto [code, peakKb] = runCli(server.port());
        QCOMPARE(code, 1); // Vapi's answer could not be read: a refusal, not a crash
        peaks << peakKb;
    }
    QStringList text;
    for (long kb : std::as_const(peaks))
        text << QString::number(kb / 1024);
    qInfo().noquote() << "peak MB of" << Runs << "runs:" << text.join(QLatin1Char(' '));
    for (long kb : std::as_const(peaks))
        QVERIFY2(kb < limitKb, qPrintable(text.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestResponseMemory)
#include "tst_responsememory.moc"
