#include "web/risk_register_page.h"

#include <map>

#include "assurance/risk_escalation.h"
#include "assurance/risk_scoring.h"
#include "report/html_escape.h"
#include "report/risk_heat_map_svg.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/log_form_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

// A board risk cannot rise further, so say where it is held rather than a bare "No".
std::string escalated_cell(const assurance::Escalation& escalation) {
  if (escalation.escalated()) return "Yes, to " + html_escape(level_in_words(escalation.seen_at));
  if (escalation.held_at == RiskLevel::Board) return "Held by the board";
  return "No";
}

const std::string kDash = "\u2013";

std::string ref_link(const Risk& risk) {
  return "<a href=\"" + risk_path(risk.id) + "\">" + html_escape(risk.ref) + "</a>";
}

// Every open risk's movement since the same day last month, highest score first.
std::vector<assurance::RiskMovement> movements(const std::vector<Risk>& risks, const EscalationRules& rules,
                                               Date today) {
  return assurance::risk_movements(risks, rules, assurance::one_month_before(today), today);
}

using MovementsById = std::map<int64_t, const assurance::RiskMovement*>;
MovementsById by_id(const std::vector<assurance::RiskMovement>& moves) {
  MovementsById out;
  for (const auto& m : moves) out.emplace(m.risk_id, &m);
  return out;
}

std::string movement_cell(const MovementsById& moves, int64_t risk_id) {
  const auto it = moves.find(risk_id);
  return it == moves.end() ? kDash : html_escape(movement_text(*it->second));
}

const Risk* find_risk(const std::vector<Risk>& risks, int64_t id) {
  for (const auto& r : risks)
    if (r.id == id) return &r;
  return nullptr;
}

std::string board_summary(const RiskRegisterData& data, const MovementsById& moves) {
  const Date month_ago = assurance::one_month_before(data.today);
  std::vector<std::vector<std::string>> rows;
  for (const Risk* risk : assurance::top_risks(data.risks, data.today, 5)) {
    const auto current = assurance::score_on(*risk, data.today);
    if (!current) continue;
    const auto escalation = assurance::escalation_on(*risk, data.rules, data.today);
    rows.push_back({ref_link(*risk), html_escape(risk->title), std::to_string(current->rating.score()),
                    grade_tag(assurance::grade_of(current->rating)), movement_cell(moves, risk->id),
                    escalated_cell(escalation)});
  }
  return "<h2>Board summary</h2>" +
         nhs_table("The five highest-scoring open risks",
                   {"Ref", "Risk", "Score", "Grade", "Movement since " + month_ago.long_label(), "Escalated"}, rows,
                   "There are no open risks.");
}

std::string escalation_item(const Risk& risk, const std::string& text) {
  return "<li>" + ref_link(risk) + " " + html_escape(risk.title) + ": " + html_escape(text) + "</li>";
}

std::string item_list(const std::string& heading, const std::string& items, const std::string& none) {
  return "<h3>" + html_escape(heading) + "</h3>" +
         (items.empty() ? "<p>" + html_escape(none) + "</p>"
                        : "<ul class=\"nhsuk-list nhsuk-list--bullet\">" + items + "</ul>");
}

std::string escalations(const RiskRegisterData& data, const std::vector<assurance::RiskMovement>& moves) {
  std::string to_board, risen, fallen;
  for (const auto& risk : data.risks) {
    if (risk.status != RiskStatus::Open) continue;
    const auto now = assurance::escalation_on(risk, data.rules, data.today);
    if (now.escalated() && now.seen_at == RiskLevel::Board)
      to_board += escalation_item(risk, "held at " + level_in_words(now.held_at) + "; " + now.reason);
  }
  for (const auto& m : moves) {
    const Risk* risk = find_risk(data.risks, m.risk_id);
    if (!risk) continue;
    if (m.newly_escalated())
      risen += escalation_item(*risk, "from " + level_in_words(m.now.held_at) + " to " +
                                          level_in_words(m.now.seen_at) + "; " + m.now.reason);
    if (m.de_escalated())
      fallen += escalation_item(*risk, "back to " + level_in_words(m.now.held_at) + " with a score of " +
                                           std::to_string(m.score_now) + "; it had escalated because " +
                                           m.before.reason);
  }
  return "<h2>Escalations</h2><p>" + html_escape(thresholds_in_words(data.rules)) + "</p>" +
         (data.can_edit ? "<p><a href=\"/risks/escalation\">Change the escalation thresholds</a></p>" : "") +
         item_list("Escalated to the board", to_board, "No risk is escalated to the board.") +
         item_list("Escalated since last month", risen, "No risk escalated since last month.") +
         item_list("De-escalated since last month", fallen, "No risk de-escalated since last month.");
}

