#pragma once

#include "api/CloudonixBorderSettings.h"

namespace tw {

// Result of a read-merge-PATCH of the border flags: what was there, what is there now,
// and whether a write was needed at all (before lets a rollback or teardown restore it).
struct CloudonixProfileChange
{
    CloudonixBorderSettings before;
    CloudonixBorderSettings after;
    bool written = false;
};

} // namespace tw
