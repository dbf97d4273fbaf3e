#include "sandbox/SimulatedRequest.h"

namespace tw {

QByteArray SimulatedRequest::bearer() const
{
    const QByteArray value = headers.value("authorization").trimmed();
    if (!value.toLower().startsWith("bearer "))
        return {};
    return value.mid(7).trimmed();
}

} // namespace tw
