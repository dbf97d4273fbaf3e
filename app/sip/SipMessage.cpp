#include "sip/SipMessage.h"

#include <QCoreApplication>

#include <osipparser2/osip_parser.h>

#include <mutex>

namespace tw {

namespace {
// libosip2 needs one initialisation per process; its trace would write to stderr, so it is off.
void ensureLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        parser_init();
        // A sink that drops everything replaces the default one (stderr).
        osip_trace_initialize_func(END_TRACE_LEVEL,
                                   [](const char *, int, osip_trace_level_t, const char *, va_list) {});
        for (int level = TRACE_LEVEL0; level < END_TRACE_LEVEL; ++level)
            osip_trace_disable_level(osip_trace_level_t(level));
    });
}

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

char *copy(const QByteArray &value)
{
    return osip_strdup(value.constData());
}

} // namespace

void SipMessage::Free::operator()(osip_message *m) const
{
    osip_message_free(m);
}

SipMessage::SipMessage(osip_message *m)
    : m_message(m)
{ }

SipMessage::SipMessage(SipMessage &&) noexcept = default;
SipMessage &SipMessage::operator=(SipMessage &&) noexcept = default;
SipMessage::~SipMessage() = default;

std::optional<SipMessage> SipMessage::parse(const QByteArray &bytes, QString *error)
{
    ensureLibrary();
    osip_message_t *raw = nullptr;
    if (osip_message_init(&raw) != OSIP_SUCCESS) {
        *error = SipMessage::tr("out of memory");
        return std::nullopt;
    }
    SipMessage message(raw);
    if (bytes.isEmpty() || osip_message_parse(raw, bytes.constData(), size_t(bytes.size())) != OSIP_SUCCESS) {
        *error = SipMessage::tr("not a SIP message");
        return std::nullopt;
    }
    osip_via_t *via = nullptr;
    if (osip_message_get_via(raw, 0, &via) < 0 || !via || !raw->cseq || !raw->call_id) {
        *error = SipMessage::tr("a SIP message without Via, CSeq or Call-ID");
        return std::nullopt;
    }
    if (!raw->sip_version || (!MSG_IS_RESPONSE(raw) && (!raw->sip_method || !raw->req_uri))) {
        *error = SipMessage::tr("a SIP message without a start line");
        return std::nullopt;
    }
    return message;
}

std::optional<SipMessage> SipMessage::request(const RequestFields &fields, QString *error)
{
    ensureLibrary();
    osip_message_t *raw = nullptr;
    if (osip_message_init(&raw) != OSIP_SUCCESS) {
        *error = SipMessage::tr("out of memory");
        return std::nullopt;
    }
    SipMessage message(raw);
    osip_message_set_method(raw, copy(fields.method));
    osip_message_set_version(raw, copy("SIP/2.0"));
    osip_uri_t *uri = nullptr;
    osip_uri_init(&uri);
    if (osip_uri_parse(uri, fields.requestUri.constData()) != OSIP_SUCCESS) {
        osip_uri_free(uri);
        *error = SipMessage::tr("%1 is not a SIP address").arg(QString::fromUtf8(fields.requestUri));
        return std::nullopt;
    }
    osip_message_set_uri(raw, uri);
    const bool ok = osip_message_set_via(raw, fields.via.constData()) == OSIP_SUCCESS
        && osip_message_set_from(raw, fields.from.constData()) == OSIP_SUCCESS
        && osip_message_set_to(raw, fields.to.constData()) == OSIP_SUCCESS
        && osip_message_set_call_id(raw, fields.callId.constData()) == OSIP_SUCCESS
        && osip_message_set_cseq(raw, fields.cseq.constData()) == OSIP_SUCCESS
        && osip_message_set_contact(raw, fields.contact.constData()) == OSIP_SUCCESS
        && osip_message_set_header(raw, "Max-Forwards", "70") == OSIP_SUCCESS
        && osip_message_set_header(raw, "Accept", "application/sdp") == OSIP_SUCCESS
        && osip_message_set_header(raw, "User-Agent", fields.userAgent.constData()) == OSIP_SUCCESS
        && osip_message_set_content_length(raw, "0") == OSIP_SUCCESS;
    if (!ok) {
        *error = SipMessage::tr("a header of the SIP request could not be written");
        return std::nullopt;
    }
    return message;
}

