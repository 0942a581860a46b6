#pragma once
// One risk's page: cause, event and effect; objective, owner and level (held, and seen at after any
// escalation, with the reason); initial, current and target scores; controls, gaps and sources of
// assurance (a source naming a KPI links to its SPC chart); review date; and the full score history.
#include <optional>
#include <string>

#include "core/calendar.h"
#include "domain/risk.h"

namespace ics::web {

struct RiskDetailData {
  Risk risk;  // one the caller may see
  std::optional<StrategicObjective> objective;
  EscalationRules rules;
  Date today;
  bool can_review = false;  // shows the "Record a review" link
};

std::string risk_detail_body(const RiskDetailData& data);

}  // namespace ics::web
