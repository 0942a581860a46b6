#pragma once
// The integrated performance report as a web page (NHS.UK frontend): organisation and month selectors
// as a plain GET form, the roll-up by service area, a table per service area with icons and sparklines.
#include <string>
#include <vector>

#include "core/calendar.h"
#include "performance/ipr.h"
#include "report/ipr_labels.h"

namespace ics::web {

struct IprPageContext {
  report::OrgNames org_names;
  std::vector<std::string> available_orgs;  // choices for the organisation selector
  std::vector<Month> available_months;      // choices for the month selector, latest first
};

// The page body (inside the layout's <main>).
std::string ipr_page_body(const performance::Ipr& ipr, const IprPageContext& context);

// The body shown when the store has no observations yet, saying how to load some.
std::string ipr_no_data_body();

// "/metrics/ae_4hr?month=2019-03&org=RX1&org=RK5": the metric page for the same selection.
std::string metric_page_href(const std::string& metric_id, const std::vector<std::string>& orgs, Month month);

}  // namespace ics::web