std::optional<SipMessage> SipMessage::response(int status, const QByteArray &reason, const QByteArray &toTag,
                                               const QByteArray &server) const
{
    const osip_message_t *request = m_message.get();
    osip_message_t *raw = nullptr;
    if (osip_message_init(&raw) != OSIP_SUCCESS)
        return std::nullopt;
    SipMessage message(raw);
    osip_message_set_version(raw, copy("SIP/2.0"));
    osip_message_set_status_code(raw, status);
    osip_message_set_reason_phrase(raw, copy(reason));
    const auto cloneVia = [](void *from, void **to) {
        return osip_via_clone(static_cast<const osip_via_t *>(from), reinterpret_cast<osip_via_t **>(to));
    };
    bool ok = osip_list_clone(&request->vias, &raw->vias, cloneVia) == OSIP_SUCCESS
        && osip_call_id_clone(request->call_id, &raw->call_id) == OSIP_SUCCESS
        && osip_cseq_clone(request->cseq, &raw->cseq) == OSIP_SUCCESS;
    if (ok && request->from)
        ok = osip_from_clone(request->from, &raw->from) == OSIP_SUCCESS;
    if (ok && request->to) {
        ok = osip_to_clone(request->to, &raw->to) == OSIP_SUCCESS;
        osip_generic_param_t *tag = nullptr;
        char tagName[] = "tag";
        if (ok && !toTag.isEmpty()
            && osip_generic_param_get_byname(&raw->to->gen_params, tagName, &tag) != OSIP_SUCCESS)
            osip_generic_param_add(&raw->to->gen_params, copy("tag"), copy(toTag));
    }
    ok = ok && osip_message_set_header(raw, "Server", server.constData()) == OSIP_SUCCESS
        && osip_message_set_header(raw, "Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS") == OSIP_SUCCESS
        && osip_message_set_content_length(raw, "0") == OSIP_SUCCESS;
    if (!ok)
        return std::nullopt;
    return message;
}

QByteArray SipMessage::toBytes() const
{
    char *buffer = nullptr;
    size_t length = 0;
    if (osip_message_to_str(m_message.get(), &buffer, &length) != OSIP_SUCCESS || !buffer)
        return {};
    const QByteArray bytes(buffer, qsizetype(length));
    osip_free(buffer);
    return bytes;
}

bool SipMessage::isResponse() const
{
    return MSG_IS_RESPONSE(m_message.get());
}

int SipMessage::statusCode() const
{
    return isResponse() ? osip_message_get_status_code(m_message.get()) : 0;
}

QString SipMessage::reasonPhrase() const
{
    return text(m_message->reason_phrase);
}

QString SipMessage::method() const
{
    return text(m_message->sip_method);
}

QString SipMessage::requestUriHost() const
{
    return m_message->req_uri ? text(m_message->req_uri->host) : QString();
}

QString SipMessage::topViaBranch() const
{
    osip_via_t *via = nullptr;
    osip_generic_param_t *branch = nullptr;
    if (osip_message_get_via(m_message.get(), 0, &via) < 0 || !via
        || osip_via_param_get_byname(via, const_cast<char *>("branch"), &branch) != OSIP_SUCCESS || !branch)
        return {};
    return text(branch->gvalue);
}

QString SipMessage::cseqMethod() const
{
    return text(osip_cseq_get_method(m_message->cseq));
}

QString SipMessage::cseqNumber() const
{
    return text(osip_cseq_get_number(m_message->cseq));
}

QString SipMessage::callId() const
{
    const osip_call_id_t *id = m_message->call_id;
    if (!id)
        return {};
    const QString number = text(id->number);
    return id->host ? number + QLatin1Char('@') + text(id->host) : number;
}

QString SipMessage::header(const char *name) const
{
    osip_header_t *h = nullptr;
    if (osip_message_header_get_byname(m_message.get(), name, 0, &h) < 0 || !h)
        return {};
    return text(h->hvalue);
}

} // namespace tw
