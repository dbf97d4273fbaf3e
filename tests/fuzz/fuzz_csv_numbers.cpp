// The numbers CSV import (CLI --file, the wizard's Import…) on any bytes.
#include "provisioning/DesiredStateBuilder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)tw::DesiredStateBuilder::numbersFromCsv(bytes, QStringLiteral("Default assistant"),
                                                  tw::DesiredNumber::Mode::Trunk);
    return 0;
}
