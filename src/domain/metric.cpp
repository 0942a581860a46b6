#include "domain/metric.h"

namespace ics {

std::string_view to_string(Improvement d) {
  switch (d) {
    case Improvement::Increase: return "increase";
    case Improvement::Decrease: return "decrease";
    case Improvement::Neutral: return "neutral";
  }
  return "neutral";
}

std::optional<Improvement> parse_improvement(std::string_view s) {
  if (s == "increase") return Improvement::Increase;
  if (s == "decrease") return Improvement::Decrease;
  if (s == "neutral") return Improvement::Neutral;
  return std::nullopt;
}

std::string_view to_string(MetricUnit u) {
  switch (u) {
    case MetricUnit::Percent: return "percent";
    case MetricUnit::Count: return "count";
    case MetricUnit::Minutes: return "minutes";
    case MetricUnit::Rate: return "rate";
    case MetricUnit::Ratio: return "ratio";
  }
  return "count";
}

std::optional<MetricUnit> parse_metric_unit(std::string_view s) {
  if (s == "percent") return MetricUnit::Percent;
  if (s == "count") return MetricUnit::Count;
  if (s == "minutes") return MetricUnit::Minutes;
  if (s == "rate") return MetricUnit::Rate;
  if (s == "ratio") return MetricUnit::Ratio;
  return std::nullopt;
}

std::optional<bool> meets_standard(const Metric& metric, double value) {
  if (!metric.standard) return std::nullopt;
  switch (metric.improvement) {
    case Improvement::Increase: return value >= *metric.standard;
    case Improvement::Decrease: return value <= *metric.standard;
    case Improvement::Neutral: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace ics
