#include "report/value_format.h"

#include <cmath>
#include <cstdio>

namespace ics::report {
namespace {
constexpr const char* kNoValue = "–";

std::string fixed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string out = buf;
  if (out == "-0.0" || out == "-0.00" || out == "-0") out.erase(0, 1);  // no "-0.0" for tiny negatives
  return out;
}
}  // namespace

std::string format_thousands(double value) {
  if (!std::isfinite(value)) return kNoValue;
  const double rounded = std::round(value);
  const bool negative = rounded < 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", std::fabs(rounded));
  std::string digits = buf;
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

std::string format_value(double value, MetricUnit unit) {
  if (!std::isfinite(value)) return kNoValue;
  switch (unit) {
    case MetricUnit::Percent: return fixed(value * 100.0, 1) + "%";
    case MetricUnit::Count: return format_thousands(value);
    case MetricUnit::Minutes: return fixed(value, 1) + " min";
    case MetricUnit::Rate:
    case MetricUnit::Ratio: return fixed(value, 2);
  }
  return fixed(value, 2);
}

std::string format_optional(const std::optional<double>& value, MetricUnit unit) {
  return value ? format_value(*value, unit) : kNoValue;
}

std::string format_percent_whole(double proportion) {
  if (!std::isfinite(proportion)) return kNoValue;
  return fixed(proportion * 100.0, 0) + "%";
}

std::string format_month(Month month) { return month.label(); }

std::string unit_axis_title(MetricUnit unit) {
  switch (unit) {
    case MetricUnit::Percent: return "Percent (%)";
    case MetricUnit::Count: return "Count";
    case MetricUnit::Minutes: return "Minutes";
    case MetricUnit::Rate: return "Rate";
    case MetricUnit::Ratio: return "Ratio";
  }
  return "Value";
}

}  // namespace ics::report
