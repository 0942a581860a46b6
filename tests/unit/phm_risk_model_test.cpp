// The emergency admission risk model: training and test split, tiers, contributing factors,
// case-finding, and recovery of the synthetic population's known coefficients.
#include "phm/risk_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

#include "phm/synthetic_population.h"
#include "phm_flat_age_population.h"

namespace ics::phm {
namespace {

const Date kAt = Date::from_ymd(2026, 4, 1);  // the model trains on 2025-04-01 .. 2026-03-31

struct TestPerson {
  int age_on_at = 40;  // completed years on kAt
  Sex sex = Sex::Female;
  int imd_decile = 5;
  uint16_t practice = 0;
  Day death = kNoDay;
  std::vector<std::pair<Condition, Date>> conditions;
  std::vector<std::pair<Date, Setting>> events;  // in date order
};

// Persons T000000, T000001, ... in practices P1 (PCN_A) and P2 (PCN_B), with two years of events before kAt.
Population build(const std::vector<TestPerson>& persons) {
  auto c = std::make_shared<PopulationColumns>();
  c->geography.practice_codes = {"P1", "P2"};
  c->geography.practice_pcn = {0, 1};
  c->geography.pcn_codes = {"PCN_A", "PCN_B"};
  c->geography.pcn_place = {0, 0};
  c->geography.place_codes = {"PLACE"};
  c->geography.lsoa_codes = {"E01000001"};
  c->extract_start = Date::from_ymd(2024, 4, 1);
  c->extract_end = Date::from_ymd(2026, 3, 31);
  for (size_t i = 0; i < persons.size(); ++i) {
    const TestPerson& t = persons[i];
    std::string id = std::to_string(i);
    id = "T" + std::string(6 - std::min<size_t>(6, id.size()), '0') + id;
    id.resize(kPersonIdWidth, '\0');
    c->person_id.insert(c->person_id.end(), id.begin(), id.end());
    // Born in the month before the birthday month, so the age on kAt is exactly age_on_at.
    c->birth_month.push_back(Month::of(kAt).index() - t.age_on_at * 12 - 1);
    c->sex.push_back(static_cast<uint8_t>(t.sex));
    c->ethnic_group.push_back(static_cast<uint8_t>(EthnicGroup::White));
    c->lsoa.push_back(0);
    c->imd_decile.push_back(static_cast<uint8_t>(t.imd_decile));
    c->practice.push_back(t.practice);
    c->death_day.push_back(t.death);
    for (auto [condition, date] : t.conditions) {
      c->condition.push_back(static_cast<uint8_t>(condition));
      c->diagnosed_day.push_back(date.days);
    }
    c->condition_start.push_back(static_cast<uint32_t>(c->condition.size()));
    for (auto [date, setting] : t.events) {
      c->event_day.push_back(date.days);
      c->event_setting.push_back(static_cast<uint8_t>(setting));
      c->length_of_stay.push_back(setting == Setting::EmergencyAdmission ? 3 : 0);
      c->cost_pence.push_back(100000);
    }
    c->event_start.push_back(static_cast<uint32_t>(c->event_day.size()));
  }
  return view_of(c);
}

// `alive` persons in the population on kAt (every 50th a baby born after kAt - 1 year), then `dead`
// persons who died during the last year. Features repeat with the index, so many persons tie.
std::vector<TestPerson> mixed_persons(int alive, int dead) {
  std::vector<TestPerson> persons;
  for (int i = 0; i < alive + dead; ++i) {
    TestPerson t;
    t.age_on_at = i % 50 == 49 ? 0 : 20 + 7 * (i % 10);
    t.sex = i % 2 ? Sex::Male : Sex::Female;
    t.imd_decile = 1 + (i * 3) % 10;
    t.practice = static_cast<uint16_t>((i / 7) % 2);
    if (i % 5 == 0) t.conditions.push_back({Condition::HeartFailure, Date::from_ymd(2020, 1, 1)});
    if (i % 6 == 0) t.events.push_back({Date::from_ymd(2024, 10, 1), Setting::EmergencyAdmission});
    if (i % 4 == 0) t.events.push_back({Date::from_ymd(2025, 2, 1), Setting::AeAttendance});
    if ((i % 5 == 0 && i % 4 != 0) || (i % 6 == 0 && i % 4 == 1) || i % 11 == 0)
      t.events.push_back({Date::from_ymd(2025, 10, 1), Setting::EmergencyAdmission});
    if (i >= alive) t.death = Date::from_ymd(2025, 12, 1).days;
    persons.push_back(t);
  }
  return persons;
}

struct Fitted {
  Population population;
  std::vector<PersonFacts> before, at;
  RiskModelReport report;
};

Fitted fit(const std::vector<TestPerson>& persons) {
  Fitted f{build(persons), {}, {}, {}};
  f.before = all_person_facts(f.population, one_year_before(kAt));
  f.at = all_person_facts(f.population, kAt);
  f.report = run_risk_model(f.population, f.before, f.at, kAt);
  return f;
}

TEST(PhmRiskModel, TierLabels) {
  EXPECT_EQ(risk_tier_label(RiskTier::Top0_5), "Top 0.5%");
  EXPECT_EQ(risk_tier_label(RiskTier::Top2), "0.5-2%");
  EXPECT_EQ(risk_tier_label(RiskTier::Top5), "2-5%");
  EXPECT_EQ(risk_tier_label(RiskTier::Rest), "Rest");
}

TEST(PhmRiskModel, HeldOutIsAStableThirdByFnv1aOfTheId) {
  // FNV-1a 64: "a" -> 12638187200555641996 (1 mod 3), "c" -> 12638189399578898418 (0 mod 3), "" -> the
  // offset basis 14695981039346656037 (2 mod 3).
  EXPECT_FALSE(is_held_out("a"));
  EXPECT_TRUE(is_held_out("c"));
  EXPECT_FALSE(is_held_out(""));
  int held_out = 0;
  for (int i = 0; i < 30000; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "P%07d", i);
    const bool first = is_held_out(id);
    EXPECT_EQ(first, is_held_out(std::string(id))) << id;
    held_out += first;
  }
  EXPECT_GT(held_out, 9700);  // a third is 10,000; the binomial sd is about 82
  EXPECT_LT(held_out, 10300);
}

TEST(PhmRiskModel, TrainsOnLastYearsPopulationAndTestsOnTheHeldOutThird) {
  Fitted f = fit(mixed_persons(1000, 10));
  const RiskModelReport& r = f.report;
  EXPECT_EQ(r.trained_at, Date::from_ymd(2025, 4, 1));
  EXPECT_EQ(r.at, kAt);
  // In the population on 2025-04-01: the 1000 less the 20 babies born since, plus the 10 who died since.
  EXPECT_EQ(r.training_persons + r.test_persons, 990);
  int64_t training = 0, test = 0, training_events = 0, test_events = 0, training_males = 0;
  for (size_t p = 0; p < f.population.person_count(); ++p) {
    if (!f.before[p].in_population) continue;
    const bool event = count_events(f.population, p, Setting::EmergencyAdmission, r.trained_at, kAt) > 0;
    if (is_held_out(f.population.id_of(p))) {
      ++test;
      test_events += event;
    } else {
      ++training;
      training_events += event;
      training_males += f.population.sex[p] == static_cast<uint8_t>(Sex::Male);
    }
  }
  EXPECT_EQ(r.training_persons, training);
  EXPECT_EQ(r.test_persons, test);
  EXPECT_EQ(r.training_events, training_events);
  EXPECT_EQ(r.test_events, test_events);
  EXPECT_GT(training_events, 0);
  EXPECT_DOUBLE_EQ(r.feature_means[0], 1.0);
  EXPECT_NEAR(r.feature_means[3], static_cast<double>(training_males) / static_cast<double>(training), 1e-12);
  ASSERT_EQ(r.fit.coefficients.size(), static_cast<size_t>(kRiskFeatureCount));
  EXPECT_GT(r.fit.coefficients[6], 0);  // heart failure drives the admissions here
  ASSERT_EQ(r.test_calibration.size(), 10u);
  int64_t calibrated = 0;
  for (const auto& d : r.test_calibration) calibrated += d.persons;
  EXPECT_EQ(calibrated, test);
  EXPECT_GT(r.test_auc, 0.5);
}

TEST(PhmRiskModel, ScoresEveryoneInThePopulationOnTheDate) {
  Fitted f = fit(mixed_persons(1000, 10));
  const RiskModelReport& r = f.report;
  ASSERT_EQ(r.probability.size(), 1010u);
  ASSERT_EQ(r.tier.size(), 1010u);
  for (size_t p = 0; p < 1010; ++p) {
    if (p >= 1000) {  // died: not scored
      EXPECT_EQ(r.probability[p], 0.0f);
      EXPECT_EQ(r.tier[p], RiskTier::Rest);
      continue;
    }
    const bool male = f.population.sex[p] == static_cast<uint8_t>(Sex::Male);
    const RiskFeatures x = risk_features(f.at[p], f.population.imd_decile[p], male);
    EXPECT_EQ(r.probability[p], static_cast<float>(predict_probability(r.fit.coefficients, x))) << p;
  }
}

void expect_tiers(int alive, const std::array<int64_t, 4>& counts) {
  Fitted f = fit(mixed_persons(alive, 10));
  const RiskModelReport& r = f.report;
  EXPECT_EQ(r.tier_persons, counts);
  std::array<int64_t, 4> counted{};
  std::array<double, 4> least{1, 1, 1, 1}, sum{};
  for (int p = 0; p < alive; ++p) {
    const int t = static_cast<int>(r.tier[p]);
    ++counted[t];
    least[t] = std::min<double>(least[t], r.probability[p]);
    sum[t] += r.probability[p];
  }
  EXPECT_EQ(counted, counts);
  for (int t = 0; t < 4; ++t) {
    EXPECT_DOUBLE_EQ(r.tier_min_probability[t], least[t]) << t;
    EXPECT_NEAR(r.tier_mean_probability[t], sum[t] / static_cast<double>(counts[t]), 1e-12) << t;
  }
  // Ranked by probability; equal probabilities (there are many) by person index.
  for (int a = 0; a < alive; ++a)
    for (int b = a + 1; b < alive; ++b) {
      if (r.probability[a] >= r.probability[b]) {
        EXPECT_LE(r.tier[a], r.tier[b]) << a << " " << b;
      } else {
        EXPECT_GE(r.tier[a], r.tier[b]) << a << " " << b;
      }
    }
}

TEST(PhmRiskModel, TierCountsAreExactAtOneThousandPersons) { expect_tiers(1000, {5, 15, 30, 950}); }

TEST(PhmRiskModel, TierCountsAreExactAtTwoHundredPersons) { expect_tiers(200, {1, 3, 6, 190}); }

TEST(PhmRiskModel, TierCountsRoundDown) {
  // 399 persons: 0.5% is 1.995, 2% is 7.98, 5% is 19.95 -> 1, 7, 19 persons at most.
  expect_tiers(399, {1, 6, 12, 380});
}

TEST(PhmRiskModel, RefusesDatesWithoutTwoYearsBeforeOrAfterTheExtract) {
  Population population = build(mixed_persons(100, 0));
  auto facts = all_person_facts(population, kAt);
  EXPECT_THROW(run_risk_model(population, facts, facts, Date::from_ymd(2026, 3, 31)), std::invalid_argument);
  EXPECT_THROW(run_risk_model(population, facts, facts, Date::from_ymd(2026, 4, 2)), std::invalid_argument);
  std::vector<PersonFacts> too_few(facts.begin(), facts.end() - 1);
  EXPECT_THROW(run_risk_model(population, too_few, facts, kAt), std::invalid_argument);
  // Nobody alive a year before.
  std::vector<PersonFacts> nobody(facts.size());
  EXPECT_THROW(run_risk_model(population, nobody, facts, kAt), std::invalid_argument);
}

TEST(PhmContributingFactors, PositiveContributionsLargestFirstWithoutTheIntercept) {
  RiskModelReport model;
  model.fit.coefficients.assign(kRiskFeatureCount, 0.0);
  auto& b = model.fit.coefficients;
  auto& m = model.feature_means;
  b[0] = 3.0, m[0] = 0.0;  // would contribute 3.0 if the intercept counted
  b[1] = 0.4, m[1] = 1.0;
  b[2] = -0.5, m[2] = 0.06;
  b[3] = 0.1, m[3] = 0.5;
  b[4] = 0.6, m[4] = 0.5;
  b[5] = 0.2, m[5] = 1.2;
  b[6] = 1.0, m[6] = 0.02;
  b[10] = 0.5, m[10] = 0.08;  // not diabetic: below average, negative contribution
  b[12] = 0.3, m[12] = 0.3;
  b[13] = 0.7, m[13] = 0.1;
  RiskFeatures x{};
  x[0] = 1, x[1] = 3.0, x[2] = 0, x[3] = 1, x[4] = 1, x[5] = 4, x[6] = 1, x[12] = 2, x[13] = 1;
  // Heart failure 1.0 * 0.98 = 0.98; age 0.4 * 2 = 0.8; admissions 0.7 * 0.9 = 0.63; conditions
  // 0.2 * 2.8 = 0.56; A&E 0.3 * 1.7 = 0.51; deprivation 0.6 * 0.5 = 0.3; male 0.1 * 0.5 = 0.05; under 5
  // -0.5 * -0.06 = 0.03 (a risk-lowering feature the person lacks raises their risk above average).
  auto top = contributing_factors(model, x);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].feature, 6);
  EXPECT_NEAR(top[0].contribution, 0.98, 1e-12);
  EXPECT_EQ(top[1].feature, 1);
  EXPECT_NEAR(top[1].contribution, 0.8, 1e-12);
  EXPECT_EQ(top[2].feature, 13);
  EXPECT_NEAR(top[2].contribution, 0.63, 1e-12);
  auto all = contributing_factors(model, x, 20);
  std::vector<int> order;
  for (const auto& f : all) order.push_back(f.feature);
  EXPECT_EQ(order, (std::vector<int>{6, 1, 13, 5, 12, 4, 3, 2}));
  EXPECT_NEAR(all.back().contribution, 0.03, 1e-12);

  // Everything at or below average: nothing raises the risk.
  RiskFeatures average{};
  average[0] = 1, average[1] = 1.0, average[2] = 0.06, average[3] = 0.5, average[4] = 0.5, average[5] = 1.2;
  average[6] = 0.02, average[10] = 0, average[12] = 0.3, average[13] = 0.1;
  EXPECT_TRUE(contributing_factors(model, average).empty());
  EXPECT_TRUE(contributing_factors(RiskModelReport{}, x).empty());  // not fitted
}

