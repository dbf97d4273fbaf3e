#pragma once

#include <QtGlobal>

#include <chrono>

namespace tw {

// What one sandbox connection may cost: it is a test server on the admin's own machine, so
// whatever a client sends must not grow it without bound.
struct ConnectionLimits
{
    qint64 maxRequestBytes = 4 * 1024 * 1024; // a body over this is answered 413
    std::chrono::milliseconds idleTimeout {30000}; // a connection quiet this long is closed
    int maxConnections = 256; // more at once are closed as they arrive
};

} // namespace tw
