#pragma once
// XmR process limits from a baseline: mean, average moving range (AmR) with optional outlier
// screening, process limits mean ± 2.66 AmR and near limits mean ± (2/3)(2.66 AmR).
#include <span>

namespace ics::spc {

inline constexpr double kLimitFactor = 2.66;                       // natural process limits, 3 sigma
inline constexpr double kNearLimitFactor = 2.0 * (kLimitFactor / 3.0);  // 2 sigma, as NHSRplotthedots
inline constexpr double kMovingRangeScreen = 3.267;                // moving ranges >= 3.267 AmR are outliers

struct Limits {
  double mean = 0;
  double amr = 0;  // NaN with a single point
  double lpl = 0, upl = 0, near_lpl = 0, near_upl = 0;  // NaN with a single point
};

// Limits from baseline values (at least one). A single value has no moving range: mean = the value,
// every limit NaN. All moving ranges zero gives limits equal to the mean (screening is skipped).
Limits compute_limits(std::span<const double> baseline, bool screen_outliers);

}  // namespace ics::spc
