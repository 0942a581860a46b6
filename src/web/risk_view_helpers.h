#pragma once
// Pieces every risk page shares: scores with their grade-coloured tags, levels and movements in words,
// the escalation thresholds as a sentence, and the register's filters (which the JSON API reads too).
#include <httplib.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "assurance/risk_escalation.h"
#include "assurance/risk_scoring.h"
#include "core/calendar.h"
#include "domain/risk.h"

namespace ics::web {

std::string risk_path(int64_t id);

// "Extreme" in the grade's tag colour: low green, moderate yellow, high orange, extreme red.
std::string grade_tag(RiskGrade grade);
// "16 " followed by the grade tag, for the register's score cells.
std::string score_with_grade(const RiskRating& rating);
// "Organisation", "Place", "System", "Board".
std::string level_label(RiskLevel level);
// "the board", "system", "place", "organisation": as in "escalated to the board".
std::string level_in_words(RiskLevel level);
// "Up from 12", "Down from 16", "Unchanged", "New".
std::string movement_text(const assurance::RiskMovement& movement);

// "A risk rises from organisation to place when its score reaches 12, from place to system at 15 and
// from system to the board at 15, or when its target date passes with the score above its target."
std::string thresholds_in_words(const EscalationRules& rules);

// The register's filters (?level=, ?grade=, ?objective=, ?category=). level is where a risk is seen
// now (held, or the level it escalated to); grade is that of its current score.
struct RiskFilter {
  std::optional<RiskLevel> level;
  std::optional<RiskGrade> grade;
  std::optional<int64_t> objective_id;
  std::string category;  // "" for any
  bool any() const { return level || grade || objective_id || !category.empty(); }
  // "level=board&grade=extreme" (url-encoded), "" when no filter is set.
  std::string query() const;
};

// Reads the filters; a value that is not one of the choices (an unknown level or grade, an id that is
// not one of `objectives`, a category none of `categories` has) sets `problem` and returns nullopt.
// Callers pass the categories of the risks the caller may see, so a hidden risk's category answers like
// one that does not exist.
std::optional<RiskFilter> read_risk_filter(const httplib::Request& req,
                                           const std::vector<StrategicObjective>& objectives,
                                           const std::vector<std::string>& categories, std::string& problem);
bool risk_matches(const Risk& risk, const RiskFilter& filter, const EscalationRules& rules, Date today);

// The distinct categories of `risks`, sorted.
std::vector<std::string> risk_categories(const std::vector<Risk>& risks);

}  // namespace ics::web
