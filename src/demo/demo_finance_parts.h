#pragma once
// The pieces build_demo_finance assembles; internal to src/demo.
#include <vector>

#include "demo/demo_finance.h"
#include "demo/demo_random.h"

namespace ics::demo::detail {

// The 24 months of the demo's finance: April of the previous financial year to March of the one
// containing `today`.
std::vector<Month> demo_finance_months(Date today);
// Whether a month's return has closed on `today`: it is before today's month.
inline bool month_closed(Month month, Date today) { return month < Month::of(today); }

// Activity plan for every month and actual for closed ones: every point of delivery for the acute trusts
// (RX1, RK5, RP5), outpatients for Nottinghamshire Healthcare (RHA); the ambulance trust has none.
// This year's plans are about 4% above last year's.
std::vector<ActivityEntry> demo_activity(Date today, DemoRandom& random);

// Workforce plan for every month and actual for closed ones, for the five trusts: NUH and Doncaster and
// Bassetlaw over plan on agency, Nottinghamshire Healthcare's agency use falling month on month,
// sickness higher in winter. The ambulance trust's return has no vacancy plan.
std::vector<WorkforceEntry> demo_workforce(Date today, DemoRandom& random);

}  // namespace ics::demo::detail
