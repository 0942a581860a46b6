#pragma once
// Splitting a series into segments at rebase dates.
#include <cstdint>
#include <span>
#include <vector>

#include "spc/spc.h"

namespace ics::spc {

// Replaces out with the segments of a series whose dates are sorted ascending: a new segment starts at
// the first point on or after each rebase day. Rebase days at or before the first point, after the last
// point, or falling on the same point as another are ignored. Only begin and end are set. No segments
// for an empty series.
void split_segments(std::span<const int32_t> dates, std::span<const int32_t> rebase_days, std::vector<Segment>& out);

}  // namespace ics::spc
