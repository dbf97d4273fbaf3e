#pragma once

#include <optional>

namespace tw {

// The two domain profile keys Vapi trunking needs. nullopt = the key is absent from the
// profile (Cloudonix then applies its default).
struct CloudonixBorderSettings
{
    std::optional<bool> allowedBorder; // "allowed-border": Allow border-to-border calls
    std::optional<bool> redirectUnknownToBorder; // "redirect-unknown-to-border"

    // Effective values when a key is absent: allowed-border is assumed off,
    // redirect-unknown-to-border behaves as on unless explicitly false.
    bool effectiveAllowedBorder() const { return allowedBorder.value_or(false); }
    bool effectiveRedirectUnknown() const { return redirectUnknownToBorder.value_or(true); }

    bool operator==(const CloudonixBorderSettings &other) const = default;
};

} // namespace tw
