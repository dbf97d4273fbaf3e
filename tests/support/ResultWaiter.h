#pragma once

#include "api/ApiResult.h"
#include "support/EventWait.h"

#include <QTest>

#include <optional>

namespace tw::test {

// Collects the result of an asynchronous client call; tests wait() for it on an event loop.
template<typename T> class ResultWaiter
{
public:
    ApiCallback<T> callback()
    {
        return [this, done = m_wait.done()](const ApiResult<T> &r) {
            ++m_calls;
            m_result.emplace(r);
            done();
        };
    }
    bool wait(int timeoutMs = 10000) { return m_wait.wait(timeoutMs); }
    bool has() const { return m_result.has_value(); }
    int calls() const { return m_calls; }
    const ApiResult<T> &result() const { return *m_result; }
    bool ok() const { return m_result && m_result->ok(); }
    const T &value() const { return m_result->value(); }
    const ApiError &error() const { return m_result->error(); }

private:
    EventWait m_wait;
    std::optional<ApiResult<T>> m_result;
    int m_calls = 0;
};

} // namespace tw::test
