#include "sip/SipStreamFramer.h"

#include <QRegularExpression>

namespace tw {

SipStreamFramer::Status SipStreamFramer::next(QByteArray *out)
{
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return m_buffer.size() > MaxMessageBytes ? Status::Broken : Status::NeedMore;
    static const QRegularExpression length(QStringLiteral(R"(\r\n(?:content-length|l)[ \t]*:[ \t]*(\d{1,6})\r)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = length.match(QString::fromLatin1(m_buffer.left(end + 2)));
    if (!m.hasMatch())
        return Status::Broken;
    const qsizetype size = end + 4 + m.captured(1).toLongLong();
    if (size > MaxMessageBytes)
        return Status::Broken;
    if (m_buffer.size() < size)
        return Status::NeedMore;
    *out = m_buffer.left(size);
    m_buffer.remove(0, size);
    return Status::Message;
}

} // namespace tw
