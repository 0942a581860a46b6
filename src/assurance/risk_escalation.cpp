#include "assurance/risk_escalation.h"

#include <algorithm>

#include "assurance/risk_scoring.h"
#include "core/natural_order.h"

namespace ics::assurance {
namespace {

// The level a risk rises into when it escalates; the board has none above it.
RiskLevel level_above(RiskLevel level) {
  switch (level) {
    case RiskLevel::Organisation: return RiskLevel::Place;
    case RiskLevel::Place: return RiskLevel::System;
    case RiskLevel::System:
    case RiskLevel::Board: return RiskLevel::Board;
  }
  return RiskLevel::Board;
}

int score_or_zero(const Risk& risk, Date date) {
  const auto entry = score_on(risk, date);
  return entry ? entry->rating.score() : 0;
}

// Higher score first, then references as people read them (SR9 before SR10).
bool higher_score_first(int score_a, const std::string& ref_a, int score_b, const std::string& ref_b) {
  if (score_a != score_b) return score_a > score_b;
  return natural_less(ref_a, ref_b);
}

}  // namespace

std::optional<RiskScoreEntry> score_on(const Risk& risk, Date date) {
  for (auto it = risk.history.rbegin(); it != risk.history.rend(); ++it)
    if (it->date <= date) return *it;
  return std::nullopt;
}

int threshold_into(RiskLevel level, const EscalationRules& rules) {
  switch (level) {
    case RiskLevel::Organisation: return 0;
    case RiskLevel::Place: return rules.to_place;
    case RiskLevel::System: return rules.to_system;
    case RiskLevel::Board: return rules.to_board;
  }
  return 0;
}

FieldErrors escalation_rules_errors(const EscalationRules& rules) {
  FieldErrors errors;
  const std::string possible = "a score the 5x5 matrix can give (1 to 6, 8, 9, 10, 12, 15, 16, 20 or 25)";
  const bool place_ok = is_possible_score(rules.to_place);
  const bool system_ok = is_possible_score(rules.to_system);
  const bool board_ok = is_possible_score(rules.to_board);
  if (!place_ok) errors.push_back({"to_place", "Place threshold must be " + possible});
  if (!system_ok) errors.push_back({"to_system", "System threshold must be " + possible});
  else if (place_ok && rules.to_system < rules.to_place)
    errors.push_back({"to_system", "System threshold must be at least the place threshold (" +
                                       std::to_string(rules.to_place) + ")"});
  if (!board_ok) errors.push_back({"to_board", "Board threshold must be " + possible});
  else if (system_ok && rules.to_board < rules.to_system)
    errors.push_back({"to_board", "Board threshold must be at least the system threshold (" +
                                      std::to_string(rules.to_system) + ")"});
  return errors;
}

Escalation escalation_on(const Risk& risk, const EscalationRules& rules, Date date) {
  Escalation e;
  e.held_at = risk.level;
  e.seen_at = risk.level;
  const auto entry = score_on(risk, date);
  e.score = entry ? entry->rating.score() : 0;
  if (risk.level == RiskLevel::Board) return e;
  const RiskLevel above = level_above(risk.level);
  e.threshold = threshold_into(above, rules);
  if (risk.status == RiskStatus::Closed || !entry) return e;

  e.score_reached_threshold = e.score >= e.threshold;
  const int target_score = risk.target.score();
  e.target_date_missed = risk.target_date && date > *risk.target_date && e.score > target_score;
  if (!e.score_reached_threshold && !e.target_date_missed) return e;

  e.seen_at = above;
  if (e.score_reached_threshold)
    e.reason += "score " + std::to_string(e.score) + " reached the " + std::string(enum_name(above)) +
                " threshold of " + std::to_string(e.threshold);
  if (e.target_date_missed) {
    if (!e.reason.empty()) e.reason += "; ";
    e.reason += "target date " + risk.target_date->long_label() + " passed with the score above its target of " +
                std::to_string(target_score);
  }
  return e;
}

Date one_month_before(Date date) {
  const Month month = Month::of(date).previous();
  const int days_in_month = month.next().first_day().days - month.first_day().days;
  return Date::from_ymd(month.year, month.month, std::min(date.day(), days_in_month));
}

std::vector<RiskMovement> risk_movements(const std::vector<Risk>& risks, const EscalationRules& rules, Date from,
                                         Date to) {
  std::vector<RiskMovement> out;
  for (const auto& risk : risks) {
    if (risk.status != RiskStatus::Open) continue;
    const auto now = score_on(risk, to);
    if (!now) continue;
    RiskMovement m;
    m.risk_id = risk.id;
    m.ref = risk.ref;
    m.score_now = now->rating.score();
    if (const auto before = score_on(risk, from)) m.score_before = before->rating.score();
    if (!m.score_before) m.movement = ScoreMovement::New;
    else if (m.score_now > *m.score_before) m.movement = ScoreMovement::Up;
    else if (m.score_now < *m.score_before) m.movement = ScoreMovement::Down;
    else m.movement = ScoreMovement::Unchanged;
    m.before = escalation_on(risk, rules, from);
    m.now = escalation_on(risk, rules, to);
    out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [](const RiskMovement& a, const RiskMovement& b) {
    return higher_score_first(a.score_now, a.ref, b.score_now, b.ref);
  });
  return out;
}

std::vector<const Risk*> top_risks(const std::vector<Risk>& risks, Date on, size_t count) {
  std::vector<std::pair<int, const Risk*>> scored;
  for (const auto& risk : risks) {
    if (risk.status != RiskStatus::Open) continue;
    if (const int score = score_or_zero(risk, on)) scored.emplace_back(score, &risk);
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return higher_score_first(a.first, a.second->ref, b.first, b.second->ref);
  });
  std::vector<const Risk*> out;
  for (size_t i = 0; i < scored.size() && i < count; ++i) out.push_back(scored[i].second);
  return out;
}

size_t HeatMap::total() const {
  size_t n = 0;
  for (const auto& row : cells)
    for (const auto& cell : row) n += cell.size();
  return n;
}

// Both maps place the same risks, the open ones with a score on the date, so the current and target
// maps of one board paper add up to the same total.
HeatMap heat_map(const std::vector<Risk>& risks, Date on, bool target) {
  HeatMap map;
  for (const auto& risk : risks) {
    if (risk.status != RiskStatus::Open) continue;
    const auto entry = score_on(risk, on);
    if (!entry) continue;
    const RiskRating& rating = target ? risk.target : entry->rating;
    if (!rating_errors(rating).empty()) continue;  // stored risks are validated; never index out of the matrix
    map.cells[rating.likelihood - 1][rating.consequence - 1].push_back(risk.ref);
  }
  for (auto& row : map.cells)
    for (auto& cell : row) std::sort(cell.begin(), cell.end(), [](const auto& a, const auto& b) {
        return natural_less(a, b);
      });
  return map;
}

}  // namespace ics::assurance
