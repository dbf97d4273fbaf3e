#pragma once

#include "support/EventWait.h"

#include <QObject>

#include <optional>
#include <type_traits>

namespace tw::test {

// Starts an operation and waits on an event loop for its finished(result); nullopt on timeout.
template<typename Op, typename Arg, typename Result = std::decay_t<Arg>>
std::optional<Result> runOperation(Op *op, void (Op::*finished)(Arg), int timeoutMs = 30000)
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
