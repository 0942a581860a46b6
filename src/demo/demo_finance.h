#pragma once
// The demo ICS's money and activity for two financial years: the one containing `today` and the one
// before. The finance ledger (plan, actual, forecast) for the ICB and its five trusts on every line, the
// system's revenue and capital envelopes, activity plan and actual for the trusts by point of delivery,
// and workforce plan and actual. Months before today's month have closed (actuals); the rest of the
// current year carries forecasts. NUH and Doncaster and Bassetlaw overspend; Nottinghamshire Healthcare
// improves month on month.
#include <cstdint>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/money.h"
#include "domain/finance.h"

namespace ics {
class Store;
}

namespace ics::demo {

struct DemoFinance {
  std::vector<LedgerEntry> ledger;        // by organisation, month, line
  std::vector<Envelope> envelopes;        // revenue and capital for each year
  std::vector<ActivityEntry> activity;    // by organisation, month, point of delivery
  std::vector<WorkforceEntry> workforce;  // by organisation, month, measure
};

// The organisations in the ledger: the ICB (kIcbCode) and the five trusts.
std::vector<std::string> demo_finance_organisations();

// What an organisation planned for the current or the previous year, in whole pence: each line's annual
// plan (the ledger's twelve monthly plans add up to it exactly) and the planned surplus, or deficit when
// negative; income - pay - non-pay - non-operating = planned_surplus exactly. Throws std::invalid_argument
// for an organisation not in demo_finance_organisations().
struct AnnualPlan {
  Pence income = 0, pay = 0, non_pay = 0, non_operating = 0, capital = 0;
  Pence planned_surplus = 0;
};
AnnualPlan demo_annual_plan(const std::string& org_code, bool previous_year);

// Pure: the same today and seed give the same records.
DemoFinance build_demo_finance(Date today, uint32_t seed);

// Problems that would make the records wrong to store: a key twice, an actual for a month not yet
// closed or a closed month without one, a negative amount; empty when none.
std::vector<std::string> demo_finance_problems(const DemoFinance& demo, Date today);

// Checks, then writes the ledger, envelopes, activity and workforce through store.finance(): one
// transaction each. Throws std::runtime_error listing the problems before anything is written, or from
// the store.
void load_demo_finance(Store& store, const DemoFinance& demo, Date today);

}  // namespace ics::demo
