#pragma once
// A metric's own page: what it measures and its standard, then for each organisation its latest value,
// icons and full SPC chart with the data behind it; and the catalogue index that links to them.
#include <string>
#include <vector>

#include "domain/metric.h"
#include "performance/ipr.h"
#include "report/ipr_labels.h"

namespace ics::web {

// ipr holds this metric only (or nothing when it has no data for the selection).
std::string metric_page_body(const Metric& metric, const performance::Ipr& ipr, const report::OrgNames& names);

// The catalogue grouped by service area, each metric linking to its page.
std::string metrics_index_body(const std::vector<Metric>& metrics);

}  // namespace ics::web
