#pragma once
// The four Making Data Count special-cause rules, one function each, named after the rule.
// Each works on one segment's values and writes its cause into `out` (same length) only for the points
// it flags, leaving the others alone; apply_rules calls them lowest priority first so that the first
// rule in Making Data Count order names a point.
#include <span>

#include "spc/limits.h"
#include "spc/spc.h"

namespace ics::spc {

// Rule 1: a point above the upper process limit or below the lower one (a point on a limit is inside).
void outside_limits(std::span<const double> y, const Limits& limits, std::span<SpecialCause> out);

// Rule 2: every point of a run of 7 or more, each strictly above (or below) the one before. A point
// where two runs touch takes the direction of the run to its right; the last point the step into it.
void seven_point_trend(std::span<const double> y, std::span<SpecialCause> out);

// Rule 3: a point between a near limit and its limit, in some window of 3 consecutive points all on
// the same side of the mean of which at least 2 are that close.
void two_in_three(std::span<const double> y, const Limits& limits, std::span<SpecialCause> out);

// Rule 4: every point of a run of 7 or more on the same side of the mean; a point on the mean breaks it.
void seven_point_one_side_mean(std::span<const double> y, double mean, std::span<SpecialCause> out);

// Sets every point of out to CommonCause, then applies the four rules (first match names the point).
void apply_rules(std::span<const double> y, const Limits& limits, std::span<SpecialCause> out);

// +1 for causes above the mean or increasing, -1 below or decreasing, 0 for common cause.
int direction(SpecialCause cause);

}  // namespace ics::spc
