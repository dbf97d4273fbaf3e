#include "sandbox/HttpRequestParser.h"

#include <QTest>

// The sandbox's own HTTP/1.1 request reader: what Qt's network stack, curl and raw sockets send.
using namespace tw;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void lengthBodyAndTheNextRequestBehindIt();
    void chunkedBodyWithExtensionsAndTrailers();
    void partsArriveByteByByte();
    void refusals_data();
    void refusals();
    void connectionCloseAndContinue();
};

using Status = HttpRequestParser::Status;

void TestHttpRequestParser::lengthBodyAndTheNextRequestBehindIt()
{
    HttpRequestParser p(1024);
    const QByteArray first = "POST /vapi/credential?x=1 HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                             "Content-Length: 7\r\n\r\n{\"a\":1}";
    const QByteArray second = "GET /vapi/assistant HTTP/1.1\r\nHost: a\r\n\r\n";
    QCOMPARE(p.parse(first + second), Status::Complete);
    QCOMPARE(p.request().method, QByteArray("POST"));
    QCOMPARE(p.request().target, QByteArray("/vapi/credential?x=1"));
    QCOMPARE(p.request().headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(p.request().body, QByteArray("{\"a\":1}"));
    QCOMPARE(p.consumed(), first.size());
    QCOMPARE(p.parse(second), Status::Complete);
    QCOMPARE(p.request().method, QByteArray("GET"));
    QVERIFY(p.request().body.isEmpty());
    QCOMPARE(p.consumed(), second.size());
}

void TestHttpRequestParser::chunkedBodyWithExtensionsAndTrailers()
{
    HttpRequestParser p(1024);
    const QByteArray request = "PATCH /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Trailer: y\r\n\r\nGET";
    QCOMPARE(p.parse(request), Status::Complete);
    QCOMPARE(p.request().body, QByteArray("Wikipedia"));
    QCOMPARE(p.consumed(), request.size() - 3);
    QCOMPARE(p.parse("POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"), Status::Complete);
    QCOMPARE(p.request().body, QByteArray("abc"));
}

void TestHttpRequestParser::partsArriveByteByByte()
{
    const QByteArray request = "PUT /a%20b HTTP/1.1\r\nContent-Length: 3\r\n\r\nxyz";
    HttpRequestParser p(1024);
    for (qsizetype n = 0; n < request.size(); ++n)
        QCOMPARE(p.parse(request.left(n)), Status::NeedMore);
    QCOMPARE(p.parse(request), Status::Complete);
    QCOMPARE(p.request().body, QByteArray("xyz"));
}

void TestHttpRequestParser::refusals_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("declared body over the limit")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2000\r\n\r\n") << 413;
    QTest::newRow("chunk over the limit")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n") << 413;
    QTest::newRow("headers without end") << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(70000, 'a') << 431;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("not a path") << QByteArray("GET x HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nbroken\r\n\r\n") << 400;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("length not a number") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400;
    QTest::newRow("unknown encoding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
    QTest::newRow("chunk size not hex") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << 400;
    QTest::newRow("chunk without its CRLF")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n") << 400;
}

void TestHttpRequestParser::refusals()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    HttpRequestParser p(1024);
    QCOMPARE(p.parse(request), Status::Refused);
    QCOMPARE(p.refusal(), status);
}

void TestHttpRequestParser::connectionCloseAndContinue()
{
    HttpRequestParser p(1024);
    QCOMPARE(p.parse("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n"), Status::Complete);
    QVERIFY(p.request().wantsClose());
    QCOMPARE(p.parse("GET / HTTP/1.0\r\n\r\n"), Status::Complete);
    QVERIFY(p.request().wantsClose());
    QCOMPARE(p.parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"), Status::Complete);
    QVERIFY(!p.request().wantsClose());
    QCOMPARE(p.parse("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nab"), Status::NeedMore);
    QVERIFY(p.headersComplete());
    QVERIFY(p.request().expectsContinue());
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
