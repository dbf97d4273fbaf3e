#pragma once

#include "api/ApiError.h"
#include "config/AppConfig.h"
#include "domain/DesiredState.h"
#include "domain/FieldError.h"
#include "provisioning/LiveState.h"
#include "provisioning/Plan.h"

#include <QStringList>

#include <optional>

namespace tw {

// What planning produced: the plan, or why there is none. inputErrors are the admin's to fix
// (nothing was sent); error is a refusal or failure of Cloudonix or Vapi while reading.
struct PlanOutcome
{
    QList<FieldError> inputErrors; // the admin's input, field by field
    std::optional<ApiError> error;
    QString configError; // the settings file could not be read
    DesiredState desired; // as validated (numbers in E.164); empty for a teardown
    Plan plan;
    LiveState live;
    AppConfig config;

    bool ok() const { return inputErrors.isEmpty() && !error && configError.isEmpty(); }
};

} // namespace tw
