#pragma once
// Statistical disclosure control for aggregates that leave the PHM engine for anyone without
// patient-level access (NHS England's small-number rule as the design sets it): a count of 1 to 7 is
// suppressed, every other count is rounded to the nearest 5 (halves up), and zero stays zero.
// Anything derived from a suppressed count (a rate, a ratio, a cost per person) is suppressed with it.
#include <cstdint>
#include <optional>

namespace ics::phm {

inline constexpr int64_t kLargestSuppressedCount = 7;

// nullopt for 1..7 (and negative counts, which are never disclosed); 0 for 0; otherwise the nearest
// multiple of 5 (8 -> 10, 12 -> 10, 13 -> 15).
std::optional<int64_t> disclosed_count(int64_t count);

// True when the count would be suppressed.
bool is_suppressed(int64_t count);

}  // namespace ics::phm
