#pragma once
// Activity plan vs actual by point of delivery for a month of a financial year: year to date plan,
// actual, variance and variance %, and the year-on-year change against the same months a year earlier.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/finance.h"

namespace ics::finance {

struct ActivityRow {
  std::string org_code;  // "" for the system total
  ActivityPod pod = ActivityPod::DayCase;
  long long ytd_plan = 0, ytd_actual = 0, ytd_variance = 0;  // variance = actual - plan
  std::optional<double> variance_percent;                    // variance / plan x 100; absent when plan is 0
  std::optional<long long> last_year_ytd_actual;             // April..same month a year earlier, when all present
  std::optional<double> year_on_year_percent;                // (actual - last year) / last year x 100
};

// entries: at least this financial year and the one before. Rows for the system (org_code "") first,
// by pod, then each organisation by code and pod. Only pods with any plan or actual appear.
std::vector<ActivityRow> activity_report(const std::vector<ActivityEntry>& entries, Month month);

}  // namespace ics::finance