std::string heat_map_section(const RiskRegisterData& data) {
  const auto map = assurance::heat_map(data.risks, data.today, data.target_map);
  const std::string title = data.target_map ? "Open risks by target score" : "Open risks by current score";
  std::string query = data.filter.query();
  const std::string other = data.target_map ? "/risks" + (query.empty() ? "" : "?" + query)
                                            : "/risks?map=target" + (query.empty() ? "" : "&" + query);
  return "<h2>Heat map</h2><p>" +
         html_escape(data.target_map ? "Where the controls should bring each open risk."
                                     : "Each open risk at its score on " + data.today.long_label() + ".") +
         " <a href=\"" + html_escape(other) + "\">" +
         (data.target_map ? "Show current scores" : "Show target scores") + "</a></p><div class=\"ics-chart\">" +
         report::risk_heat_map_svg(map, {title, "risk-heat-map"}) + "</div>";
}

std::string filter_form(const RiskRegisterData& data) {
  std::vector<Choice> levels{{"", "All levels"}};
  for (const auto& [level, name] : EnumNames<RiskLevel>::values)
    levels.push_back({std::string(name), level_label(level)});
  std::vector<Choice> grades{{"", "All grades"}};
  for (const auto& [grade, name] : EnumNames<RiskGrade>::values)
    grades.push_back({std::string(name), assurance::grade_label(grade)});
  std::vector<Choice> objectives{{"", "All objectives"}};
  for (const auto& o : data.objectives) objectives.push_back({std::to_string(o.id), o.ref + " " + o.title});
  std::vector<Choice> categories{{"", "All categories"}};
  for (const auto& c : risk_categories(data.risks)) categories.push_back({c, c});
  const auto& f = data.filter;
  const FieldErrors none;
  return "<form method=\"get\" action=\"/risks\" class=\"ics-filters\">" +
         std::string(data.target_map ? "<input type=\"hidden\" name=\"map\" value=\"target\">" : "") +
         select("level", "Level", levels, f.level ? std::string(enum_name(*f.level)) : "", none,
                "Where the risk is seen now, after any escalation") +
         select("grade", "Grade", grades, f.grade ? std::string(enum_name(*f.grade)) : "", none,
                "Of the current score") +
         select("objective", "Strategic objective", objectives, f.objective_id ? std::to_string(*f.objective_id) : "",
                none) +
         select("category", "Category", categories, f.category, none) + submit_button("Apply filters") +
         " <a href=\"/risks\">Clear filters</a></form>";
}

}  // namespace

std::string risk_register_table(const std::vector<Risk>& risks, const EscalationRules& rules, Date today) {
  const auto moves = movements(risks, rules, today);
  const auto moves_by_id = by_id(moves);
  std::vector<std::vector<std::string>> rows;
  for (const auto& risk : risks) {
    const auto current = assurance::score_on(risk, today);
    const auto escalation = assurance::escalation_on(risk, rules, today);
    std::string title = html_escape(risk.title);
    if (risk.status == RiskStatus::Closed) title += std::string(" ") + nhs_tag("Closed", "grey");
    std::string level = html_escape(level_label(risk.level));
    if (escalation.escalated())
      level += std::string(" ") + nhs_tag(std::string("Escalated to ") + level_in_words(escalation.seen_at), "orange");
    std::string review = kDash;
    if (risk.review_date) {
      review = html_escape(nhs_short_date(*risk.review_date));
      if (risk.status == RiskStatus::Open && *risk.review_date < today) review += " " + nhs_tag("Overdue", "red");
    }
    rows.push_back({ref_link(risk), title, html_escape(risk.owner), level, score_with_grade(risk.initial),
                    current ? score_with_grade(current->rating) : kDash, score_with_grade(risk.target),
                    movement_cell(moves_by_id, risk.id), review});
  }
  return nhs_table("Risk register",
                   {"Ref", "Risk", "Owner", "Level", "Initial", "Current", "Target", "Movement", "Review date"}, rows,
                   "No risks match these filters.");
}

std::string risk_register_body(const RiskRegisterData& data) {
  const auto moves = movements(data.risks, data.rules, data.today);
  std::vector<Risk> shown;
  for (const auto& risk : data.risks)
    if (risk_matches(risk, data.filter, data.rules, data.today)) shown.push_back(risk);
  return "<h1>System Assurance Framework</h1><p class=\"nhsuk-body-l\">Strategic risks as at " +
         html_escape(data.today.long_label()) + ", scored likelihood \u00d7 consequence on the NHS 5\u00d75 matrix.</p>" +
         board_summary(data, by_id(moves)) + escalations(data, moves) + heat_map_section(data) + "<h2>Register</h2>" +
         filter_form(data) + "<div class=\"ics-table-scroll\">" + risk_register_table(shown, data.rules, data.today) +
         "</div>";
}

}  // namespace ics::web
