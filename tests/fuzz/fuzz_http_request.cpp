// What any local program can send the sandbox's HTTP server: the request reader on arbitrary
// bytes, request after request, as a connection's buffer is consumed.
#include "sandbox/HttpRequestParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    tw::HttpRequestParser parser(4096);
    for (;;) {
        switch (parser.parse(buffer)) {
        case tw::HttpRequestParser::Status::NeedMore:
            return 0;
        case tw::HttpRequestParser::Status::Refused: {
            const int status = parser.refusal();
            if (status != 400 && status != 413 && status != 431 && status != 501)
                __builtin_trap();
            return 0;
        }
        case tw::HttpRequestParser::Status::Complete:
            // Each request takes bytes (so a connection always moves on) and keeps within the limit.
            if (parser.consumed() <= 0 || parser.consumed() > buffer.size() || parser.request().body.size() > 4096)
                __builtin_trap();
            (void)parser.request().wantsClose();
            buffer.remove(0, parser.consumed());
            break;
        }
    }
}
