#pragma once
// A small System Assurance Framework for HTTP tests of the risk pages and API, on top of the governance
// world (its accounts, one per signed-in role, and kSecretMarker). Today is governance_http::kToday,
// 10 March 2026, so "last month" is 10 February 2026; escalation thresholds are the defaults (place 12,
// system 15, board 15). Scores (likelihood x consequence) on each date:
//   SR01 system, Performance, SO1: 16 (4x4) from 1 Oct 2025, 20 (4x5) from 1 Mar 2026. Up from 16;
//        escalated to the board before and now. Sources of assurance include KPI ae_4hr. Review 31 Mar 2026.
//   SR02 place (C3C), Workforce, SO2: 12 (4x3) from 1 Nov 2025, 9 (3x3) from 2 Mar 2026. Down from 12;
//        never escalated (place -> system needs 15). Review 28 Feb 2026: overdue.
//   SR03 system, Finance, SO1: 12 (3x4) from 1 Dec 2025, 16 (4x4) from 3 Mar 2026. Up from 12;
//        newly escalated to the board.
//   SR04 organisation (R1A), Performance, SO2: 12 (3x4) from 1 Sep 2025, 6 (2x3) from 4 Mar 2026. Down
//        from 12; de-escalated from place back to organisation.
//   SR05 system, closed: 4 (2x2). In the register only.
//   SR99 system, confidential, "Commercial ZZ-SECRET-42", SO1: 25 (5x5) from 15 Jan 2026; escalated to
//        the board. Its ref, title, cause, event, effect, category and note carry the marker or "SR99".
// Targets: SR01 2x3, SR02 2x2, SR03 3x3, SR04 2x2, SR05 1x2, SR99 2x2.
#include <string>

#include "governance_http_world.h"
#include "store/store.h"

namespace ics::web::risk_http {

using governance_http::day;
using governance_http::kSecretMarker;
using governance_http::kToday;

inline const std::string kConfidentialCategory = std::string("Commercial ") + kSecretMarker;

struct RiskWorld {
  int64_t so1 = 0, so2 = 0;
  int64_t sr01 = 0, sr02 = 0, sr03 = 0, sr04 = 0, sr05 = 0, sr99 = 0;
};

inline RiskScoreEntry scoring(Date date, int likelihood, int consequence, const std::string& note) {
  return RiskScoreEntry{date, RiskRating{likelihood, consequence}, note, "Risk lead"};
}

inline Risk make_risk(const std::string& ref, const std::string& title, RiskLevel level, const std::string& category,
                      int64_t objective, RiskRating initial, RiskRating target, std::vector<RiskScoreEntry> history) {
  Risk r;
  r.ref = ref;
  r.title = title;
  r.cause = "Because of pressures on " + title;
  r.event = "there is a risk that " + title + " happens";
  r.effect = "resulting in harm to patients";
  r.category = category;
  r.objective_id = objective;
  r.owner = "Chief Operating Officer";
  r.level = level;
  r.opened_on = history.front().date;
  r.initial = initial;
  r.target = target;
  r.history = std::move(history);
  return r;
}

// Fills the assurance part of a store that fill_world has filled.
inline RiskWorld fill_risks(Store& store) {
  auto& assurance = store.assurance();
  RiskWorld w;
  const auto objectives = assurance.save_objectives(
      {StrategicObjective{0, "SO1", "Improve outcomes in population health and healthcare", ""},
       StrategicObjective{0, "SO2", "Tackle inequalities in outcomes, experience and access", ""}},
      "test");
  w.so1 = objectives[0];
  w.so2 = objectives[1];

  Risk sr01 = make_risk("SR01", "Urgent care demand exceeds capacity", RiskLevel::System, "Performance", w.so1,
                        {5, 4}, {2, 3},
                        {scoring(day(2025, 10, 1), 4, 4, "Opened"), scoring(day(2026, 3, 1), 4, 5, "Winter surge")});
  sr01.target_date = day(2026, 12, 31);
  sr01.controls = {"System winter plan", "Daily system calls"};
  sr01.gaps_in_control = "No agreed escalation for ambulance handovers";
  sr01.assurances = {AssuranceSource{"Integrated performance report (monthly)", "second", "ae_4hr"},
                     AssuranceSource{"Internal audit of winter planning", "third", ""}};
  sr01.gaps_in_assurance = "No audit since 2024";
  sr01.review_date = day(2026, 3, 31);

  Risk sr02 = make_risk("SR02", "Community nursing workforce shortfall", RiskLevel::Place, "Workforce", w.so2,
                        {4, 4}, {2, 2},
                        {scoring(day(2025, 11, 1), 4, 3, "Opened"),
                         scoring(day(2026, 3, 2), 3, 3, "Recruitment drive")});
  sr02.org_code = "C3C";
  sr02.owner = "Chief People Officer";
  sr02.review_date = day(2026, 2, 28);

  Risk sr03 = make_risk("SR03", "System financial deficit", RiskLevel::System, "Finance", w.so1, {5, 5}, {3, 3},
                        {scoring(day(2025, 12, 1), 3, 4, "Opened"),
                         scoring(day(2026, 3, 3), 4, 4, "Deficit widened")});
  sr03.owner = "Chief Finance Officer";

  Risk sr04 = make_risk("SR04", "Digital programme delay", RiskLevel::Organisation, "Performance", w.so2, {4, 4},
                        {2, 2},
                        {scoring(day(2025, 9, 1), 3, 4, "Opened"), scoring(day(2026, 3, 4), 2, 3, "Supplier fixed")});
  sr04.org_code = "R1A";

  Risk sr05 = make_risk("SR05", "Estates backlog", RiskLevel::System, "Estates", w.so1, {2, 2}, {1, 2},
                        {scoring(day(2025, 6, 1), 2, 2, "Opened")});
  sr05.status = RiskStatus::Closed;

  const std::string marker = kSecretMarker;
  Risk sr99 = make_risk("SR99", "Acquisition " + marker + " fails", RiskLevel::System, kConfidentialCategory, w.so1,
                        {5, 5}, {2, 2}, {scoring(day(2026, 1, 15), 5, 5, "Bid " + marker + " at risk")});
  sr99.cause = "Because the " + marker + " bid is contested";
  sr99.event = "there is a risk that the " + marker + " acquisition fails";
  sr99.effect = "resulting in " + marker + " services closing";
  sr99.owner = "Chief Executive";
  sr99.confidential = true;
  sr99.confidential_reason = "FOI s43: commercial interests";

  const auto ids = assurance.save_risks({sr01, sr02, sr03, sr04, sr05, sr99}, "test");
  w.sr01 = ids[0];
  w.sr02 = ids[1];
  w.sr03 = ids[2];
  w.sr04 = ids[3];
  w.sr05 = ids[4];
  w.sr99 = ids[5];
  return w;
}

// The governance world's server with the risks added.
class RiskWorldServer {
 public:
  explicit RiskWorldServer(const std::string& name) : server_(name), risks_(fill_risks(server_.store())) {}

  Store& store() { return server_.store(); }
  const governance_http::World& world() const { return server_.world(); }
  const RiskWorld& risks() const { return risks_; }
  httplib::Client client() const { return server_.client(); }
  http_test::Session sign_in(const std::string& name) const { return server_.sign_in(name); }

 private:
  governance_http::WorldServer server_;
  RiskWorld risks_;
};

}  // namespace ics::web::risk_http
