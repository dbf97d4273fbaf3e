#pragma once

#include "support/EventWait.h"

#include <QObject>

#include <optional>

namespace tw::test {

// Starts an operation and waits on an event loop for its finished(result); nullopt on timeout.
template<typename Op, typename Result>
std::optional<Result> runOperation(Op *op, void (Op::*finished)(const Result &), int timeoutMs = 30000)
{
    std::optional<Result> result;
    EventWait wait;
    QObject::connect(op, finished, op, [&result, done = wait.done()](const Result &r) {
        result = r;
        done();
    });
    op->start();
    wait.wait(timeoutMs);
    return result;
}

} // namespace tw::test
