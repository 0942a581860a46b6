// The synthetic population generator: deterministic, plausible, valid, and drawn from its true model.
#include "phm/synthetic_population.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>

#include "ingest/ons_population.h"
#include "phm/person_facts.h"

namespace ics::phm {
namespace {

const AgeSexDistribution& england() {
  static const AgeSexDistribution d =
      ingest::read_ons_population(std::string(ICS_SHARED_DATA_DIR) + "/ons_uk_population_2023.csv");
  return d;
}

Population generate(int64_t persons, uint64_t seed = 7, unsigned threads = 0) {
  SynthOptions o;
  o.persons = persons;
  o.seed = seed;
  o.threads = threads;
  return view_of(std::make_shared<const PopulationColumns>(generate_population(o, england())));
}

// One shared population for the statistical tests (large enough for rates, small enough to be fast).
const Population& sample() {
  static const Population p = generate(20000);
  return p;
}

template <class T>
bool same(std::span<const T> a, std::span<const T> b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

bool identical(const Population& a, const Population& b) {
  return same(a.person_id, b.person_id) && same(a.birth_month, b.birth_month) && same(a.sex, b.sex) &&
         same(a.ethnic_group, b.ethnic_group) && same(a.lsoa, b.lsoa) && same(a.imd_decile, b.imd_decile) &&
         same(a.practice, b.practice) && same(a.death_day, b.death_day) && same(a.condition_start, b.condition_start) &&
         same(a.condition, b.condition) && same(a.diagnosed_day, b.diagnosed_day) && same(a.event_start, b.event_start) &&
         same(a.event_day, b.event_day) && same(a.event_setting, b.event_setting) &&
         same(a.length_of_stay, b.length_of_stay) && same(a.cost_pence, b.cost_pence) &&
         a.geography.lsoa_codes == b.geography.lsoa_codes && a.geography.practice_codes == b.geography.practice_codes;
}

Date last_year_start(const Population& p) { return one_year_before(Date{p.extract_end.days + 1}); }

TEST(PhmSyntheticPopulation, SameSeedGivesIdenticalColumns) {
  EXPECT_TRUE(identical(generate(3000, 11), generate(3000, 11)));
}

TEST(PhmSyntheticPopulation, ThreadCountDoesNotChangeTheOutput) {
  // More persons than one chunk, so two threads really split the work.
  EXPECT_TRUE(identical(generate(20000, 5, 1), generate(20000, 5, 2)));
}

TEST(PhmSyntheticPopulation, DifferentSeedGivesADifferentPopulation) {
  const Population a = generate(3000, 1), b = generate(3000, 2);
  EXPECT_FALSE(same(a.birth_month, b.birth_month));
  EXPECT_NE(a.event_count(), b.event_count());
}

TEST(PhmSyntheticPopulation, ExtractCoversWholeYearsEndingOnTheEndDate) {
  const Population& p = sample();
  EXPECT_EQ(p.extract_start, Date::from_ymd(2024, 4, 1));
  EXPECT_EQ(p.extract_end, Date::from_ymd(2026, 3, 31));
  EXPECT_EQ(p.id_of(0), "P000000001");
  EXPECT_EQ(p.id_of(19999), "P000020000");
}

TEST(PhmSyntheticPopulation, AgeAndSexFollowOns) {
  const Population& p = sample();
  double ons_total = 0, ons_female = 0, ons_over_65 = 0, ons_under_16 = 0;
  for (int s = 0; s < kSexCount; ++s)
    for (int a = 0; a <= 90; ++a) {
      const double n = england().persons[s][a];
      ons_total += n;
      if (s == 0) ons_female += n;
      if (a >= 65) ons_over_65 += n;
      if (a < 16) ons_under_16 += n;
    }
  double female = 0, over_65 = 0, under_16 = 0;
  for (size_t i = 0; i < p.person_count(); ++i) {
    const int age = age_on(p.birth_month[i], p.extract_start);
    female += p.sex[i] == static_cast<uint8_t>(Sex::Female);
    over_65 += age >= 65;
    under_16 += age < 16;  // babies born during the extract (age -1 at its start) count here too
  }
  const double n = static_cast<double>(p.person_count());
  EXPECT_NEAR(female / n, ons_female / ons_total, 0.015);
  EXPECT_NEAR(over_65 / n, ons_over_65 / ons_total, 0.015);
  EXPECT_NEAR(under_16 / n, ons_under_16 / ons_total, 0.015);
}

TEST(PhmSyntheticPopulation, ConditionsRiseWithAgeAndDeprivation) {
  const Population& p = sample();
  const auto facts = all_person_facts(p, p.extract_end, 1);
  double young = 0, young_n = 0, old = 0, old_n = 0, deprived = 0, deprived_n = 0, affluent = 0, affluent_n = 0;
  double hypertension = 0, adults = 0;
  for (size_t i = 0; i < p.person_count(); ++i) {
    const auto& f = facts[i];
    if (!f.in_population) continue;
    if (f.age >= 18 && f.age < 40) young += f.long_term_condition_count, ++young_n;
    if (f.age >= 70) old += f.long_term_condition_count, ++old_n;
    if (f.age >= 40 && f.age < 70) {  // compare deprivation within one age range
      if (p.imd_decile[i] <= 3) deprived += f.long_term_condition_count, ++deprived_n;
      if (p.imd_decile[i] >= 8) affluent += f.long_term_condition_count, ++affluent_n;
    }
    hypertension += f.has(Condition::Hypertension);
    adults += f.age >= 18;
  }
  EXPECT_GT(old / old_n, 3 * young / young_n);
  EXPECT_GT(deprived / deprived_n, 1.15 * affluent / affluent_n);
  // England's hypertension register is about 14% of all ages.
  EXPECT_NEAR(hypertension / static_cast<double>(p.person_count()), 0.14, 0.035);
}

TEST(PhmSyntheticPopulation, PlacesDifferInDeprivationAndEthnicity) {
  const Population& p = sample();
  std::vector<double> decile_sum(p.geography.place_codes.size()), white(decile_sum.size()), n(decile_sum.size());
  for (size_t i = 0; i < p.person_count(); ++i) {
    const auto place = p.place_of(i);
    decile_sum[place] += p.imd_decile[i];
    white[place] += p.ethnic_group[i] == static_cast<uint8_t>(EthnicGroup::White);
    ++n[place];
  }
  ASSERT_EQ(n.size(), 4u);  // CITY (most deprived) .. WEST_RURAL (least)
  EXPECT_LT(decile_sum[0] / n[0] + 2, decile_sum[3] / n[3]);
  EXPECT_LT(white[0] / n[0] + 0.15, white[3] / n[3]);
  double all_white = 0;
  for (double w : white) all_white += w;
  EXPECT_NEAR(all_white / static_cast<double>(p.person_count()), 0.80, 0.06);
}

TEST(PhmSyntheticPopulation, UseRisesWithAgeAndTotalsArePlausible) {
  const Population& p = sample();
  const Date at = last_year_start(p);
  const auto facts = all_person_facts(p, p.extract_end, 1);
  double young_events = 0, young_n = 0, old_events = 0, old_n = 0;
  for (size_t i = 0; i < p.person_count(); ++i) {
    if (!facts[i].in_population && !facts[i].died_last_year) continue;
    const int age = age_on(p.birth_month[i], at);
    uint32_t events = 0;
    for (int s = 0; s < kSettingCount; ++s) events += count_events(p, i, static_cast<Setting>(s), at, Date{p.extract_end.days + 1});
    if (age >= 20 && age < 40) young_events += events, ++young_n;
    if (age >= 75) old_events += events, ++old_n;
  }
  EXPECT_GT(old_events / old_n, 2 * young_events / young_n);
  const double per_person_year = static_cast<double>(p.event_count()) / static_cast<double>(p.person_count()) / 2;
  EXPECT_GT(per_person_year, 8.0);
  EXPECT_LT(per_person_year, 12.5);
  double deaths = 0;
  for (Day d : p.death_day) deaths += d != kNoDay;
  EXPECT_NEAR(deaths / static_cast<double>(p.person_count()) / 2, 0.01, 0.004);
}

// The population's own facts at the last year's start, put through the true model, predict the last
// year's admissions: the features the generator used are the ones person_facts() finds.
TEST(PhmSyntheticPopulation, LastYearsAdmissionsFollowTheTrueModel) {
  const Population& p = sample();
  const Date at = last_year_start(p), after = Date{p.extract_end.days + 1};
  const auto facts = all_person_facts(p, at, 1);
  double expected = 0, observed = 0, n = 0, high_expected = 0, high_observed = 0;
  for (size_t i = 0; i < p.person_count(); ++i) {
    if (!facts[i].in_population) continue;
    const RiskFeatures x = risk_features(facts[i], p.imd_decile[i], p.sex[i] == static_cast<uint8_t>(Sex::Male));
    double logit = 0;
    for (int k = 0; k < kRiskFeatureCount; ++k) logit += kTrueEmergencyAdmissionCoefficients[k] * x[k];
    const double risk = 1 / (1 + std::exp(-logit));
    const bool admitted = count_events(p, i, Setting::EmergencyAdmission, at, after) > 0;
    expected += risk, observed += admitted, ++n;
    if (risk > 0.2) high_expected += risk, high_observed += admitted;
  }
  EXPECT_GT(observed / n, 0.05);
  EXPECT_LT(observed / n, 0.10);
  // Binomial standard errors: about 37 admissions overall, about 15 among the high-risk.
  EXPECT_NEAR(observed, expected, 4 * std::sqrt(expected));
  EXPECT_GT(high_expected, 100);
  EXPECT_NEAR(high_observed, high_expected, 4 * std::sqrt(high_expected));
}

TEST(PhmSyntheticPopulation, EveryColumnIsValid) {
  const Population& p = sample();
  const auto& g = p.geography;
  std::vector<int> lsoa_decile(g.lsoa_codes.size(), 0);
  size_t births_in_extract = 0, new_diagnoses = 0, pregnancies = 0, palliative = 0;
  for (size_t i = 0; i < p.person_count(); ++i) {
    const Day born = Month{p.birth_month[i] / 12, p.birth_month[i] % 12 + 1}.first_day().days;
    births_in_extract += born >= p.extract_start.days;
    ASSERT_LE(born, p.extract_end.days);
    ASSERT_LE(p.sex[i], 1);
    ASSERT_LT(p.ethnic_group[i], kEthnicGroupCount);
    ASSERT_GE(p.imd_decile[i], 1);
    ASSERT_LE(p.imd_decile[i], 10);
    ASSERT_LT(p.practice[i], g.practice_codes.size());
    ASSERT_LT(p.lsoa[i], g.lsoa_codes.size());
    if (lsoa_decile[p.lsoa[i]] == 0) lsoa_decile[p.lsoa[i]] = p.imd_decile[i];
    ASSERT_EQ(lsoa_decile[p.lsoa[i]], p.imd_decile[i]) << "an LSOA has one decile";
    const Day death = p.death_day[i];
    if (death != kNoDay) {
      ASSERT_GE(death, std::max(born, p.extract_start.days));
      ASSERT_LE(death, p.extract_end.days);
    }
    const Day last = death == kNoDay ? p.extract_end.days : death;
    uint32_t seen = 0;
    for (uint32_t c = p.condition_start[i]; c < p.condition_start[i + 1]; ++c) {
      ASSERT_LT(p.condition[c], kConditionCount);
      ASSERT_GE(p.diagnosed_day[c], born);
      ASSERT_LE(p.diagnosed_day[c], last);
      const auto condition = static_cast<Condition>(p.condition[c]);
      if (condition == Condition::Pregnancy) {
        ++pregnancies;
        continue;
      }
      ASSERT_FALSE(seen & condition_bit(condition)) << "each condition at most once";
      seen |= condition_bit(condition);
      new_diagnoses += p.diagnosed_day[c] >= p.extract_start.days;
      palliative += condition == Condition::PalliativeCare;
    }
    for (uint32_t e = p.event_start[i]; e < p.event_start[i + 1]; ++e) {
      ASSERT_GE(p.event_day[e], std::max(born, p.extract_start.days));
      ASSERT_LE(p.event_day[e], last) << "no event after death or the extract's end";
      if (e > p.event_start[i]) {
        ASSERT_LE(p.event_day[e - 1], p.event_day[e]) << "events in date order";
      }
      const auto setting = static_cast<Setting>(p.event_setting[e]);
      ASSERT_LT(p.event_setting[e], kSettingCount);
      const uint16_t los = p.length_of_stay[e];
      if (setting == Setting::EmergencyAdmission) {
        ASSERT_LE(los, 30);
      } else if (setting == Setting::ElectiveAdmission) {
        ASSERT_LE(los, 5);
      } else {
        ASSERT_EQ(los, 0) << "a length of stay only on admissions";
      }
      ASSERT_GT(p.cost_pence[e], 0u);
      ASSERT_LE(p.cost_pence[e], 600000u);
    }
  }
  EXPECT_GT(births_in_extract, 0u);
  EXPECT_GT(new_diagnoses, 0u);
  EXPECT_GT(pregnancies, 0u);
  EXPECT_GT(palliative, 0u);
  EXPECT_LT(static_cast<double>(palliative) / static_cast<double>(p.person_count()), 0.01);
}

TEST(PhmSyntheticPopulation, DefaultPlacesScaleWithThePopulation) {
  const auto small = default_places(1000);
  ASSERT_EQ(small.size(), 4u);
  for (const auto& place : small) {
    EXPECT_EQ(place.pcn_codes.size(), 1u);
    EXPECT_EQ(place.practice_codes.at(0).size(), 1u);
  }
  size_t pcns = 0, practices = 0;
  for (const auto& place : default_places(1'200'000)) {
    pcns += place.pcn_codes.size();
    for (const auto& list : place.practice_codes) practices += list.size();
  }
  EXPECT_NEAR(static_cast<double>(pcns), 24, 2);         // one per 50,000
  EXPECT_NEAR(static_cast<double>(practices), 150, 15);  // one per 8,000
  EXPECT_LT(small.front().mean_imd_decile, small.back().mean_imd_decile);
}

TEST(PhmSyntheticPopulation, RefusesImpossibleOptions) {
  SynthOptions o;
  o.persons = 0;
  EXPECT_THROW(generate_population(o, england()), std::invalid_argument);
  o.persons = 10;
  o.years = 1;
  EXPECT_THROW(generate_population(o, england()), std::invalid_argument);
  o.years = 2;
  EXPECT_THROW(generate_population(o, AgeSexDistribution{}), std::invalid_argument);
  EXPECT_EQ(generate_population(o, england()).birth_month.size(), 10u);
}

}  // namespace
}  // namespace ics::phm
