#include "sandbox/HttpRequestParser.h"

#include <QList>

namespace tw {

bool HttpRequestParser::Request::expectsContinue() const
{
    return headers.value("expect").trimmed().toLower() == "100-continue";
}

bool HttpRequestParser::Request::wantsClose() const
{
    const QByteArray connection = headers.value("connection").toLower();
    if (version == "HTTP/1.0")
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

HttpRequestParser::Status HttpRequestParser::refuse(int status)
{
    m_refusal = status;
    return Status::Refused;
}

HttpRequestParser::Status HttpRequestParser::parse(const QByteArray &buffer)
{
    m_request = {};
    m_consumed = 0;
    m_headersComplete = false;
    // Empty lines between requests are allowed (RFC 9112 2.2).
    qsizetype start = 0;
    while (buffer.mid(start, 2) == "\r\n")
        start += 2;
    const qsizetype end = buffer.indexOf("\r\n\r\n", start);
    if (end < 0)
        return buffer.size() - start > MaxHeaderBytes ? refuse(431) : Status::NeedMore;
    if (end - start > MaxHeaderBytes)
        return refuse(431);
    const QList<QByteArray> lines = buffer.mid(start, end - start).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || first.at(0).isEmpty() || !first.at(1).startsWith('/')
        || !first.at(2).startsWith("HTTP/1."))
        return refuse(400);
    m_request.method = first.at(0);
    m_request.target = first.at(1);
    m_request.version = first.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(400);
        m_request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    m_headersComplete = true;
    const qsizetype bodyStart = end + 4;
    const QByteArray encoding = m_request.headers.value("transfer-encoding").toLower();
    if (!encoding.isEmpty()) {
        if (encoding != "chunked")
            return refuse(501);
        return parseChunked(buffer, bodyStart);
    }
    qint64 length = 0;
    if (m_request.headers.contains("content-length")) {
        bool ok = false;
        length = m_request.headers.value("content-length").toLongLong(&ok);
        if (!ok || length < 0)
            return refuse(400);
    }
    if (length > m_maxBody)
        return refuse(413);
    if (buffer.size() - bodyStart < length)
        return Status::NeedMore;
    m_request.body = buffer.mid(bodyStart, length);
    m_consumed = bodyStart + length;
    return Status::Complete;
}

HttpRequestParser::Status HttpRequestParser::parseChunked(const QByteArray &buffer, qsizetype from)
{
    qsizetype at = from;
    QByteArray body;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", at);
        if (lineEnd < 0)
            return buffer.size() - at > 1024 ? refuse(400) : Status::NeedMore;
        QByteArray size = buffer.mid(at, lineEnd - at);
        if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
            size.truncate(semicolon); // chunk extensions are ignored
        bool ok = false;
        const qint64 length = size.trimmed().toLongLong(&ok, 16);
        if (!ok || length < 0)
            return refuse(400);
        if (body.size() + length > m_maxBody)
            return refuse(413);
        const qsizetype dataStart = lineEnd + 2;
        if (length == 0) {
            // Trailers, if any, end with an empty line; they are read and dropped.
            const qsizetype trailersEnd
                = buffer.mid(dataStart, 2) == "\r\n" ? dataStart : buffer.indexOf("\r\n\r\n", dataStart);
            if (trailersEnd < 0)
                return Status::NeedMore;
            m_request.body = body;
            m_consumed = trailersEnd + (trailersEnd == dataStart ? 2 : 4);
            return Status::Complete;
        }
        if (buffer.size() < dataStart + length + 2)
            return Status::NeedMore;
        if (buffer.mid(dataStart + length, 2) != "\r\n")
            return refuse(400);
        body += buffer.mid(dataStart, length);
        at = dataStart + length + 2;
    }
}

} // namespace tw
