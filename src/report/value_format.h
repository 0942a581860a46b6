#pragma once
// How values print on reports and pages: the metric's unit decides ("95.1%", "12,345", "7.2 min").
#include <optional>
#include <string>

#include "core/calendar.h"
#include "domain/metric.h"

namespace ics::report {

// A value in its unit: percent (a proportion) 0.9512 -> "95.1%"; count 12345 -> "12,345";
// minutes 7.24 -> "7.2 min"; rate and ratio to two decimals "1.25". Non-finite values print "–".
std::string format_value(double value, MetricUnit unit);

// As format_value, or "–" when there is no value (e.g. a metric without a standard).
std::string format_optional(const std::optional<double>& value, MetricUnit unit);

// An integer part with thousands separators: 1234567.4 -> "1,234,567" (rounded to nearest).
std::string format_thousands(double value);

// A proportion as a whole-number percentage for tables of counts: 0.6667 -> "67%".
std::string format_percent_whole(double proportion);

// "Mar 2019".
std::string format_month(Month month);

// The axis title for a unit: "Percent (%)", "Count", "Minutes", "Rate", "Ratio".
std::string unit_axis_title(MetricUnit unit);

}  // namespace ics::report
