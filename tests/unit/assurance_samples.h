#pragma once
// Assurance records with every field set to something other than its default, for store and JSON tests.
#include <optional>
#include <string>

#include "domain/deliverable.h"
#include "domain/programme.h"
#include "domain/risk.h"

namespace ics::samples {

inline StrategicObjective objective(std::string ref = "SO1") {
  return StrategicObjective{0, std::move(ref), "Improve outcomes in population health and healthcare",
                            "Narrow the gap in healthy life expectancy"};
}

inline Risk risk(std::string ref = "SR01", std::optional<int64_t> objective_id = std::nullopt) {
  Risk r;
  r.ref = std::move(ref);
  r.title = "Urgent care capacity over winter";
  r.cause = "Because of high bed occupancy";
  r.event = "there is a risk that ambulances wait to hand over";
  r.effect = "resulting in harm to patients waiting";
  r.category = "Quality and safety";
  r.objective_id = objective_id;
  r.owner = "Chief Operating Officer";
  r.org_code = "RX1";
  r.level = RiskLevel::Place;
  r.confidential = true;
  r.confidential_reason = "Section 43: commercial interests";
  r.status = RiskStatus::Closed;
  r.opened_on = Date::from_ymd(2024, 4, 2);
  r.initial = {4, 5};
  r.target = {2, 3};
  r.target_date = Date::from_ymd(2025, 3, 31);
  r.controls = {"Winter plan", "Daily system call"};
  r.gaps_in_control = "No weekend discharge team";
  r.assurances = {{"Integrated performance report (monthly)", "second", "ae_4hr"}, {"Internal audit", "third", ""}};
  r.gaps_in_assurance = "No audit of handover data";
  r.review_date = Date::from_ymd(2024, 12, 1);
  r.history = {{Date::from_ymd(2024, 4, 2), {4, 5}, "Opened", "Alice Adams"},
               {Date::from_ymd(2024, 10, 1), {3, 5}, "Winter plan agreed; likelihood reduced", "Bob Brown"}};
  return r;
}

inline Priority priority(std::string ref, int64_t committee_id) {
  Priority p;
  p.ref = std::move(ref);
  p.type = PriorityType::IntegratingCare;
  p.description = "Reduce elective waits over 65 weeks to zero";
  p.overseeing_committee_id = committee_id;
  p.plan_year = "2024/25";
  p.superseded_by = "NO4.5";
  p.superseded_from = Month{2025, 1};
  p.ratings = {{Month{2024, 6}, Brag::Amber, "Recovery plan agreed"}, {Month{2024, 9}, Brag::Blue, "Delivered"}};
  return p;
}

inline Programme programme(std::string ref, int64_t committee_id) {
  Programme p;
  p.ref = std::move(ref);
  p.name = "Urgent and emergency care";
  p.pillar = "Integration";
  p.sro = "Chief Operating Officer";
  p.clinical_lead = "Dr Asha Patel";
  p.finance_lead = "Deputy Chief Finance Officer";
  p.status = ProgrammeStatus::Delayed;
  p.status_reason = "Capital bid pending";
  p.metric_ids = {"ae_4hr", "ambulance_handover"};
  p.funding_pence = 1'234'567'89;
  p.products = {
      {"Full business case: community diagnostic centre", "Phase 2", committee_id, ProductPurpose::Endorsement,
       Date::from_ymd(2025, 2, 12), ProductOutcome::Deferred, "Deferred to March: capital bid pending"},
      {"Evaluation", "", committee_id, ProductPurpose::Noting, Date::from_ymd(2025, 3, 12), std::nullopt, ""}};
  return p;
}

}  // namespace ics::samples
