// analyse(): one series through segments, limits, rules and icons.
#include <algorithm>
#include <limits>
#include <stdexcept>

#include "core/calendar.h"
#include "spc/icons.h"
#include "spc/limits.h"
#include "spc/rules.h"
#include "spc/segments.h"
#include "spc/spc.h"

namespace ics::spc {
namespace {

constexpr size_t kMinimumPointsForLimits = 12;

std::optional<double> defined(double v) { return v == v ? std::optional<double>(v) : std::nullopt; }

std::string short_segment_warning(const Segment& seg, int32_t first_day) {
  const std::string from = Date{first_day}.to_string();
  const size_t points = seg.end - seg.begin;
  if (points == 1) return "no limits: the segment starting " + from + " has only 1 point";
  return "trial limits: the segment starting " + from + " has " + std::to_string(points) + " points (fewer than " +
         std::to_string(kMinimumPointsForLimits) + ")";
}

}  // namespace

void analyse(std::span<const int32_t> dates, std::span<const double> values, const Options& options,
             SeriesResult& out) {
  if (dates.size() != values.size()) throw std::invalid_argument("spc::analyse: dates and values differ in length");
  const size_t n = values.size();
  out.mean.resize(n);
  out.lpl.resize(n);
  out.upl.resize(n);
  out.special_cause.resize(n);
  out.point_type.resize(n);
  out.warnings.clear();
  out.variation = PointType::CommonCause;
  out.assurance = Assurance::None;
  split_segments(dates, options.rebase_days, out.segments);

  for (Segment& seg : out.segments) {
    const size_t len = seg.end - seg.begin;
    size_t baseline = len;
    if (options.fix_after && *options.fix_after > 0) baseline = std::min(len, static_cast<size_t>(*options.fix_after));
    const auto y = values.subspan(seg.begin, len);
    const Limits limits = compute_limits(y.first(baseline), options.screen_outliers);
    seg.baseline_points = baseline;
    seg.mean = limits.mean;
    seg.lpl = defined(limits.lpl);
    seg.upl = defined(limits.upl);
    seg.near_lpl = defined(limits.near_lpl);
    seg.near_upl = defined(limits.near_upl);
    seg.trial = len < kMinimumPointsForLimits;
    if (seg.trial) out.warnings.push_back(short_segment_warning(seg, dates[seg.begin]));

    const auto first = static_cast<std::ptrdiff_t>(seg.begin), last = static_cast<std::ptrdiff_t>(seg.end);
    std::fill(out.mean.begin() + first, out.mean.begin() + last, limits.mean);
    std::fill(out.lpl.begin() + first, out.lpl.begin() + last, limits.lpl);
    std::fill(out.upl.begin() + first, out.upl.begin() + last, limits.upl);
    apply_rules(y, limits, std::span<SpecialCause>(out.special_cause).subspan(seg.begin, len));
  }

  for (size_t i = 0; i < n; ++i) out.point_type[i] = point_type(out.special_cause[i], options.improvement);
  if (n > 0) out.variation = out.point_type.back();
  if (!out.segments.empty()) {
    const Segment& last = out.segments.back();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    out.assurance = assurance(options.improvement, options.target, last.lpl.value_or(nan), last.upl.value_or(nan));
  }
}

SeriesResult analyse(std::span<const int32_t> dates, std::span<const double> values, const Options& options) {
  SeriesResult out;
  analyse(dates, values, options, out);
  return out;
}

}  // namespace ics::spc
