#include "web/nhs_tags.h"

#include "report/ipr_labels.h"

namespace ics::web {
namespace {
std::string tag(const std::string& colour, const std::string& text, const std::string& title = "") {
  return "<strong class=\"nhsuk-tag nhsuk-tag--" + colour + "\"" + (title.empty() ? "" : " title=\"" + title + "\"") +
         ">" + text + "</strong>";
}
}  // namespace

std::string met_tag(const std::optional<bool>& met) {
  if (!met) return "–";
  return tag(*met ? "green" : "red", report::met_label(met));
}

std::string rag_tag(const std::optional<performance::DeliveryRag>& rag) {
  if (!rag) return tag("grey", "No KPIs");
  const std::string word = report::rag_word(*rag);
  switch (*rag) {
    case performance::DeliveryRag::Green: return tag("green", "G", word);
    case performance::DeliveryRag::Amber: return tag("yellow", "A", word);
    case performance::DeliveryRag::Red: return tag("red", "R", word);
  }
  return "";
}

}  // namespace ics::web