TEST(PhmCaseFinding, TopTiersOfTheChosenPcnsHighestRiskFirst) {
  Fitted f = fit(mixed_persons(1000, 10));
  auto all = case_finding_list(f.population, f.at, f.report, {});
  EXPECT_EQ(all.size(), 50u);  // 5 + 15 + 30
  auto pcn_b = case_finding_list(f.population, f.at, f.report, {1});
  size_t expected = 0;
  for (size_t p = 0; p < 1000; ++p)
    expected += f.report.tier[p] != RiskTier::Rest && f.population.pcn_of(p) == 1;
  ASSERT_EQ(pcn_b.size(), expected);
  ASSERT_GT(expected, 0u);
  ASSERT_LT(expected, 50u);
  for (size_t i = 0; i < pcn_b.size(); ++i) {
    const CaseFindingEntry& e = pcn_b[i];
    EXPECT_EQ(e.pcn, "PCN_B");
    EXPECT_EQ(e.practice, "P2");
    EXPECT_NE(e.tier, RiskTier::Rest);
    if (i > 0) {
      EXPECT_GE(pcn_b[i - 1].probability, e.probability);
    }
    EXPECT_LE(e.factors.size(), 3u);
    for (size_t k = 0; k < e.factors.size(); ++k) {
      EXPECT_GT(e.factors[k].contribution, 0);
      EXPECT_NE(e.factors[k].feature, 0);
      if (k > 0) {
        EXPECT_GE(e.factors[k - 1].contribution, e.factors[k].contribution);
      }
    }
  }
  // The first entry is the person with the highest probability in the PCN, described from their facts.
  size_t best = 0;
  float best_probability = -1;
  for (size_t p = 0; p < 1000; ++p)
    if (f.population.pcn_of(p) == 1 && f.report.probability[p] > best_probability)
      best = p, best_probability = f.report.probability[p];
  EXPECT_EQ(pcn_b[0].person_id, f.population.id_of(best));
  EXPECT_EQ(pcn_b[0].probability, static_cast<double>(best_probability));
  EXPECT_EQ(pcn_b[0].age, f.at[best].age);
  EXPECT_EQ(pcn_b[0].long_term_conditions, f.at[best].long_term_condition_count);
  EXPECT_EQ(pcn_b[0].emergency_admissions_last_year, f.at[best].last_year(Setting::EmergencyAdmission));
  EXPECT_EQ(pcn_b[0].sex, static_cast<Sex>(f.population.sex[best]));
  EXPECT_EQ(all.size(), case_finding_list(f.population, f.at, f.report, {0, 1}).size());
  EXPECT_THROW(case_finding_list(f.population, f.at, f.report, {2}), std::invalid_argument);
}

