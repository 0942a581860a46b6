#pragma once
// Fetches what the finance engines need from the store for one month and runs them, for the finance page
// and its JSON API alike. Kept apart from the pure engines (src/finance) so they never see the store.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "finance/activity_report.h"
#include "finance/finance_report.h"
#include "finance/workforce_report.h"
#include "store/finance_store.h"

namespace ics::web {

// Everything the finance page shows for one month.
struct FinanceMonth {
  finance::FinanceReport report;
  // The trend of each line since last month, by organisation code ("" for the system): trend_between of
  // last month's line and this month's, NotAvailable where the organisation's bottom-line trend is.
  std::map<std::string, std::map<FinanceLine, finance::Trend>> line_trends;
  std::vector<finance::ActivityRow> activity;    // year to date, with last year's for year-on-year
  std::vector<finance::WorkforceRow> workforce;  // the month itself
};

// Months with a finance return (April to the latest month with an actual, in each financial year with a
// ledger), newest first. Empty when no ledger is held.
std::vector<Month> finance_months(FinanceStore& finance);

// The latest month with an actual in the newest ledger year (its April when it has no actual yet);
// nullopt when no ledger is held.
std::optional<Month> default_finance_month(FinanceStore& finance);

// The reports for month, or nullopt when no finance return is held for it (no ledger row in the month
// has an actual).
std::optional<FinanceMonth> load_finance_month(FinanceStore& finance, Month month);

// The line's trend for the organisation ("" = the system), NotAvailable when not held.
finance::Trend line_trend(const FinanceMonth& data, const std::string& org_code, FinanceLine line);

}  // namespace ics::web
