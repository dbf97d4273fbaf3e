#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct osip_message;

namespace tw {

// One SIP message, read and written by libosip2's parser (never by hand), with the few fields
// a reachability probe and the sandbox's responder need. Move-only.
class SipMessage
{
    Q_DECLARE_TR_FUNCTIONS(tw::SipMessage)

public:
    SipMessage(SipMessage &&) noexcept;
    SipMessage &operator=(SipMessage &&) noexcept;
    ~SipMessage();

    // A whole message (one datagram, or one framed from a stream). Empty with `error` set when
    // libosip2 cannot read it or it lacks what every message carries (Via, CSeq, Call-ID).
    static std::optional<SipMessage> parse(const QByteArray &bytes, QString *error);

    struct RequestFields
    {
        QByteArray method; // "OPTIONS"
        QByteArray requestUri; // "sip:host:5060;transport=tcp"
        QByteArray via; // "SIP/2.0/UDP 192.0.2.1:5062;branch=z9hG4bK…;rport"
        QByteArray from;
        QByteArray to;
        QByteArray callId;
        QByteArray cseq; // "1 OPTIONS"
        QByteArray contact;
        QByteArray userAgent;
    };
    // Empty with `error` set when libosip2 refuses a field (a host it cannot parse, say).
    static std::optional<SipMessage> request(const RequestFields &fields, QString *error);
    // The answer to this request (RFC 3261 8.2.6): its Via list, From, Call-ID and CSeq, its To
    // with `toTag` added, the status line and a Server header.
    std::optional<SipMessage> response(int status, const QByteArray &reason, const QByteArray &toTag,
                                       const QByteArray &server) const;

    QByteArray toBytes() const;

    bool isResponse() const;
    int statusCode() const; // 0 for a request
    QString reasonPhrase() const;
    QString method() const; // the request's method; empty for a response
    QString requestUriHost() const;
    QString topViaBranch() const;
    QString cseqMethod() const;
    QString cseqNumber() const;
    QString callId() const;
    QString header(const char *name) const; // the first header of that name (lower case), else empty

private:
    struct Free
    {
        void operator()(osip_message *m) const;
    };
    explicit SipMessage(osip_message *m);
    std::unique_ptr<osip_message, Free> m_message;
};

} // namespace tw
