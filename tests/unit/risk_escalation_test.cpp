// Escalation up the levels by threshold and by missed target date, and the board's view of movements.
#include "assurance/risk_escalation.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ics::assurance {
namespace {

Date d(const char* text) { return *parse_date(text); }

struct Scoring {
  const char* date;
  int likelihood, consequence;
};

Risk make_risk(const char* ref, RiskLevel level, std::vector<Scoring> scorings) {
  Risk r;
  r.ref = ref;
  r.title = std::string("Risk ") + ref;
  r.level = level;
  r.org_code = level == RiskLevel::Organisation || level == RiskLevel::Place ? "RX1" : "";
  r.initial = {5, 5};
  r.target = {1, 1};
  for (const auto& s : scorings) r.history.push_back({d(s.date), {s.likelihood, s.consequence}, "", "test"});
  r.opened_on = r.history.empty() ? d("2025-01-01") : r.history.front().date;
  return r;
}

const EscalationRules kDefaults;  // 12 into place, 15 into system, 15 into the board

TEST(RiskEscalation, ScoreOnIsTheLastEntryOnOrBeforeTheDate) {
  const Risk r = make_risk("SR01", RiskLevel::System, {{"2025-04-01", 5, 4}, {"2025-07-01", 4, 4}});
  EXPECT_FALSE(score_on(r, d("2025-03-31")));
  EXPECT_EQ(score_on(r, d("2025-04-01"))->rating.score(), 20);
  EXPECT_EQ(score_on(r, d("2025-06-30"))->rating.score(), 20);
  EXPECT_EQ(score_on(r, d("2025-07-01"))->rating.score(), 16);
  EXPECT_EQ(score_on(r, d("2030-01-01"))->date, d("2025-07-01"));
  EXPECT_FALSE(score_on(make_risk("SR02", RiskLevel::System, {}), d("2025-07-01")));
}

TEST(RiskEscalation, ThresholdIntoEachLevel) {
  const EscalationRules rules{9, 16, 20};
  EXPECT_EQ(threshold_into(RiskLevel::Organisation, rules), 0);
  EXPECT_EQ(threshold_into(RiskLevel::Place, rules), 9);
  EXPECT_EQ(threshold_into(RiskLevel::System, rules), 16);
  EXPECT_EQ(threshold_into(RiskLevel::Board, rules), 20);
}

TEST(RiskEscalation, RulesMustBePossibleScoresThatDoNotFallAsTheLevelRises) {
  EXPECT_TRUE(escalation_rules_errors(kDefaults).empty());
  EXPECT_TRUE(escalation_rules_errors({12, 12, 12}).empty());
  EXPECT_TRUE(escalation_rules_errors({1, 5, 25}).empty());

  const std::string matrix = "a score the 5x5 matrix can give (1 to 6, 8, 9, 10, 12, 15, 16, 20 or 25)";
  EXPECT_EQ(escalation_rules_errors({7, 15, 15}), (FieldErrors{{"to_place", "Place threshold must be " + matrix}}));
  EXPECT_EQ(escalation_rules_errors({12, 15, 14}), (FieldErrors{{"to_board", "Board threshold must be " + matrix}}));
  EXPECT_EQ(escalation_rules_errors({0, 0, 26}),
            (FieldErrors{{"to_place", "Place threshold must be " + matrix},
                         {"to_system", "System threshold must be " + matrix},
                         {"to_board", "Board threshold must be " + matrix}}));
  EXPECT_EQ(escalation_rules_errors({12, 10, 15}),
            (FieldErrors{{"to_system", "System threshold must be at least the place threshold (12)"}}));
  EXPECT_EQ(escalation_rules_errors({12, 16, 15}),
            (FieldErrors{{"to_board", "Board threshold must be at least the system threshold (16)"}}));
}

// A risk at each level, scored `score` (as likelihood x consequence), seen on 1 April 2026.
Escalation escalation_at(RiskLevel level, int likelihood, int consequence, const EscalationRules& rules = kDefaults) {
  return escalation_on(make_risk("SR01", level, {{"2026-01-01", likelihood, consequence}}), rules, d("2026-04-01"));
}

TEST(RiskEscalation, RisesOneLevelWhenTheScoreReachesTheThreshold) {
  // Organisation -> place at 12: exactly 12 rises, 10 (the next score below) does not.
  Escalation e = escalation_at(RiskLevel::Organisation, 3, 4);
  EXPECT_TRUE(e.escalated());
  EXPECT_EQ(e.held_at, RiskLevel::Organisation);
  EXPECT_EQ(e.seen_at, RiskLevel::Place);
  EXPECT_EQ(e.score, 12);
  EXPECT_EQ(e.threshold, 12);
  EXPECT_TRUE(e.score_reached_threshold);
  EXPECT_FALSE(e.target_date_missed);
  EXPECT_EQ(e.reason, "score 12 reached the place threshold of 12");
  e = escalation_at(RiskLevel::Organisation, 2, 5);
  EXPECT_FALSE(e.escalated());
  EXPECT_EQ(e.seen_at, RiskLevel::Organisation);
  EXPECT_FALSE(e.score_reached_threshold);
  EXPECT_EQ(e.reason, "");

  // Place -> system at 15; 12 is the next score below.
  e = escalation_at(RiskLevel::Place, 3, 5);
  EXPECT_EQ(e.seen_at, RiskLevel::System);
  EXPECT_EQ(e.reason, "score 15 reached the system threshold of 15");
  EXPECT_FALSE(escalation_at(RiskLevel::Place, 4, 3).escalated());

  // System -> board at 15; a higher score rises too.
  e = escalation_at(RiskLevel::System, 5, 3);
  EXPECT_EQ(e.seen_at, RiskLevel::Board);
  EXPECT_EQ(e.reason, "score 15 reached the board threshold of 15");
  EXPECT_EQ(escalation_at(RiskLevel::System, 5, 5).seen_at, RiskLevel::Board);
  EXPECT_FALSE(escalation_at(RiskLevel::System, 3, 4).escalated());
}

TEST(RiskEscalation, ThresholdsAreConfigurable) {
  const EscalationRules rules{9, 16, 20};
  // Exactly at each threshold, then the score one below it (8, 15, 16 are all possible scores).
  EXPECT_EQ(escalation_at(RiskLevel::Organisation, 3, 3, rules).seen_at, RiskLevel::Place);
  EXPECT_FALSE(escalation_at(RiskLevel::Organisation, 2, 4, rules).escalated());
  EXPECT_EQ(escalation_at(RiskLevel::Place, 4, 4, rules).seen_at, RiskLevel::System);
  EXPECT_FALSE(escalation_at(RiskLevel::Place, 3, 5, rules).escalated());
  const Escalation e = escalation_at(RiskLevel::System, 4, 5, rules);
  EXPECT_EQ(e.seen_at, RiskLevel::Board);
  EXPECT_EQ(e.reason, "score 20 reached the board threshold of 20");
  EXPECT_FALSE(escalation_at(RiskLevel::System, 4, 4, rules).escalated());
}

// A system risk scored 8 from January, aiming for 6 (2 x 3) by 31 March 2026.
Risk behind_target(int likelihood = 2, int consequence = 4) {
  Risk r = make_risk("SR02", RiskLevel::System, {{"2026-01-01", likelihood, consequence}});
  r.target = {2, 3};
  r.target_date = d("2026-03-31");
  return r;
}

TEST(RiskEscalation, RisesTheDayAfterAMissedTargetDateNotOnIt) {
  const Risk r = behind_target();
  EXPECT_FALSE(escalation_on(r, kDefaults, d("2026-03-31")).escalated());
  const Escalation e = escalation_on(r, kDefaults, d("2026-04-01"));
  EXPECT_TRUE(e.escalated());
  EXPECT_EQ(e.seen_at, RiskLevel::Board);
  EXPECT_FALSE(e.score_reached_threshold);
  EXPECT_TRUE(e.target_date_missed);
  EXPECT_EQ(e.reason, "target date 31 March 2026 passed with the score above its target of 6");
}

TEST(RiskEscalation, AScoreAtOrBelowTargetIsNotAMissedTarget) {
  EXPECT_FALSE(escalation_on(behind_target(2, 3), kDefaults, d("2026-04-01")).escalated());  // 6 = target
  EXPECT_FALSE(escalation_on(behind_target(3, 2), kDefaults, d("2026-04-01")).escalated());  // same score
  EXPECT_FALSE(escalation_on(behind_target(1, 5), kDefaults, d("2026-04-01")).escalated());  // 5, below
  EXPECT_TRUE(escalation_on(behind_target(2, 4), kDefaults, d("2026-04-01")).escalated());   // 8, the next above
}

TEST(RiskEscalation, NoTargetDateMeansNoMissedTarget) {
  Risk r = behind_target();
  r.target_date.reset();
  EXPECT_FALSE(escalation_on(r, kDefaults, d("2030-01-01")).escalated());
}

TEST(RiskEscalation, BothReasonsAreGiven) {
  const Escalation e = escalation_on(behind_target(4, 4), kDefaults, d("2026-04-01"));
  EXPECT_TRUE(e.score_reached_threshold);
  EXPECT_TRUE(e.target_date_missed);
  EXPECT_EQ(e.seen_at, RiskLevel::Board);  // still only one level up
  EXPECT_EQ(e.reason,
            "score 16 reached the board threshold of 15; target date 31 March 2026 passed with the score above its "
            "target of 6");
}

TEST(RiskEscalation, DeEscalatesWhenTheScoreFallsBack) {
  Risk r = make_risk("SR03", RiskLevel::Place, {{"2025-10-01", 4, 4}, {"2026-01-15", 3, 3}});
  r.target = {2, 2};
  r.target_date = d("2026-06-30");
  const Escalation high = escalation_on(r, kDefaults, d("2026-01-14"));
  EXPECT_EQ(high.seen_at, RiskLevel::System);
  EXPECT_EQ(high.reason, "score 16 reached the system threshold of 15");
  const Escalation fallen = escalation_on(r, kDefaults, d("2026-01-15"));
  EXPECT_FALSE(fallen.escalated());
  EXPECT_EQ(fallen.seen_at, RiskLevel::Place);
  EXPECT_EQ(fallen.score, 9);
  EXPECT_EQ(fallen.reason, "");
  // ... until the target date passes with 9 still above the target of 4.
  EXPECT_EQ(escalation_on(r, kDefaults, d("2026-07-01")).reason,
            "target date 30 June 2026 passed with the score above its target of 4");
}

TEST(RiskEscalation, ClosedRisksAndBoardRisksNeverEscalate) {
  Risk closed = behind_target(5, 5);
  closed.status = RiskStatus::Closed;
  Escalation e = escalation_on(closed, kDefaults, d("2026-04-01"));
  EXPECT_FALSE(e.escalated());
  EXPECT_EQ(e.score, 25);
  EXPECT_EQ(e.reason, "");

  Risk board = behind_target(5, 5);
  board.level = RiskLevel::Board;
  e = escalation_on(board, kDefaults, d("2026-04-01"));
  EXPECT_FALSE(e.escalated());
  EXPECT_EQ(e.seen_at, RiskLevel::Board);
  EXPECT_EQ(e.threshold, 0);
  EXPECT_FALSE(e.score_reached_threshold);
  EXPECT_FALSE(e.target_date_missed);
}

TEST(RiskEscalation, NoScoreYetMeansNoEscalation) {
  const Escalation e = escalation_on(behind_target(5, 5), kDefaults, d("2025-12-31"));
  EXPECT_EQ(e.score, 0);
  EXPECT_EQ(e.threshold, 15);
  EXPECT_FALSE(e.escalated());
}

TEST(RiskEscalation, OneMonthBeforeClampsToTheMonthEnd) {
  EXPECT_EQ(one_month_before(d("2026-03-15")), d("2026-02-15"));
  EXPECT_EQ(one_month_before(d("2026-03-31")), d("2026-02-28"));
  EXPECT_EQ(one_month_before(d("2024-03-31")), d("2024-02-29"));  // leap year
  EXPECT_EQ(one_month_before(d("2024-03-30")), d("2024-02-29"));
  EXPECT_EQ(one_month_before(d("2024-03-29")), d("2024-02-29"));
  EXPECT_EQ(one_month_before(d("2024-03-28")), d("2024-02-28"));
  EXPECT_EQ(one_month_before(d("2000-03-31")), d("2000-02-29"));  // divisible by 400: leap
  EXPECT_EQ(one_month_before(d("2100-03-31")), d("2100-02-28"));  // divisible by 100: not
  EXPECT_EQ(one_month_before(d("2025-05-31")), d("2025-04-30"));
  EXPECT_EQ(one_month_before(d("2025-07-31")), d("2025-06-30"));
  EXPECT_EQ(one_month_before(d("2025-08-31")), d("2025-07-31"));
  EXPECT_EQ(one_month_before(d("2026-01-31")), d("2025-12-31"));  // into the year before
  EXPECT_EQ(one_month_before(d("2026-01-01")), d("2025-12-01"));
}

// The register a board summary of 31 March 2026 looks back over (movements since 28 February).
std::vector<Risk> register_for_march() {
  std::vector<Risk> risks;
  risks.push_back(make_risk("SR01", RiskLevel::System, {{"2025-10-01", 3, 4}, {"2026-03-10", 4, 4}}));  // 12 -> 16
  risks.push_back(make_risk("SR02", RiskLevel::System, {{"2025-10-01", 4, 5}, {"2026-03-05", 3, 4}}));  // 20 -> 12
  risks.push_back(make_risk("SR03", RiskLevel::Organisation, {{"2025-11-01", 3, 3}}));                 // 9
  risks.push_back(make_risk("SR04", RiskLevel::System, {{"2026-03-15", 3, 5}}));                       // new, 15
  risks.push_back(make_risk("SR05", RiskLevel::System, {{"2025-10-01", 5, 5}}));
  risks.back().status = RiskStatus::Closed;
  risks.push_back(make_risk("SR06", RiskLevel::System, {{"2026-04-05", 5, 5}}));  // not yet scored
  risks.push_back(make_risk("SR10", RiskLevel::Board, {{"2025-10-01", 4, 4}}));   // 16, at the board
  risks.push_back(make_risk("SR9", RiskLevel::System, {{"2025-10-01", 4, 4}}));   // 16, escalated throughout
  for (size_t i = 0; i < risks.size(); ++i) risks[i].id = static_cast<int64_t>(i) + 1;
  risks[0].target = {2, 3};
  risks[1].target = {2, 3};
  return risks;
}

TEST(RiskEscalation, MovementsSinceLastMonth) {
  const auto risks = register_for_march();
  const Date to = d("2026-03-31");
  const auto moves = risk_movements(risks, kDefaults, one_month_before(to), to);
  std::vector<std::string> refs;
  for (const auto& m : moves) refs.push_back(m.ref);
  // Highest score first; ties by reference as people read them (SR9 before SR10).
  EXPECT_EQ(refs, (std::vector<std::string>{"SR01", "SR9", "SR10", "SR04", "SR02", "SR03"}));

  const RiskMovement& up = moves[0];
  EXPECT_EQ(up.risk_id, 1);
  EXPECT_EQ(up.movement, ScoreMovement::Up);
  EXPECT_EQ(up.score_before, 12);
  EXPECT_EQ(up.score_now, 16);
  EXPECT_TRUE(up.newly_escalated());
  EXPECT_FALSE(up.de_escalated());
  EXPECT_EQ(up.now.reason, "score 16 reached the board threshold of 15");

  const RiskMovement& still = moves[1];
  EXPECT_EQ(still.movement, ScoreMovement::Unchanged);
  EXPECT_TRUE(still.before.escalated());
  EXPECT_TRUE(still.now.escalated());
  EXPECT_FALSE(still.newly_escalated());
  EXPECT_FALSE(still.de_escalated());

  const RiskMovement& board = moves[2];
  EXPECT_EQ(board.movement, ScoreMovement::Unchanged);
  EXPECT_FALSE(board.now.escalated());

  const RiskMovement& fresh = moves[3];
  EXPECT_EQ(fresh.movement, ScoreMovement::New);
  EXPECT_FALSE(fresh.score_before);
  EXPECT_EQ(fresh.score_now, 15);
  EXPECT_EQ(fresh.before.score, 0);
  EXPECT_TRUE(fresh.newly_escalated());

  const RiskMovement& down = moves[4];
  EXPECT_EQ(down.movement, ScoreMovement::Down);
  EXPECT_EQ(down.score_before, 20);
  EXPECT_EQ(down.score_now, 12);
  EXPECT_TRUE(down.de_escalated());
  EXPECT_FALSE(down.newly_escalated());

  const RiskMovement& level = moves[5];
  EXPECT_EQ(level.movement, ScoreMovement::Unchanged);
  EXPECT_EQ(level.score_before, 9);
  EXPECT_FALSE(level.now.escalated());
}

TEST(RiskEscalation, TopRisksByScoreThenReference) {
  const auto risks = register_for_march();
  auto refs = [](const std::vector<const Risk*>& top) {
    std::vector<std::string> out;
    for (const Risk* r : top) out.push_back(r->ref);
    return out;
  };
  EXPECT_EQ(refs(top_risks(risks, d("2026-03-31"), 3)), (std::vector<std::string>{"SR01", "SR9", "SR10"}));
  EXPECT_EQ(refs(top_risks(risks, d("2026-03-31"), 100)),
            (std::vector<std::string>{"SR01", "SR9", "SR10", "SR04", "SR02", "SR03"}));
  EXPECT_EQ(refs(top_risks(risks, d("2026-02-28"), 5)),
            (std::vector<std::string>{"SR02", "SR9", "SR10", "SR01", "SR03"}));
  EXPECT_TRUE(top_risks(risks, d("2026-03-31"), 0).empty());
  EXPECT_TRUE(top_risks(risks, d("2025-01-01"), 5).empty());
  EXPECT_EQ(top_risks(risks, d("2026-03-31"), 1)[0], &risks[0]);  // points into the register
}

TEST(RiskEscalation, HeatMapPlacesOpenScoredRisks) {
  const auto risks = register_for_march();
  const HeatMap now = heat_map(risks, d("2026-03-31"));
  EXPECT_EQ(now.total(), 6u);
  EXPECT_EQ(now.cells[3][3], (std::vector<std::string>{"SR01", "SR9", "SR10"}));  // 4 x 4
  EXPECT_EQ(now.cells[2][4], (std::vector<std::string>{"SR04"}));                 // likelihood 3, consequence 5
  EXPECT_EQ(now.cells[4][2], (std::vector<std::string>{}));
  EXPECT_EQ(now.cells[2][3], (std::vector<std::string>{"SR02"}));
  EXPECT_EQ(now.cells[2][2], (std::vector<std::string>{"SR03"}));
  EXPECT_TRUE(now.cells[4][4].empty());  // SR05 is closed, SR06 not yet scored

  const HeatMap before = heat_map(risks, d("2026-02-28"));
  EXPECT_EQ(before.total(), 5u);
  EXPECT_EQ(before.cells[3][4], (std::vector<std::string>{"SR02"}));
  EXPECT_EQ(before.cells[2][3], (std::vector<std::string>{"SR01"}));
}

TEST(RiskEscalation, TargetHeatMapPlacesTheSameRisksAtTheirTargets) {
  const HeatMap target = heat_map(register_for_march(), d("2026-03-31"), true);
  EXPECT_EQ(target.total(), 6u);
  EXPECT_EQ(target.cells[1][2], (std::vector<std::string>{"SR01", "SR02"}));
  EXPECT_EQ(target.cells[0][0], (std::vector<std::string>{"SR03", "SR04", "SR9", "SR10"}));
}

}  // namespace
}  // namespace ics::assurance