TEST(PhmRiskModel, RecoversTheSyntheticPopulationsKnownCoefficients) {
  SynthOptions options;
  options.persons = 60000;
  options.years = 2;
  options.seed = 5;
  // Flat ages: more older persons than England, so more admissions to fit on.
  Population population = view_of(testing::flat_age_columns(options));
  const Date at{population.extract_end.days + 1};
  auto before = all_person_facts(population, one_year_before(at));
  auto facts_at = all_person_facts(population, at);
  RiskModelReport r = run_risk_model(population, before, facts_at, at);
  ASSERT_TRUE(r.fit.converged);
  const RiskFeatures& truth = kTrueEmergencyAdmissionCoefficients;
  std::array<double, kRiskFeatureCount> tolerance{};
  for (int j = 0; j < kRiskFeatureCount; ++j) {
    tolerance[j] = std::max(0.15, 4 * r.fit.standard_errors[j]);
    EXPECT_NEAR(r.fit.coefficients[j], truth[j], tolerance[j])
        << kRiskFeatureNames[j] << " (standard error " << r.fit.standard_errors[j] << ")";
  }
  // The tolerances are tight enough to matter: had the generator's features been swapped (any two whose
  // true coefficients differ by more than 0.5), the fit would have landed outside them.
  for (int j = 0; j < kRiskFeatureCount; ++j)
    for (int k = j + 1; k < kRiskFeatureCount; ++k)
      if (std::abs(truth[j] - truth[k]) > 0.5) {
        EXPECT_TRUE(std::abs(r.fit.coefficients[j] - truth[k]) > tolerance[j] ||
                    std::abs(r.fit.coefficients[k] - truth[j]) > tolerance[k])
            << kRiskFeatureNames[j] << " and " << kRiskFeatureNames[k];
      }
  EXPECT_GT(r.test_auc, 0.7);
  // Calibrated: the held-out third's predicted and observed admissions agree overall.
  double predicted = 0;
  for (const auto& d : r.test_calibration) predicted += d.mean_predicted * static_cast<double>(d.persons);
  const double observed = static_cast<double>(r.test_events);
  EXPECT_NEAR(predicted, observed, 4 * std::sqrt(observed) + 0.03 * observed);
}

}  // namespace
}  // namespace ics::phm
