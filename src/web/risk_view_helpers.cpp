#include "web/risk_view_helpers.h"

#include <algorithm>

#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/log_form_helpers.h"

namespace ics::web {

std::string risk_path(int64_t id) { return "/risks/" + std::to_string(id); }

std::string grade_tag(RiskGrade grade) {
  static constexpr const char* kColours[] = {"green", "yellow", "orange", "red"};
  return nhs_tag(sentence_case(enum_name(grade)), kColours[static_cast<int>(grade)]);
}

std::string score_with_grade(const RiskRating& rating) {
  return std::to_string(rating.score()) + " " + grade_tag(assurance::grade_of(rating));
}

std::string level_label(RiskLevel level) { return sentence_case(enum_name(level)); }

std::string level_in_words(RiskLevel level) {
  return level == RiskLevel::Board ? std::string("the board") : std::string(enum_name(level));
}

std::string movement_text(const assurance::RiskMovement& movement) {
  const std::string before = movement.score_before ? std::to_string(*movement.score_before) : "";
  switch (movement.movement) {
    case assurance::ScoreMovement::Up: return "Up from " + before;
    case assurance::ScoreMovement::Down: return "Down from " + before;
    case assurance::ScoreMovement::Unchanged: return "Unchanged";
    case assurance::ScoreMovement::New: return "New";
  }
  return "";
}

std::string thresholds_in_words(const EscalationRules& rules) {
  return "A risk rises from organisation to place when its score reaches " + std::to_string(rules.to_place) +
         ", from place to system at " + std::to_string(rules.to_system) + " and from system to the board at " +
         std::to_string(rules.to_board) +
         ", or when its target date passes with the score still above its target. It returns to where it is held "
         "when neither is true any longer.";
}

std::string RiskFilter::query() const {
  std::string out;
  auto add = [&out](const std::string& name, const std::string& value) {
    if (!out.empty()) out += '&';
    out += name + "=" + url_encode(value);
  };
  if (level) add("level", std::string(enum_name(*level)));
  if (grade) add("grade", std::string(enum_name(*grade)));
  if (objective_id) add("objective", std::to_string(*objective_id));
  if (!category.empty()) add("category", category);
  return out;
}

std::optional<RiskFilter> read_risk_filter(const httplib::Request& req,
                                           const std::vector<StrategicObjective>& objectives,
                                           const std::vector<std::string>& categories, std::string& problem) {
  RiskFilter filter;
  // An empty value is what the filter form's "All" choice submits.
  if (const std::string text = query_param(req, "level"); !text.empty()) {
    filter.level = parse_enum<RiskLevel>(text);
    if (!filter.level) {
      problem = "Level \"" + text + "\" is not one of: " + enum_choices<RiskLevel>();
      return std::nullopt;
    }
  }
  if (const std::string text = query_param(req, "grade"); !text.empty()) {
    filter.grade = parse_enum<RiskGrade>(text);
    if (!filter.grade) {
      problem = "Grade \"" + text + "\" is not one of: " + enum_choices<RiskGrade>();
      return std::nullopt;
    }
  }
  if (const std::string text = query_param(req, "objective"); !text.empty()) {
    filter.objective_id = parse_id(text);
    const bool known = filter.objective_id && std::any_of(objectives.begin(), objectives.end(), [&](const auto& o) {
                         return o.id == *filter.objective_id;
                       });
    if (!known) {
      problem = "Objective \"" + text + "\" is not the id of a strategic objective";
      return std::nullopt;
    }
  }
  if (const std::string text = query_param(req, "category"); !text.empty()) {
    if (std::find(categories.begin(), categories.end(), text) == categories.end()) {
      // Not echoed: the text may name a category that only a risk hidden from the caller has.
      problem = "There is no risk in that category";
      return std::nullopt;
    }
    filter.category = text;
  }
  return filter;
}

bool risk_matches(const Risk& risk, const RiskFilter& filter, const EscalationRules& rules, Date today) {
  if (filter.level && assurance::escalation_on(risk, rules, today).seen_at != *filter.level) return false;
  if (filter.grade) {
    const auto current = assurance::score_on(risk, today);
    if (!current || assurance::grade_of(current->rating) != *filter.grade) return false;
  }
  if (filter.objective_id && risk.objective_id != filter.objective_id) return false;
  if (!filter.category.empty() && risk.category != filter.category) return false;
  return true;
}

std::vector<std::string> risk_categories(const std::vector<Risk>& risks) {
  std::vector<std::string> out;
  for (const auto& r : risks)
    if (!r.category.empty()) out.push_back(r.category);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace ics::web
