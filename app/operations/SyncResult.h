#pragma once

#include "api/ApiError.h"

#include <QStringList>

#include <optional>

namespace tw {

// What a sync changed in the stored records (nothing changes remotely), or why it could not.
struct SyncResult
{
    QStringList changes; // one sentence each: "acme: number +1… is gone from Vapi; forgotten."
    std::optional<ApiError> error;
    QString configError; // the records could not be saved
    QStringList problems; // the admin must choose: several trunks could be a domain's, a chosen id is unknown

    bool ok() const { return !error && configError.isEmpty() && problems.isEmpty(); }
};

} // namespace tw
