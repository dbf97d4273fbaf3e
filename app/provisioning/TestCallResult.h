#pragma once

#include "api/ApiError.h"
#include "api/VapiCall.h"
#include "provisioning/EndedReasonExplainer.h"

#include <QJsonObject>

#include <optional>

namespace tw {

// How a test call went: the call as Vapi last reported it, and what it means.
struct TestCallResult
{
    std::optional<ApiError> error; // placing or polling the call failed
    QString inputError; // the assistant or the number could not be resolved: nothing was placed
    VapiCall call;
    bool ended = false; // false: still not ended when the wait ran out
    EndedReasonExplainer::Explanation explanation;

    bool connected() const { return ended && explanation.connected; }
    QString message() const;
    QJsonObject toJson() const;
};

} // namespace tw
