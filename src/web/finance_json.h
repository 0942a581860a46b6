#pragma once
// The finance report for a month as the JSON API writes it: money in whole pence (fields ending _pence),
// trends as words (null where there is none), counts and workforce values as numbers.
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "web/finance_query.h"

namespace ics::web {

// {"month": "2026-10", "financial_year": "2026/27", "financial_month": "M7", "organisations": [...],
//  "system": {...}, "envelopes": [...], "activity": [...], "workforce": [...], "links": {...}}.
// Each organisation has org_code, name (its code where org_names has none), the bottom line's six *_pence
// figures, trend, missing_actuals (months) and lines (each line's figures and trend); "system" is the same
// without org_code and name. Activity and workforce rows carry org_code null for the system.
nlohmann::json finance_month_json(const FinanceMonth& data, const std::map<std::string, std::string>& org_names);

}  // namespace ics::web
