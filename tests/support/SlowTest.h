#pragma once

#include <QTest>

// A test on real durations (the documented rate limits, the real clock): one per mechanism. It
// runs under its own ctest entry with the label "slow" (TW_SLOW_TESTS=1), which
// packaging/dev.sh test includes; `ctest -LE slow` leaves it out of a quick loop.
#define TW_SLOW_TEST()                                                                                                 \
    do {                                                                                                               \
        if (!qEnvironmentVariableIsSet("TW_SLOW_TESTS"))                                                               \
            QSKIP("real-clock test: it runs under the ctest label \"slow\"");                                          \
    } while (false)
