#include "web/finance_format.h"

#include <cmath>
#include <cstdio>

namespace ics::web {
namespace {

constexpr Pence kTenthOfMillion = 10'000'000;  // £0.1m, the precision the page prints
constexpr const char* kNoValue = "–";

// "1234567" -> "1,234,567".
std::string with_commas(const std::string& digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// |value| to one decimal place with thousands commas, and whether it printed as zero.
std::string magnitude_one_dp(double value, bool& is_zero) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f", std::fabs(value));
  std::string text = buf;
  is_zero = text == "0.0";
  const size_t dot = text.find('.');
  return with_commas(text.substr(0, dot)) + text.substr(dot);
}

// value to 1 dp with commas; sign "-" when negative, and "+" when positive and `plus` is set; no sign
// when it rounds to zero.
std::string one_dp(double value, bool plus) {
  bool is_zero = false;
  const std::string magnitude = magnitude_one_dp(value, is_zero);
  if (is_zero || (value > 0 && !plus)) return magnitude;
  std::string out(1, value < 0 ? '-' : '+');
  out += magnitude;
  return out;
}

bool is_rate(WorkforceMeasure measure) {
  return measure == WorkforceMeasure::SicknessRate || measure == WorkforceMeasure::VacancyRate;
}

std::string workforce_text(WorkforceMeasure measure, const std::optional<double>& value, bool plus) {
  if (!value || !std::isfinite(*value)) return kNoValue;
  std::string text = one_dp(*value, plus);
  if (is_rate(measure)) text += '%';
  return text;
}

}  // namespace

std::string pounds_millions(Pence value) { return std::string("£") + format_millions(value) + "m"; }

bool rounds_to_zero_millions(Pence value) { return round_to(value, kTenthOfMillion) == 0; }

std::string format_count(long long value) {
  const unsigned long long magnitude =
      value < 0 ? static_cast<unsigned long long>(-(value + 1)) + 1 : static_cast<unsigned long long>(value);
  std::string out = value < 0 ? "-" : "";
  out += with_commas(std::to_string(magnitude));
  return out;
}

std::string format_signed_count(long long value) {
  std::string out = value > 0 ? "+" : "";
  out += format_count(value);
  return out;
}

std::string format_signed_percent(const std::optional<double>& percent) {
  if (!percent || !std::isfinite(*percent)) return kNoValue;
  return one_dp(*percent, true) + "%";
}

std::string format_workforce_value(WorkforceMeasure measure, const std::optional<double>& value) {
  return workforce_text(measure, value, false);
}

std::string format_workforce_variance(WorkforceMeasure measure, const std::optional<double>& variance) {
  return workforce_text(measure, variance, true);
}


std::string line_label(FinanceLine line) {
  switch (line) {
    case FinanceLine::Income: return "Income";
    case FinanceLine::Pay: return "Pay";
    case FinanceLine::NonPay: return "Non-pay";
    case FinanceLine::NonOperating: return "Non-operating";
    case FinanceLine::Capital: return "Capital";
  }
  return "";
}

std::string pod_label(ActivityPod pod) {
  switch (pod) {
    case ActivityPod::ElectiveOrdinary: return "Elective ordinary";
    case ActivityPod::DayCase: return "Day case";
    case ActivityPod::OutpatientFirst: return "Outpatient first";
    case ActivityPod::OutpatientFollowUp: return "Outpatient follow-up";
    case ActivityPod::AandE: return "A&E";
    case ActivityPod::NonElective: return "Non-elective";
    case ActivityPod::Diagnostics: return "Diagnostics";
  }
  return "";
}

std::string measure_label(WorkforceMeasure measure) {
  switch (measure) {
    case WorkforceMeasure::SubstantiveWte: return "Substantive WTE";
    case WorkforceMeasure::BankWte: return "Bank WTE";
    case WorkforceMeasure::AgencyWte: return "Agency WTE";
    case WorkforceMeasure::SicknessRate: return "Sickness rate";
    case WorkforceMeasure::VacancyRate: return "Vacancy rate";
  }
  return "";
}

std::optional<std::string> trend_code(finance::Trend trend) {
  switch (trend) {
    case finance::Trend::Improving: return "improving";
    case finance::Trend::Worsening: return "worsening";
    case finance::Trend::Unchanged: return "unchanged";
    case finance::Trend::NotAvailable: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace ics::web
