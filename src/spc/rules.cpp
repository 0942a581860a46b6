#include "spc/rules.h"

#include <algorithm>

namespace ics::spc {
namespace {

inline int sign(double d) { return (d > 0) - (d < 0); }

// Whether a point is close to a limit: beyond a near limit but not outside. False if limits are NaN.
inline bool close_to_limits(double y, const Limits& l) {
  return !(y > l.upl || y < l.lpl) && (y > l.near_upl || y < l.near_lpl);
}

}  // namespace

int direction(SpecialCause cause) {
  switch (cause) {
    case SpecialCause::AboveUcl:
    case SpecialCause::TrendIncreasing:
    case SpecialCause::TwoInThreeAbove:
    case SpecialCause::SevenAbove: return 1;
    case SpecialCause::BelowLcl:
    case SpecialCause::TrendDecreasing:
    case SpecialCause::TwoInThreeBelow:
    case SpecialCause::SevenBelow: return -1;
    case SpecialCause::CommonCause: return 0;
  }
  return 0;
}

void outside_limits(std::span<const double> y, const Limits& limits, std::span<SpecialCause> out) {
  for (size_t i = 0; i < y.size(); ++i) {
    if (y[i] > limits.upl) out[i] = SpecialCause::AboveUcl;
    else if (y[i] < limits.lpl) out[i] = SpecialCause::BelowLcl;
  }
}

void seven_point_trend(std::span<const double> y, std::span<SpecialCause> out) {
  const size_t n = y.size();
  // Walk maximal runs of steps in one direction; step i goes from point i-1 to point i.
  size_t i = 1;
  while (i < n) {
    const int d = sign(y[i] - y[i - 1]);
    size_t j = i + 1;
    while (j < n && sign(y[j] - y[j - 1]) == d) ++j;
    // Steps i..j-1 cover points i-1..j-1. Runs are visited left to right, so where two runs touch the
    // shared point is overwritten with the direction of the run to its right.
    if (d != 0 && j - i >= 6) {
      const auto cause = d > 0 ? SpecialCause::TrendIncreasing : SpecialCause::TrendDecreasing;
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(i - 1), out.begin() + static_cast<std::ptrdiff_t>(j),
                cause);
    }
    i = j;
  }
}

void two_in_three(std::span<const double> y, const Limits& limits, std::span<SpecialCause> out) {
  const size_t n = y.size();
  if (n < 3) return;
  const double mean = limits.mean;
  // Rolling side-of-mean and closeness for the window (k-2, k-1, k).
  int s0 = sign(y[0] - mean), s1 = sign(y[1] - mean);
  bool c0 = close_to_limits(y[0], limits), c1 = close_to_limits(y[1], limits);
  for (size_t k = 2; k < n; ++k) {
    const int s2 = sign(y[k] - mean);
    const bool c2 = close_to_limits(y[k], limits);
    if (s0 != 0 && s0 == s1 && s1 == s2 && int(c0) + int(c1) + int(c2) >= 2) {
      const auto cause = s0 > 0 ? SpecialCause::TwoInThreeAbove : SpecialCause::TwoInThreeBelow;
      if (c0) out[k - 2] = cause;
      if (c1) out[k - 1] = cause;
      if (c2) out[k] = cause;
    }
    s0 = s1, s1 = s2, c0 = c1, c1 = c2;
  }
}

void seven_point_one_side_mean(std::span<const double> y, double mean, std::span<SpecialCause> out) {
  const size_t n = y.size();
  size_t i = 0;
  while (i < n) {
    const int s = sign(y[i] - mean);
    size_t j = i + 1;
    while (j < n && sign(y[j] - mean) == s) ++j;
    if (s != 0 && j - i >= 7) {
      const auto cause = s > 0 ? SpecialCause::SevenAbove : SpecialCause::SevenBelow;
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(i), out.begin() + static_cast<std::ptrdiff_t>(j), cause);
    }
    i = j;
  }
}

void apply_rules(std::span<const double> y, const Limits& limits, std::span<SpecialCause> out) {
  std::fill(out.begin(), out.end(), SpecialCause::CommonCause);
  // Lowest priority first: each later rule overwrites, so the first rule in Making Data Count order wins.
  seven_point_one_side_mean(y, limits.mean, out);
  two_in_three(y, limits, out);
  seven_point_trend(y, out);
  outside_limits(y, limits, out);
}

}  // namespace ics::spc
