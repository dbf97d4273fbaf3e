#pragma once

#include <QByteArray>
#include <QHash>

namespace tw {

// Reads one HTTP/1.1 request from the front of a connection's buffer: the request line, the
// headers, and a body by Content-Length or chunked. Enough for the sandbox's clients (Qt's
// network stack, curl, the tests' raw sockets), and bounded: a body over the limit, or headers
// over 64 KB, are refused as soon as they are seen, before the rest arrives.
class HttpRequestParser
{
public:
    enum class Status {
        NeedMore, // not a whole request yet
        Complete, // `request` holds it; `consumed` bytes of the buffer were it
        Refused, // `refusal` is the status to answer (400, 413, 431, 501); the connection closes
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // as sent: path and query, percent-encoded
        QByteArray version; // "HTTP/1.1"
        QHash<QByteArray, QByteArray> headers; // names in lower case; a repeated name keeps the last
        QByteArray body;
        bool expectsContinue() const;
        bool wantsClose() const; // "Connection: close", or HTTP/1.0 without keep-alive
    };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    explicit HttpRequestParser(qint64 maxBodyBytes)
        : m_maxBody(maxBodyBytes)
    { }

    Status parse(const QByteArray &buffer);
    const Request &request() const { return m_request; }
    qsizetype consumed() const { return m_consumed; }
    int refusal() const { return m_refusal; }
    // Headers complete, body still coming: whether it was "Expect: 100-continue".
    bool headersComplete() const { return m_headersComplete; }

private:
    Status refuse(int status);
    Status parseChunked(const QByteArray &buffer, qsizetype from);

    qint64 m_maxBody;
    Request m_request;
    qsizetype m_consumed = 0;
    int m_refusal = 0;
    bool m_headersComplete = false;
};

} // namespace tw
