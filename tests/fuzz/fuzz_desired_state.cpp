// The desired-state loader as `plan --file` runs it: duplicate keys, then the typed state.
#include "domain/DesiredState.h"
#include "domain/FieldError.h"
#include "domain/JsonDuplicateKeys.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)tw::JsonDuplicateKeys::first(bytes);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    QList<tw::FieldError> errors;
    const tw::DesiredState state = tw::DesiredState::fromJson(doc.object(), &errors);
    (void)tw::FieldError::messages(errors);
    (void)state.toJson();
    return 0;
}
