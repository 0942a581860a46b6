#include "report/ipr_labels.h"

#include "report/value_format.h"

namespace ics::report {

std::string line_organisation(const performance::IprLine& line, const OrgNames& names) {
  if (line.combined) return "Selected organisations combined";
  const auto it = names.find(line.org_code);
  if (it == names.end() || it->second.empty() || it->second == line.org_code) return line.org_code;
  return it->second + " (" + line.org_code + ")";
}

std::string met_label(const std::optional<bool>& met) {
  if (!met) return "–";
  return *met ? "Met" : "Not met";
}

std::string line_month(const performance::IprLine& line) {
  return format_month(line.month) + (line.stale ? " (latest available)" : "");
}

std::string rag_word(performance::DeliveryRag rag) {
  switch (rag) {
    case performance::DeliveryRag::Green: return "Green";
    case performance::DeliveryRag::Amber: return "Amber";
    case performance::DeliveryRag::Red: return "Red";
  }
  return "Red";
}

}  // namespace ics::report
