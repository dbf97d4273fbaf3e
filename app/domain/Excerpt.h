#pragma once

#include <QString>

namespace tw {

// A value as a message quotes it: at most `max` characters (with "…" when cut), control
// characters shown as \xNN. A 50 MB name or a NUL byte never reaches an error line whole.
class Excerpt
{
public:
    static constexpr int DefaultLength = 80;
    static QString of(const QString &value, int max = DefaultLength);
    static bool hasControlCharacter(const QString &value);
};

} // namespace tw
