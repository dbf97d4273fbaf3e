#pragma once

#include <chrono>

namespace tw {

// RFC 3261's timers for a non-INVITE client transaction (17.1.2.2): over UDP the request is
// sent again after T1, then at doubling intervals up to T2; Timer F (64·T1) gives up. Tests
// inject short ones; the product uses the RFC's values.
struct SipTimers
{
    std::chrono::milliseconds t1 {500};
    std::chrono::milliseconds t2 {4000};
    std::chrono::milliseconds timerF {64 * 500};

    static SipTimers scaled(std::chrono::milliseconds t1) { return SipTimers {t1, 8 * t1, 64 * t1}; }
};

} // namespace tw
