#pragma once

#include <QString>

namespace tw {

// The keys one operation works with. They travel with the operation, never on a shared
// client, so operations for different accounts run side by side. Never stored or logged.
struct AccountKeys
{
    QString cloudonixKey;
    QString vapiKey;
    QString vapiRegion = QStringLiteral("us");
};

} // namespace tw
