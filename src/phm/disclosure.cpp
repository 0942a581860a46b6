#include "phm/disclosure.h"

namespace ics::phm {

bool is_suppressed(int64_t count) { return count < 0 || (count >= 1 && count <= kLargestSuppressedCount); }

std::optional<int64_t> disclosed_count(int64_t count) {
  if (is_suppressed(count)) return std::nullopt;
  // Written as quotient and remainder so the largest counts cannot overflow: a remainder of 3 or 4 rounds
  // up, and the two values above the last multiple of 5 below INT64_MAX have remainders 1 and 2.
  const int64_t down = count - count % 5;
  return count % 5 >= 3 ? down + 5 : down;
}

}  // namespace ics::phm
