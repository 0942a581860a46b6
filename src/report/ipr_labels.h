#pragma once
// The words an IPR shows for its lines, shared by the HTML report and the web pages so both say the same.
#include <map>
#include <string>

#include "performance/ipr.h"

namespace ics::report {

// Organisation code -> display name; codes without a name show as the code.
using OrgNames = std::map<std::string, std::string>;

// "Nottingham University Hospitals NHS Trust (RX1)", or "RX1" without a name, or
// "Selected organisations combined" for the combined line. Not escaped.
std::string line_organisation(const performance::IprLine& line, const OrgNames& names);

// "Met" | "Not met" | "–" (no standard or no direction).
std::string met_label(const std::optional<bool>& met);

// "Mar 2019", with " (latest available)" when the line's month is before the report month.
std::string line_month(const performance::IprLine& line);

// "Green" | "Amber" | "Red".
std::string rag_word(performance::DeliveryRag rag);

}  // namespace ics::report
