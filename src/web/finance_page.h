#pragma once
// The system finance report as a web page (NHS.UK frontend), laid out as NHS system finance reports
// print it: the headline position, the revenue position by organisation (year to date and forecast
// outturn, with a trend arrow), the system by line, the envelopes, activity and workforce against plan,
// and a month selector as a plain GET form. Figures come from the finance engines; this only formats.
#include <map>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "web/finance_query.h"

namespace ics::web {

struct FinancePageContext {
  std::map<std::string, std::string> org_names;  // code -> name; the code prints where a name is missing
  std::vector<Month> months;                     // choices for the month selector, latest first
};

// "System finance report: October 2026 (M7 2026/27)".
std::string finance_page_title(Month month);

// The page body (inside the layout's <main>).
std::string finance_page_body(const FinanceMonth& data, const FinancePageContext& context);

// The body for a month with no finance return: says so and offers the months that have one.
std::string finance_no_return_body(Month month, const FinancePageContext& context);

// The body shown when the store has no finance ledger yet, saying how to load one.
std::string finance_no_data_body();

}  // namespace ics::web
