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

    bool ok() const { return !error && configError.isEmpty(); }
};

} // namespace tw
