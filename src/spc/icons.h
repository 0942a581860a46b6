#pragma once
// Making Data Count icons: a point's variation type and a series' assurance against its target.
#include <optional>

#include "domain/metric.h"
#include "spc/spc.h"

namespace ics::spc {

// The variation type of a point named by `cause`, judged by the improvement direction.
PointType point_type(SpecialCause cause, Improvement improvement);

// Assurance of hitting `target` given the latest process limits; None without a target, with a neutral
// direction, or when the limits are undefined (NaN). A target exactly on a limit is inconsistent.
Assurance assurance(Improvement improvement, std::optional<double> target, double lpl, double upl);

}  // namespace ics::spc
