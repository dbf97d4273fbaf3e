#include "api/ApiLogging.h"

namespace tw {
Q_LOGGING_CATEGORY(lcApi, "tw.api", QtInfoMsg)
} // namespace tw
