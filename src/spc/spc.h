#pragma once
// Statistical process control as NHS England's "Making Data Count" defines it: the XmR chart,
// its four special-cause rules, and the variation and assurance icons. Pure functions, no I/O.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/metric.h"

namespace ics::spc {

// Why a point is (or is not) special cause; the first matching rule names the point.
enum class SpecialCause : uint8_t {
  CommonCause,
  AboveUcl,             // "Above UCL"
  BelowLcl,             // "Below LCL"
  TrendIncreasing,      // "7 Point Trend (Increasing)"
  TrendDecreasing,      // "7 Point Trend (Decreasing)"
  TwoInThreeAbove,      // "2 in 3 Above CL"
  TwoInThreeBelow,      // "2 in 3 Below CL"
  SevenAbove,           // "7 Points Above CL"
  SevenBelow,           // "7 Points Below CL"
};
std::string_view label(SpecialCause c);

// A point's variation type; the variation icon of a series is the type of its last point.
enum class PointType : uint8_t { CommonCause, Improvement, Concern, NeutralHigh, NeutralLow };
std::string_view label(PointType t);  // "common_cause", "special_cause_improvement", "special_cause_concern",
                                      // "special_cause_neutral_high", "special_cause_neutral_low"

// Whether the process will reliably hit its target; None when no target or a neutral direction.
enum class Assurance : uint8_t { None, ConsistentPass, ConsistentFail, Inconsistent };
std::string_view label(Assurance a);  // "", "consistent_pass", "consistent_fail", "inconsistent"

struct Options {
  Improvement improvement = Improvement::Neutral;
  std::optional<double> target;
  std::optional<int> fix_after;      // baseline = first N points of each segment, or all of a shorter one
                                     // (N >= 12 is checked by callers; N < 1 means no fixing)
  std::vector<int32_t> rebase_days;  // Date::days; a new segment starts at the first point on or after each
  bool screen_outliers = true;       // drop moving ranges >= 3.267 x AmR and recompute AmR
};

// One run of points between rebases, with the limits its baseline gave.
struct Segment {
  size_t begin = 0;  // index of the first point
  size_t end = 0;    // one past the last point
  size_t baseline_points = 0;
  std::optional<double> mean, lpl, upl, near_lpl, near_upl;  // nullopt when undefined (a single point)
  bool trial = false;                                        // fewer than 12 points: trial limits
};

// Results per input point (same order and length as the input), plus the series' icons.
struct SeriesResult {
  std::vector<double> mean, lpl, upl;  // NaN where undefined
  std::vector<SpecialCause> special_cause;
  std::vector<PointType> point_type;
  std::vector<Segment> segments;
  PointType variation = PointType::CommonCause;
  Assurance assurance = Assurance::None;
  std::vector<std::string> warnings;  // one per segment under 12 points: "trial limits: the segment starting
                                      // YYYY-MM-DD has N points (fewer than 12)", or "no limits: ... only 1 point"
};

// Analyses one series. dates (Date::days) must be sorted ascending and the same length as values
// (throws std::invalid_argument if the lengths differ). Limits come from each segment's baseline and
// apply to every point of that segment; rules never look across a rebase.
SeriesResult analyse(std::span<const int32_t> dates, std::span<const double> values, const Options& options);

// As above, but writes into out, reusing its storage: no allocation once out has grown to the series' size.
void analyse(std::span<const int32_t> dates, std::span<const double> values, const Options& options,
             SeriesResult& out);

}  // namespace ics::spc
