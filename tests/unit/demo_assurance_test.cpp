#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

#include "assurance/brag.h"
#include "assurance/programme_schedule.h"
#include "assurance/risk_escalation.h"
#include "assurance/risk_scoring.h"
#include "demo/demo_assurance.h"
#include "demo/demo_assurance_parts.h"
#include "demo/demo_governance.h"
#include "ingest/ingest_common.h"
#include "performance/metric_catalogue.h"
#include "store/store.h"

namespace ics {
namespace {

const Date kToday = Date::from_ymd(2026, 3, 18);
constexpr uint32_t kSeed = 20260401;

// The demo's committees with placeholder ids, as build_demo_governance makes them.
const std::vector<Committee>& demo_committees() {
  static const std::vector<Committee> committees = demo::build_demo_governance(kToday, kSeed).committees;
  return committees;
}

const demo::DemoAssurance& standard_demo() {
  static const demo::DemoAssurance demo = demo::build_demo_assurance(kToday, kSeed, demo_committees());
  return demo;
}

const Risk& risk(const demo::DemoAssurance& demo, const std::string& ref) {
  for (const auto& r : demo.risks)
    if (r.ref == ref) return r;
  throw std::runtime_error("no risk " + ref);
}

const Priority& priority(const demo::DemoAssurance& demo, const std::string& ref) {
  for (const auto& p : demo.priorities)
    if (p.ref == ref) return p;
  throw std::runtime_error("no priority " + ref);
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

TEST(DemoAssurance, TheSameSeedGivesTheSameRecords) {
  const auto a = demo::build_demo_assurance(kToday, 7, demo_committees());
  const auto b = demo::build_demo_assurance(kToday, 7, demo_committees());
  const auto c = demo::build_demo_assurance(kToday, 8, demo_committees());
  EXPECT_EQ(a.objectives, b.objectives);
  EXPECT_EQ(a.risks, b.risks);
  EXPECT_EQ(a.priorities, b.priorities);
  EXPECT_EQ(a.programmes, b.programmes);
  EXPECT_NE(a.risks, c.risks) << "another seed should give other scores in earlier months";
}

// The validators the forms and imports use, for several todays (a year end, a month end, early January)
// and seeds, so a calendar edge cannot produce an invalid record.
TEST(DemoAssurance, EveryRecordPassesValidation) {
  const auto metrics = ingest::metric_ids(standard_metric_catalogue());
  for (Date today : {kToday, Date::from_ymd(2026, 3, 31), Date::from_ymd(2025, 8, 31), Date::from_ymd(2027, 1, 4)})
    for (uint32_t seed : {1u, kSeed}) {
      SCOPED_TRACE(today.to_string() + " seed " + std::to_string(seed));
      const auto demo = demo::build_demo_assurance(today, seed, demo_committees());
      EXPECT_EQ(joined(demo::demo_assurance_problems(demo)), "");
      for (const auto& r : demo.risks) {
        EXPECT_TRUE(assurance::risk_errors(r).empty()) << r.ref;
        for (const auto& a : r.assurances)
          if (!a.metric_id.empty()) {
            EXPECT_TRUE(metrics.count(a.metric_id)) << r.ref << " " << a.metric_id;
          }
        EXPECT_LE(r.history.back().date, today) << r.ref;
        EXPECT_LE(r.opened_on, r.history.front().date) << r.ref;
      }
      for (const auto& p : demo.programmes)
        for (const auto& id : p.metric_ids) EXPECT_TRUE(metrics.count(id)) << p.ref << " " << id;
    }
}

TEST(DemoAssurance, ObjectivesAndRisksCoverEveryLevel) {
  const auto& demo = standard_demo();
  ASSERT_EQ(demo.objectives.size(), 6u);
  EXPECT_EQ(demo.objectives.front().ref, "SO1");
  ASSERT_EQ(demo.risks.size(), 14u);
  EXPECT_EQ(demo.risks.front().ref, "SR01");
  EXPECT_EQ(demo.risks.back().ref, "SR14");
  std::map<RiskLevel, int> levels;
  int linked_to_kpis = 0;
  for (const auto& r : demo.risks) {
    ++levels[r.level];
    EXPECT_EQ(r.org_code.empty(), r.level == RiskLevel::System || r.level == RiskLevel::Board) << r.ref;
    EXPECT_EQ(r.cause.rfind("Because of ", 0), 0u) << r.ref;
    EXPECT_EQ(r.event.rfind("there is a risk that ", 0), 0u) << r.ref;
    EXPECT_EQ(r.effect.rfind("resulting in ", 0), 0u) << r.ref;
    EXPECT_GE(r.controls.size(), 3u) << r.ref;
    linked_to_kpis += std::any_of(r.assurances.begin(), r.assurances.end(),
                                  [](const AssuranceSource& a) { return !a.metric_id.empty(); });
  }
  EXPECT_EQ(levels.size(), 4u);
  EXPECT_GE(linked_to_kpis, 8);
  EXPECT_EQ(risk(demo, "SR09").org_code, "RX1");
  EXPECT_EQ(risk(demo, "SR13").org_code, "QT1-MN");
}

TEST(DemoAssurance, RisksHaveAYearOfMonthlyScoresWithNotes) {
  const auto& demo = standard_demo();
  const Risk& uec = risk(demo, "SR01");
  ASSERT_EQ(uec.history.size(), 13u);
  EXPECT_EQ(uec.history.back().date, Date::from_ymd(2026, 3, 15));  // three days before today
  EXPECT_EQ(uec.history.front().date, Date::from_ymd(2025, 3, 15));
  EXPECT_EQ(uec.history.back().rating, (RiskRating{5, 4}));
  EXPECT_EQ(uec.history[11].rating, (RiskRating{4, 4}));
  for (const auto& r : demo.risks)
    for (const auto& e : r.history) {
      EXPECT_FALSE(e.note.empty()) << r.ref << " " << e.date.to_string();
      EXPECT_EQ(e.by, r.owner);
    }
  // The risk opened this month has one scoring, on the day it opened.
  const Risk& opened = risk(demo, "SR11");
  ASSERT_EQ(opened.history.size(), 1u);
  EXPECT_EQ(opened.history.front().date, opened.opened_on);
  EXPECT_GT(opened.opened_on, assurance::one_month_before(kToday));
}

TEST(DemoAssurance, SomeRisksEscalateByScoreOrTargetDateAndOneDeEscalates) {
  const auto& demo = standard_demo();
  const EscalationRules rules;  // the defaults: place 12, system 15, board 15
  const auto movements = assurance::risk_movements(demo.risks, rules, assurance::one_month_before(kToday), kToday);
  std::map<std::string, const assurance::RiskMovement*> by_ref;
  for (const auto& m : movements) by_ref[m.ref] = &m;
  ASSERT_EQ(by_ref.size(), 14u);

  // Escalated all year by score: UEC (system -> board), the Mid-Nottinghamshire social care market
  // (place -> system) and NUH maternity (organisation -> place).
  for (const char* ref : {"SR01", "SR13", "SR09"}) {
    SCOPED_TRACE(ref);
    EXPECT_TRUE(by_ref[ref]->before.escalated());
    EXPECT_TRUE(by_ref[ref]->now.escalated());
    EXPECT_TRUE(by_ref[ref]->now.score_reached_threshold);
  }
  EXPECT_EQ(by_ref["SR13"]->now.seen_at, RiskLevel::System);
  EXPECT_EQ(by_ref["SR09"]->now.seen_at, RiskLevel::Place);

  const auto& elective = *by_ref["SR02"];
  EXPECT_TRUE(elective.newly_escalated());
  EXPECT_EQ(elective.score_before, 12);
  EXPECT_EQ(elective.score_now, 16);
  EXPECT_EQ(elective.movement, assurance::ScoreMovement::Up);
  EXPECT_TRUE(elective.now.score_reached_threshold);
  EXPECT_EQ(elective.now.seen_at, RiskLevel::Board);

  const auto& inequalities = *by_ref["SR05"];
  EXPECT_TRUE(inequalities.newly_escalated());
  EXPECT_EQ(inequalities.movement, assurance::ScoreMovement::Unchanged);
  EXPECT_TRUE(inequalities.now.target_date_missed);
  EXPECT_FALSE(inequalities.now.score_reached_threshold);

  const auto& out_of_area = *by_ref["SR07"];
  EXPECT_TRUE(out_of_area.de_escalated());
  EXPECT_EQ(out_of_area.score_before, 16);
  EXPECT_EQ(out_of_area.score_now, 12);

  EXPECT_EQ(by_ref["SR11"]->movement, assurance::ScoreMovement::New);
  int up = 0, down = 0, escalated = 0;
  for (const auto& m : movements) {
    up += m.movement == assurance::ScoreMovement::Up;
    down += m.movement == assurance::ScoreMovement::Down;
    escalated += m.now.escalated();
  }
  EXPECT_EQ(up, 3);    // SR01, SR02, SR10
  EXPECT_EQ(down, 3);  // SR03, SR06, SR07
  EXPECT_EQ(escalated, 5);
}

TEST(DemoAssurance, TwoRisksAreConfidentialWithAnFoiExemption) {
  std::vector<std::string> confidential;
  for (const auto& r : standard_demo().risks)
    if (r.confidential) {
      confidential.push_back(r.ref);
      EXPECT_NE(r.confidential_reason.find("FOI Act s"), std::string::npos) << r.ref;
    } else {
      EXPECT_EQ(r.confidential_reason, "") << r.ref;
    }
  EXPECT_EQ(confidential, (std::vector<std::string>{"SR08", "SR10"}));
  EXPECT_NE(risk(standard_demo(), "SR10").confidential_reason.find("s43"), std::string::npos);
}

TEST(DemoAssurance, StocktakesAreTheFourQuarterEndsBeforeTodaysMonth) {
  using demo::detail::demo_stocktakes;
  EXPECT_EQ(demo_stocktakes(kToday), (std::vector<Month>{{2025, 3}, {2025, 6}, {2025, 9}, {2025, 12}}));
  EXPECT_EQ(demo_stocktakes(Date::from_ymd(2026, 4, 1)), (std::vector<Month>{{2025, 6}, {2025, 9}, {2025, 12}, {2026, 3}}));
  EXPECT_EQ(demo_stocktakes(Date::from_ymd(2026, 9, 30)), (std::vector<Month>{{2025, 9}, {2025, 12}, {2026, 3}, {2026, 6}}));
  EXPECT_EQ(demo_stocktakes(Date::from_ymd(2027, 1, 2)), (std::vector<Month>{{2026, 3}, {2026, 6}, {2026, 9}, {2026, 12}}));
}

TEST(DemoAssurance, PrioritiesMoveBothWaysAndTwoAreSuperseded) {
  const auto& demo = standard_demo();
  EXPECT_GE(demo.priorities.size(), 25u);
  std::set<PriorityType> types;
  std::set<int64_t> committees;
  for (const auto& p : demo.priorities) {
    types.insert(p.type);
    committees.insert(p.overseeing_committee_id);
    EXPECT_EQ(p.plan_year, "2025/26");
  }
  EXPECT_EQ(types.size(), 4u);
  std::set<std::string> codes;
  for (const auto& c : demo_committees())
    if (committees.count(c.id)) codes.insert(c.code);
  EXPECT_EQ(codes, (std::set<std::string>{"POG", "QG", "FDG", "SE", "MNPPB", "NCPPB", "SNPPB"}));

  EXPECT_EQ(priority(demo, "NO1.3").superseded_by, "NO1.5");
  EXPECT_EQ(priority(demo, "NO1.3").superseded_from, (Month{2025, 9}));
  EXPECT_EQ(priority(demo, "NO1.5").ratings.front().stocktake, (Month{2025, 9}));

  const auto summary = assurance::brag_summary(demo.priorities, Month{2025, 12});
  EXPECT_EQ(summary.previous_stocktake, (Month{2025, 9}));
  std::map<std::string, assurance::BragMovement> movement;
  for (const auto& row : summary.rows) movement[row.priority->ref] = row.movement;
  EXPECT_EQ(movement["NO1.1"], assurance::BragMovement::Deteriorated);  // Amber -> Red
  EXPECT_EQ(movement["NO2.1"], assurance::BragMovement::Improved);      // Green -> Blue
  EXPECT_EQ(movement["NO8.2"], assurance::BragMovement::Superseded);
  EXPECT_EQ(movement["NO8.3"], assurance::BragMovement::New);
  EXPECT_FALSE(movement.count("NO1.3")) << "superseded at an earlier stocktake";
  EXPECT_GE(summary.improved, 3);
  EXPECT_GE(summary.deteriorated, 3);
  for (int rank = 0; rank < 4; ++rank) EXPECT_GT(summary.counts[static_cast<size_t>(rank)], 0) << rank;
  for (const auto& p : demo.priorities)
    for (const auto& r : p.ratings) EXPECT_FALSE(r.progress.empty()) << p.ref << " " << r.stocktake.to_string();
}

TEST(DemoAssurance, ProgrammesHaveARollingScheduleWithOneProductOverdue) {
  const auto& demo = standard_demo();
  ASSERT_EQ(demo.programmes.size(), 8u);
  std::set<ProgrammeStatus> statuses;
  std::set<ProductOutcome> outcomes;
  int overdue = 0;
  for (const auto& p : demo.programmes) {
    statuses.insert(p.status);
    EXPECT_GE(p.products.size(), 2u) << p.ref;
    EXPECT_LE(p.products.size(), 5u) << p.ref;
    EXPECT_GT(p.funding_pence, 0) << p.ref;
    if (p.status == ProgrammeStatus::Delayed) {
      EXPECT_FALSE(p.status_reason.empty()) << p.ref;
    }
    for (const auto& product : p.products) {
      EXPECT_GE(product.planned_date, Date{kToday.days - 183}) << product.product;
      EXPECT_LE(product.planned_date, Date{kToday.days + 123}) << product.product;
      EXPECT_NE(product.planned_date, kToday);
      if (product.planned_date > kToday) {
        EXPECT_FALSE(product.outcome) << "a meeting still to come has decided " << product.product;
      } else if (product.outcome) {
        outcomes.insert(*product.outcome);
        if (*product.outcome == ProductOutcome::Deferred || *product.outcome == ProductOutcome::Rejected) {
          EXPECT_FALSE(product.outcome_detail.empty()) << product.product;
        }
      } else {
        ++overdue;
      }
    }
    EXPECT_TRUE(std::is_sorted(p.products.begin(), p.products.end(),
                               [](const auto& a, const auto& b) { return a.planned_date < b.planned_date; }));
  }
  EXPECT_EQ(overdue, 1);
  EXPECT_EQ(outcomes.size(), 5u);
  EXPECT_TRUE(statuses.count(ProgrammeStatus::Delayed));
  EXPECT_TRUE(statuses.count(ProgrammeStatus::Accelerated));
  EXPECT_TRUE(statuses.count(ProgrammeStatus::New));
  EXPECT_EQ(demo.programmes.front().funding_pence, 1'240'000'000);  // £12.40m

  std::vector<std::string> off_track;
  for (const auto& e : assurance::programme_exceptions(demo.programmes, kToday)) off_track.push_back(e.programme->ref);
  EXPECT_EQ(off_track, (std::vector<std::string>{"P01", "P02", "P04", "P05"}));
}

TEST(DemoAssurance, AMissingCommitteeIsNamed) {
  std::vector<Committee> committees = demo_committees();
  committees.erase(std::remove_if(committees.begin(), committees.end(), [](const Committee& c) { return c.code == "FDG"; }),
                   committees.end());
  try {
    demo::build_demo_assurance(kToday, kSeed, committees);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("FDG"), std::string::npos) << e.what();
  }
}

TEST(DemoAssurance, LoadsIntoAStoreAgainstTheStoredCommittees) {
  auto store = Store::open(":memory:");
  demo::load_demo_governance(*store, demo::build_demo_governance(kToday, kSeed));
  const auto committees = store->governance().committees();
  const auto demo = demo::build_demo_assurance(kToday, kSeed, committees);
  demo::load_demo_assurance(*store, demo);

  AssuranceStore& a = store->assurance();
  const auto objectives = a.objectives();
  ASSERT_EQ(objectives.size(), 6u);
  const auto risks = a.risks();
  ASSERT_EQ(risks.size(), 14u);
  const auto uec = a.risk_by_ref("SR01");
  ASSERT_TRUE(uec && uec->objective_id);
  EXPECT_EQ(a.objective(*uec->objective_id)->ref, "SO5");
  EXPECT_EQ(uec->history, risk(demo, "SR01").history);
  EXPECT_EQ(a.priorities().size(), demo.priorities.size());
  const auto programmes = a.programmes();
  ASSERT_EQ(programmes.size(), 8u);
  std::set<int64_t> stored_committees;
  for (const auto& c : committees) stored_committees.insert(c.id);
  for (const auto& p : programmes)
    for (const auto& product : p.products) EXPECT_TRUE(stored_committees.count(product.committee_id));
  const auto audit = store->governance().audit_trail("risk");
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit.front().actor, "ics demo");
}

TEST(DemoAssurance, AnInvalidRecordIsRefusedBeforeAnythingIsWritten) {
  auto demo = standard_demo();
  demo.risks[3].history.back().rating.likelihood = 6;
  demo.programmes[0].products[0].outcome = ProductOutcome::Noted;  // noting is not what an approval gives
  const auto problems = demo::demo_assurance_problems(demo);
  ASSERT_EQ(problems.size(), 2u) << joined(problems);
  EXPECT_EQ(problems[0].rfind("risk SR04: ", 0), 0u) << problems[0];
  EXPECT_EQ(problems[1].rfind("programme P01: ", 0), 0u) << problems[1];
  auto store = Store::open(":memory:");
  EXPECT_THROW(demo::load_demo_assurance(*store, demo), std::runtime_error);
  EXPECT_TRUE(store->assurance().objectives().empty());
  EXPECT_TRUE(store->assurance().risks().empty());
}

}  // namespace
}  // namespace ics
