// What a SIP peer sends the probe (and the sandbox): libosip2's parser through SipMessage,
// every accessor, the answer the sandbox would build, and the stream framer on the same bytes.
#include "sip/SipMessage.h"
#include "sip/SipStreamFramer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const std::optional<tw::SipMessage> m = tw::SipMessage::parse(bytes, &error)) {
        (void)m->statusCode();
        (void)m->reasonPhrase();
        (void)m->method();
        (void)m->requestUriHost();
        (void)m->topViaBranch();
        (void)m->cseqMethod();
        (void)m->cseqNumber();
        (void)m->callId();
        (void)m->header("server");
        if (!m->isResponse())
            if (const std::optional<tw::SipMessage> answer = m->response(200, "OK", "fuzz", "fuzz"))
                (void)answer->toBytes();
        (void)m->toBytes();
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    tw::SipStreamFramer framer;
    framer.append(bytes);
    QByteArray message;
    for (int i = 0; i < 64 && framer.next(&message) == tw::SipStreamFramer::Status::Message; ++i)
        if (message.size() > tw::SipStreamFramer::MaxMessageBytes)
            __builtin_trap();
    return 0;
}
