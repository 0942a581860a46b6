#pragma once
// The /risks page: the board's view of its System Assurance Framework on a date. Board summary of the
// top five open risks with their movement since a month before, what is escalated to the board and what
// escalated or de-escalated since last month, the 5x5 heat map (current or target scores), and the
// filtered register. Views only format: the route passes only the risks the caller may see.
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/risk.h"
#include "web/risk_view_helpers.h"

namespace ics::web {

struct RiskRegisterData {
  std::vector<Risk> risks;  // every risk the caller may see, filters not yet applied
  std::vector<StrategicObjective> objectives;
  EscalationRules rules;
  Date today;
  RiskFilter filter;        // applies to the register table only
  bool target_map = false;  // the heat map of target scores (?map=target)
  bool can_edit = false;    // shows the link to change the thresholds
};

std::string risk_register_body(const RiskRegisterData& data);

// The register's table alone: Ref | Risk | Owner | Level | Initial | Current | Target | Movement |
// Review date, for `risks` (already filtered) as at `today`.
std::string risk_register_table(const std::vector<Risk>& risks, const EscalationRules& rules, Date today);

}  // namespace ics::web
