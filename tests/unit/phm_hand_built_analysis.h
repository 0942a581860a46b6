#pragma once
// A hand-built analysis of the five-person population (phm_small_population.h), every part filled by
// hand with counts on both sides of the suppression boundary; for the output and page tests.
#include <string>

#include "phm/phm_analysis.h"
#include "phm_small_population.h"

namespace ics::phm::testing {

inline StandardisedRate standardised_rate(double events, double population, double per_100000) {
  StandardisedRate r;
  r.events = events;
  r.population = population;
  r.rate = per_100000;
  r.lower = per_100000 * 0.8;
  r.upper = per_100000 * 1.2;
  r.valid = true;
  return r;
}

// The value report has one row shown (PCN_B, emergency admissions, £13,200 opportunity) and one hidden
// (PCN_A: 6 observed, £1,500 opportunity).
inline PhmAnalysis hand_built_analysis(const Population& population) {
  PhmAnalysis a;
  a.at = kSmallPopulationAt;
  a.facts_at = all_person_facts(population, a.at, 1);
  for (const auto& f : a.facts_at) a.persons_in_population += f.in_population;
  a.segments = summarise_segments(population, a.facts_at, segment_population(a.facts_at), a.at);
  // Make one segment big enough to show, so rounding is visible: 1,013 healthy persons, 12 GP visits.
  a.segments.ics[static_cast<int>(Segment::Healthy)].persons = 1013;
  a.segments.ics[static_cast<int>(Segment::Healthy)].events[0] = 12;
  a.segments.ics[static_cast<int>(Segment::Healthy)].cost_pence = 101'300;

  RiskModelReport& r = a.risk;
  r.trained_at = one_year_before(a.at);
  r.at = a.at;
  r.fit.coefficients.assign(kRiskFeatureCount, 0.1);
  r.fit.coefficients[0] = -3;
  r.fit.standard_errors.assign(kRiskFeatureCount, 0.01);
  r.fit.converged = true;
  r.fit.iterations = 6;
  r.training_persons = 1000;
  r.test_persons = 500;
  r.training_events = 3;  // suppressed
  r.test_events = 12;     // -> 10
  r.test_auc = 0.75;
  for (int d = 1; d <= 10; ++d)
    r.test_calibration.push_back({d, 50, 0.01 * d, d == 10 ? 0.18 : (d == 9 ? 0.1 : 0), d == 10 ? 9 : (d == 9 ? 5 : 0)});
  r.tier_persons = {3, 10, 13, 474};
  r.tier_min_probability = {0.9, 0.5, 0.3, 0};
  r.tier_mean_probability = {0.95, 0.6, 0.35, 0.02};
  r.probability = {0.97f, 0.01f, 0.4f, 0.0f, 0.02f};
  r.tier = {RiskTier::Top0_5, RiskTier::Rest, RiskTier::Top5, RiskTier::Rest, RiskTier::Rest};

  InequalityReport& q = a.inequalities;
  q.at = a.at;
  for (int quintile = 1; quintile <= 5; ++quintile)
    q.rows.push_back({InequalityMeasure::EmergencyAdmissions, InequalityDimension::ImdQuintile,
                      std::to_string(quintile), standardised_rate(quintile == 5 ? 5 : 13, 2000, 650)});
  q.rows.push_back(
      {InequalityMeasure::AeAttendances, InequalityDimension::ImdQuintile, "1", standardised_rate(13, 2000, 650)});
  q.rows.push_back(
      {InequalityMeasure::AeAttendances, InequalityDimension::Core20, "Core20", standardised_rate(40, 4000, 1000)});
  q.rows.push_back(
      {InequalityMeasure::AeAttendances, InequalityDimension::Core20, "Rest", standardised_rate(92, 16000, 575)});
  q.slopes.push_back({InequalityMeasure::EmergencyAdmissions, 300, 200, 400, 0.5, 0.3, 0.7});
  q.slopes.push_back({InequalityMeasure::AeAttendances, 500, 400, 600, 0.6, 0.4, 0.8});
  q.core20_rate_ratio = {1.5, 1.74, 0, 0};

  ValueReport& v = a.value;
  v.at = a.at;
  OpportunityRow shown;
  shown.pcn = 1;
  shown.setting = Setting::EmergencyAdmission;
  shown.persons = 3000;
  shown.ratio = {33, 22, 1.5, 1.03, 2.1};
  shown.limits = {0.6, 1.4, 0.45, 1.7};
  shown.cost_pence = 3'300'000;
  shown.benchmark_ratio = 0.9;
  shown.excess_events = 13.2;
  shown.opportunity_pence = 1'320'000;
  OpportunityRow hidden = shown;
  hidden.pcn = 0;
  // Above the benchmark too: 6 - 0.9 x 5 = 1.5 excess events at £1,000 each.
  hidden.ratio = {6, 5, 1.2, 0.44, 2.6};
  hidden.excess_events = 1.5;
  hidden.opportunity_pence = 150'000;
  hidden.cost_pence = 600'000;
  v.rows = {hidden, shown};
  for (int s = 0; s < kSettingCount; ++s) v.by_setting[s].setting = static_cast<Setting>(s);
  v.by_setting[static_cast<int>(Setting::EmergencyAdmission)] = {Setting::EmergencyAdmission, 0.9, 39, 3'900'000,
                                                                 1'470'000};
  v.total_opportunity_pence = 1'470'000;
  return a;
}

}  // namespace ics::phm::testing
