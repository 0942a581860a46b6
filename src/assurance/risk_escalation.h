#pragma once
// Escalation of risks up the levels organisation -> place -> system -> board, and the board's view of
// what moved. A risk rises ONE level above where it is held, on a date, when (a) its score on that date
// reaches the next level's threshold (EscalationRules), or (b) its target date has passed and its score is
// still above its target score. When neither holds any longer it de-escalates back to where it is held.
// Closed risks and risks held at the board do not escalate.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/field_errors.h"
#include "domain/risk.h"

namespace ics::assurance {

// The history entry in force on a date: the last one dated on or before it; nullopt before the first.
std::optional<RiskScoreEntry> score_on(const Risk& risk, Date date);

// The threshold for rising into `level` (Place, System or Board); 0 for Organisation.
int threshold_into(RiskLevel level, const EscalationRules& rules);

// Field errors ("to_place", "to_system", "to_board") for thresholds that are not possible scores
// (risk_scoring.h) or that fall as the level rises (to_place <= to_system <= to_board).
FieldErrors escalation_rules_errors(const EscalationRules& rules);

struct Escalation {
  RiskLevel held_at = RiskLevel::System;  // risk.level
  RiskLevel seen_at = RiskLevel::System;  // held_at, or the level above when escalated
  int score = 0;                          // on the date (0 when the risk had no score yet)
  int threshold = 0;                      // for the level above (0 at the board)
  bool score_reached_threshold = false;
  bool target_date_missed = false;
  bool escalated() const { return seen_at != held_at; }
  // Why, in the board's words: "score 16 reached the board threshold of 15; target date 31 March 2026
  // passed with the score above its target of 6". Empty when not escalated.
  std::string reason;
};

Escalation escalation_on(const Risk& risk, const EscalationRules& rules, Date date);

// The same day one calendar month earlier, clamped to the month's end (31 March -> 29 February).
Date one_month_before(Date date);

enum class ScoreMovement { Up, Down, Unchanged, New };

// What changed for one risk between two dates, for the board summary ("movements since last month").
struct RiskMovement {
  int64_t risk_id = 0;
  std::string ref;
  std::optional<int> score_before;  // absent when the risk had no score on `from` (New)
  int score_now = 0;
  ScoreMovement movement = ScoreMovement::Unchanged;
  Escalation before, now;
  bool newly_escalated() const { return now.escalated() && !before.escalated(); }
  bool de_escalated() const { return before.escalated() && !now.escalated(); }
};

// Movements of every open risk with a score on `to`, ordered by score_now descending then ref.
std::vector<RiskMovement> risk_movements(const std::vector<Risk>& risks, const EscalationRules& rules, Date from,
                                         Date to);

// The open risks with the highest score on `on` (ties by ref), at most `count`, for the board summary.
std::vector<const Risk*> top_risks(const std::vector<Risk>& risks, Date on, size_t count);

// Open risks' refs in each cell of the 5x5 matrix on a date: cells[likelihood - 1][consequence - 1],
// each list ordered by ref. Uses the score on the date, or the target rating when `target` is true.
struct HeatMap {
  std::array<std::array<std::vector<std::string>, 5>, 5> cells;
  size_t total() const;
};
HeatMap heat_map(const std::vector<Risk>& risks, Date on, bool target = false);

}  // namespace ics::assurance
