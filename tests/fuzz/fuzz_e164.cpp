// The E.164 normaliser on anything an admin can type or paste, with any default region.
#include "domain/PhoneNumberValidator.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // First byte picks the default region, the rest is the number as typed.
    static const char *regions[] = {"", "US", "GB", "IL", "DE", "ZZ", "in", "??"};
    const QString region = size > 0 ? QString::fromLatin1(regions[data[0] % 8]) : QString();
    const QString input
        = size > 1 ? QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)) : QString();
    const tw::PhoneNumberValidator::Result r = tw::PhoneNumberValidator::normalize(input, region);
    if (r.valid && !r.e164.startsWith(QLatin1Char('+')))
        __builtin_trap(); // a valid number is always +E.164
    return 0;
}
