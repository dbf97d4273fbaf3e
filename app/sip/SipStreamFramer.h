#pragma once

#include <QByteArray>

namespace tw {

// Cuts SIP messages out of a TCP or TLS byte stream, where Content-Length marks each one's
// end (RFC 3261 18.3). Keep-alive CRLFs between messages (RFC 5626) are skipped.
class SipStreamFramer
{
public:
    static constexpr qsizetype MaxMessageBytes = 64 * 1024; // far above any OPTIONS or its answer

    enum class Status { Message, NeedMore, Broken };
    // Appends `bytes`; then next() gives the messages one by one.
    void append(const QByteArray &bytes) { m_buffer += bytes; }
    // Message: `out` holds one whole message; Broken: no Content-Length, or too big to be SIP.
    Status next(QByteArray *out);

private:
    QByteArray m_buffer;
};

} // namespace tw
