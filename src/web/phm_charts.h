#pragma once
// The population health charts as inline SVG (no script, so the pages' strict CSP holds): the population
// pyramid coloured by segment, dot-and-whisker charts of rates with confidence intervals, the funnel plot
// of PCNs' standardised ratios, and the risk model's calibration. Each <svg> is role="img", labelled by
// its <title> and described by a <desc>; axis titles carry class "axis-label". The charts draw what they
// are given: callers pass figures already under disclosure control and leave out suppressed ones.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "phm/population.h"
#include "phm/segmentation.h"

namespace ics::web {

// The colour each segment is drawn in (pyramid, legends): "#rrggbb".
std::string segment_colour(phm::Segment segment);

// Persons by [age band][sex][segment] (disclosed: suppressed cells as 0). Males to the left of the axis,
// females to the right, youngest band at the bottom, with a legend of segments.
using PyramidCounts = std::array<std::array<std::array<int64_t, phm::kSegmentCount>, phm::kSexCount>, phm::kAgeBandCount>;
std::string population_pyramid_svg(const PyramidCounts& counts, const std::string& id);

// One row of a dot-and-whisker chart: a group's value and its 95% interval.
struct IntervalPoint {
  std::string label;
  double value = 0, lower = 0, upper = 0;
};
// Rows top to bottom, value axis along the bottom titled value_axis_label; reference (when given) is
// drawn as a dashed vertical line labelled reference_label.
std::string interval_chart_svg(const std::string& title, const std::string& id, const std::string& value_axis_label,
                               const std::vector<IntervalPoint>& points, std::optional<double> reference = std::nullopt,
                               const std::string& reference_label = "");

// A PCN on a funnel plot: its expected count and its observed ÷ expected ratio.
struct FunnelPoint {
  std::string label;
  double expected = 0, ratio = 0;
};
// Expected events along the bottom, the ratio up the side; the target 1, the benchmark ratio, and the
// 95% (dashed) and 99.8% (solid) control limits from phm::funnel_limits.
std::string funnel_plot_svg(const std::string& title, const std::string& id, const std::vector<FunnelPoint>& points,
                            double benchmark_ratio);

// A calibration decile: mean predicted risk and observed rate, both as proportions 0..1.
struct CalibrationPoint {
  int decile = 0;
  double predicted = 0, observed = 0;
};
// Predicted along the bottom, observed up the side (both in %), with the line of perfect calibration.
std::string calibration_chart_svg(const std::string& title, const std::string& id,
                                  const std::vector<CalibrationPoint>& points);

}  // namespace ics::web
