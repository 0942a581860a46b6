#include "spc/limits.h"

#include <cmath>
#include <limits>

namespace ics::spc {

Limits compute_limits(std::span<const double> baseline, bool screen_outliers) {
  Limits l;
  const size_t n = baseline.size();
  double sum = 0;
  for (double y : baseline) sum += y;
  l.mean = n ? sum / static_cast<double>(n) : std::numeric_limits<double>::quiet_NaN();
  if (n < 2) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    l.amr = l.lpl = l.upl = l.near_lpl = l.near_upl = nan;
    return l;
  }
  double mr_sum = 0;
  for (size_t i = 1; i < n; ++i) mr_sum += std::fabs(baseline[i] - baseline[i - 1]);
  l.amr = mr_sum / static_cast<double>(n - 1);
  // Screening drops moving ranges at or above 3.267 AmR; with AmR = 0 it would drop them all.
  if (screen_outliers && l.amr > 0) {
    const double cut = kMovingRangeScreen * l.amr;
    double kept_sum = 0;
    size_t kept = 0;
    for (size_t i = 1; i < n; ++i) {
      const double mr = std::fabs(baseline[i] - baseline[i - 1]);
      if (mr < cut) {
        kept_sum += mr;
        ++kept;
      }
    }
    l.amr = kept_sum / static_cast<double>(kept);  // kept >= 1: the smallest mR is <= AmR < cut
  }
  l.lpl = l.mean - kLimitFactor * l.amr;
  l.upl = l.mean + kLimitFactor * l.amr;
  l.near_lpl = l.mean - kNearLimitFactor * l.amr;
  l.near_upl = l.mean + kNearLimitFactor * l.amr;
  return l;
}

}  // namespace ics::spc
