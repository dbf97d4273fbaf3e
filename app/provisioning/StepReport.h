#pragma once

#include "api/ApiError.h"
#include "provisioning/PlanAction.h"

#include <optional>

namespace tw {

// One step of a run as the engine reports it: which change (resource, kind, key), where it
// stands in the run, and on failure the typed error, so a view can mark the right row.
struct StepReport
{
    int step = 0; // 1-based
    int total = 0;
    PlanAction::Resource resource = PlanAction::Resource::Trunk;
    PlanAction::Kind kind = PlanAction::Kind::Unchanged;
    QString key;
    QString summary;
    std::optional<ApiError> error; // set when the step failed

    bool ok() const { return !error; }
    // "done: <summary>" or "failed: <the error's plain sentence>", for logs and the CLI.
    QString message() const { return error ? error->userMessage() : summary; }
};

} // namespace tw
