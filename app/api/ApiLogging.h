#pragma once

#include <QLoggingCategory>

namespace tw {
// "tw.api": one line per request (method, path, status, time); bodies at debug level,
// always passed through Redactor first.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace tw
