#pragma once
// The XmR (SPC) chart as inline SVG, drawn from what build_ipr returns: points coloured by their
// Making Data Count type, the mean solid, process limits dashed grey, the target dashed red.
#include <optional>
#include <string>
#include <vector>

#include "domain/metric.h"
#include "performance/ipr.h"

namespace ics::report {

struct SpcChartStyle {
  int width = 640;
  int height = 280;
  bool sparkline = false;  // a small table-cell chart: no axes, labels or title, small points
  std::string title;       // shown above a full chart and used as its accessible name
};

// Draws the series. target (the standard) adds a dashed red line only when present. Every element has a
// class ("point point--concern", "mean", "limit", "target", "x-label", "y-label") so pages and tests can
// find them. An empty series draws an empty frame with "No data".
std::string spc_chart_svg(const std::vector<performance::IprPoint>& points, std::optional<double> target,
                          MetricUnit unit, const SpcChartStyle& style);

}  // namespace ics::report
