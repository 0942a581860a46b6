#pragma once
// A key performance indicator as the board tracks it: what it measures and what "good" is.
#include <optional>
#include <string>
#include <string_view>

namespace ics {

// Which way is better for a measure; neutral means variation is reported without judgement.
enum class Improvement { Increase, Decrease, Neutral };

std::string_view to_string(Improvement d);                       // "increase" | "decrease" | "neutral"
std::optional<Improvement> parse_improvement(std::string_view);  // accepts the three words above

// Unit decides how a value prints: "percent" values are proportions (0.95) shown as "95.0%".
enum class MetricUnit { Percent, Count, Minutes, Rate, Ratio };

std::string_view to_string(MetricUnit u);                      // "percent" | "count" | "minutes" | "rate" | "ratio"
std::optional<MetricUnit> parse_metric_unit(std::string_view);

struct Metric {
  std::string id;            // stable key, e.g. "ae_4hr"
  std::string name;          // "A&E 4-hour performance (all types)"
  std::string service_area;  // "Urgent and emergency care"
  MetricUnit unit = MetricUnit::Percent;
  Improvement improvement = Improvement::Increase;
  std::optional<double> standard;  // the constitutional / LTP standard, in the metric's unit (0.95 for 95%)
  std::string source;              // where the data comes from, e.g. "NHS England A&E attendances and emergency admissions"
};

// True when value meets the standard in the metric's direction (>= for increase, <= for decrease).
// Neutral metrics or metrics without a standard have no "met"; nullopt.
std::optional<bool> meets_standard(const Metric& metric, double value);

}  // namespace ics
