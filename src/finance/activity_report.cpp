#include "finance/activity_report.h"

#include <map>
#include <utility>

namespace ics::finance {
namespace {

// One organisation's (or the system's) counts for one point of delivery.
struct PodTotals {
  long long ytd_plan = 0, ytd_actual = 0;
  bool any_this_year = false;        // a plan or an actual April..month
  long long last_year_actual = 0;
  int last_year_months_reported = 0;  // of April..month a year earlier
};

std::optional<double> percent_change(long long change, long long base) {
  if (base == 0) return std::nullopt;
  return static_cast<double>(change) / static_cast<double>(base) * 100.0;
}

ActivityRow row_from(const std::string& org_code, ActivityPod pod, const PodTotals& t, int months_to_date,
                     bool last_year_complete) {
  ActivityRow row;
  row.org_code = org_code;
  row.pod = pod;
  row.ytd_plan = t.ytd_plan;
  row.ytd_actual = t.ytd_actual;
  row.ytd_variance = t.ytd_actual - t.ytd_plan;
  row.variance_percent = percent_change(row.ytd_variance, t.ytd_plan);
  if (last_year_complete && t.last_year_months_reported == months_to_date) {
    row.last_year_ytd_actual = t.last_year_actual;
    row.year_on_year_percent = percent_change(row.ytd_actual - t.last_year_actual, t.last_year_actual);
  }
  return row;
}

}  // namespace

std::vector<ActivityRow> activity_report(const std::vector<ActivityEntry>& entries, Month month) {
  const int year = month.financial_year_start();
  const Month first{year, 4}, last_year_first{year - 1, 4};
  const Month last_year_month{month.year - 1, month.month};
  const int months_to_date = month.financial_month();

  std::map<std::pair<std::string, ActivityPod>, PodTotals> totals;
  for (const auto& e : entries) {
    if (first <= e.month && e.month <= month) {
      auto& t = totals[{e.org_code, e.pod}];
      t.ytd_plan += e.plan;
      t.ytd_actual += e.actual.value_or(0);
      if (e.plan != 0 || e.actual) t.any_this_year = true;
    } else if (last_year_first <= e.month && e.month <= last_year_month && e.actual) {
      auto& t = totals[{e.org_code, e.pod}];
      t.last_year_actual += *e.actual;
      ++t.last_year_months_reported;
    }
  }

  // The system's last year is complete only when every organisation's is.
  std::map<ActivityPod, PodTotals> system;
  std::map<ActivityPod, bool> system_last_year_complete;
  std::vector<ActivityRow> organisation_rows;
  for (const auto& [key, t] : totals) {
    if (!t.any_this_year) continue;
    const auto& [org_code, pod] = key;
    organisation_rows.push_back(row_from(org_code, pod, t, months_to_date, true));
    auto& s = system[pod];
    s.ytd_plan += t.ytd_plan;
    s.ytd_actual += t.ytd_actual;
    s.last_year_actual += t.last_year_actual;
    bool& complete = system_last_year_complete.try_emplace(pod, true).first->second;
    if (t.last_year_months_reported != months_to_date) complete = false;
  }

  std::vector<ActivityRow> rows;
  for (auto& [pod, s] : system) {
    s.last_year_months_reported = months_to_date;
    rows.push_back(row_from("", pod, s, months_to_date, system_last_year_complete[pod]));
  }
  rows.insert(rows.end(), organisation_rows.begin(), organisation_rows.end());
  return rows;
}

}  // namespace ics::finance
