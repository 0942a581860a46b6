// What a demo paper carries besides its cover-sheet text: the implications section, and its file (a
// one-page PDF of the cover sheet) with the name secretariats give such files.
#include <cctype>
#include <string>
#include <vector>

#include "demo/demo_governance_parts.h"
#include "demo/demo_pdf.h"

namespace ics::demo::detail {

Implications paper_implications(const Committee& committee, const AgendaItem& item, const ItemTemplate& t) {
  Implications i;
  const bool money = committee.id == kFdg || item.title.find("inance") != std::string::npos ||
                     item.title.find("ontract") != std::string::npos || item.title.find("apital") != std::string::npos;
  i.finance = money ? "Set out in the paper; reflected in the system financial plan." : "No direct financial implications.";
  if (money) i.value_for_money = "Schemes are assessed against the system's value for money framework.";
  i.risk = "Links to the principal risks on the board assurance framework.";
  if (item.action == ActionRequested::Approve || item.action == ActionRequested::Agree) {
    i.equality = "An equality and health inequalities impact assessment has been completed.";
    i.engagement = "Partners and clinical leads were engaged in developing the proposals.";
  }
  if (committee.id == kQualityGroup) i.quality = "Quality impact described in the paper.";
  if (std::string(t.confidential_reason).find("s40") != std::string::npos)
    i.privacy = "Contains personal data about named staff; handled under the ICB's data protection policy.";
  else
    i.privacy = "No personal data is included.";
  if (item.title.find("orkforce") != std::string::npos || item.title.find("staff") != std::string::npos ||
      item.title.find("xecutive team") != std::string::npos)
    i.workforce = "Workforce implications are set out in the paper.";
  if (item.title.find("ontract") != std::string::npos || item.title.find("rocurement") != std::string::npos ||
      item.title.find("call-off") != std::string::npos || item.title.find("business case") != std::string::npos)
    i.legal = "Procurement follows the Provider Selection Regime and the ICB's standing financial instructions.";
  return i;
}

std::string paper_pdf(const Committee& committee, const Meeting& meeting, const Paper& p) {
  std::vector<std::string> lines{
      committee.name + ": " + meeting.date.long_label(),
      "Agenda item " + p.item_number + "   " + p.enclosure_ref + (p.draft ? "   DRAFT" : ""),
      "",
      "Sponsor: " + p.sponsor,
      "Author: " + p.author,
      "Presenter: " + p.presenter,
      "Purpose: " + std::string(enum_name(p.purpose)),
      "",
      "Summary",
      p.summary,
      "",
      "Recommendation",
      p.recommendations,
  };
  if (p.confidential) {
    lines.push_back("");
    lines.push_back("CONFIDENTIAL: " + p.confidential_reason);
  }
  lines.push_back("");
  lines.push_back("Demonstration data: every name, figure and event in this paper is invented.");
  return one_page_pdf(p.title, lines);
}

std::string paper_file_name(const Committee& committee, const Meeting& meeting, const Paper& p) {
  std::string ref = p.enclosure_ref;
  for (char& ch : ref) ch = ch == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  std::string code = committee.code;
  for (char& ch : code) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return code + "-" + meeting.date.to_string() + "-" + ref + ".pdf";
}

}  // namespace ics::demo::detail
