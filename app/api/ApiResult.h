#pragma once

#include "api/ApiError.h"

#include <functional>
#include <optional>
#include <utility>

namespace tw {

// A typed answer from a client call: either the value or the ApiError.
template<typename T> class ApiResult
{
public:
    ApiResult(T value) // NOLINT(google-explicit-constructor): results are returned implicitly
        : m_value(std::move(value))
    { }
    ApiResult(ApiError error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

template<typename T> using ApiCallback = std::function<void(const ApiResult<T> &)>;

// For calls whose success carries no data (a delete).
struct ApiDone
{
};

} // namespace tw
