#pragma once
// The integrated performance report as one self-contained HTML page to circulate with a board pack:
// inline CSS and inline SVG only, no scripts and no external links, so it opens anywhere offline.
#include <string>

#include "performance/ipr.h"
#include "report/ipr_labels.h"

namespace ics::report {

struct IprHtmlOptions {
  std::string title = "Integrated performance report";
  OrgNames org_names;       // code -> name for the organisation column
  std::string generated;    // optional note printed in the footer, e.g. "Generated 2019-04-12 by ics 0.1.0"
};

// Renders the page: the roll-up table (Service Area | No. KPIs | % Achieved | Delivery RAG), a table per
// service area (Metric | Organisation | Month | Value | Standard | Met | Variation | Assurance | Chart)
// and a full SPC chart per line. Every text from data is escaped.
std::string ipr_html(const performance::Ipr& ipr, const IprHtmlOptions& options);

// A fragment-safe id from arbitrary text: letters and digits kept, everything else '-'.
std::string anchor_id(std::string_view prefix, std::string_view text);

}  // namespace ics::report
