#pragma once

#include "api/ApiError.h"
#include "api/VapiAssistant.h"
#include "api/VapiCredential.h"

#include <QList>

#include <optional>

namespace tw {

// What verifying a Vapi key found: the region whose API accepted it, the organisation's
// assistants and its existing byo-sip-trunk credentials (a trunk made in the dashboard).
struct VapiAccountCheck
{
    QString region; // "us" or "eu"
    QList<VapiAssistant> assistants;
    QList<VapiCredential> trunks;
    std::optional<ApiError> error;

    bool ok() const { return !error; }
};

} // namespace tw
