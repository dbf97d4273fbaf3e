#pragma once

#include <QByteArray>
#include <QString>

namespace tw {

// Qt's JSON parser keeps the last of two equal keys without a word; a desired state that names
// "trunk.name" twice must be refused instead, since only one of the two can be meant.
class JsonDuplicateKeys
{
public:
    // The path of the first key that appears twice in one object ("trunk.name",
    // "numbers[2].assistant"), or empty. `json` must already parse as JSON.
    static QString first(const QByteArray &json);
};

} // namespace tw
