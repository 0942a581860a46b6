// Inequalities: the slope and relative index of inequality on hand-worked decile gradients, their
// simulated intervals, and rates by group on a small hand-built population.
#include "phm/inequalities.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "phm/person_facts.h"
#include "phm_population_builder.h"

namespace ics::phm {
namespace {

using testing::build_population;
using testing::EventSpec;
using testing::PersonSpec;
using testing::ymd;

constexpr double kZ = 1.959963984540054;

TEST(PhmSlopeIndex, ALinearGradientGivesItsEndToEndDifference) {
  // Equal deciles sit at ranks 0.05, 0.15, ..., 0.95; rates 500 - 400 x rank fall from 480 to 120.
  // The fitted line is the gradient itself: SII = rate at 0 - rate at 1 = 400; mean rate 300; RII 4/3.
  std::array<double, 10> rates{}, populations{};
  for (int i = 0; i < 10; ++i) {
    populations[i] = 1000;
    rates[i] = 500 - 400 * (0.05 + 0.1 * i);
  }
  const SlopeEstimate e = slope_index_estimate(rates, populations);
  EXPECT_NEAR(e.sii, 400, 1e-9);
  EXPECT_NEAR(e.rii, 400.0 / 300.0, 1e-12);
}

TEST(PhmSlopeIndex, RanksAreCumulativePopulationMidpointsWeightedByPopulation) {
  // Populations 100, 200, ..., 1000 (5,500 in all): ranks 50/5500, 200/5500, 450/5500, ... (midpoints of
  // each decile's share). Rates 900 - 600 x rank lie on a line, so SII = 600 exactly; the
  // population-weighted mean rank is 0.5, so the mean rate is 600 and RII = 1.
  std::array<double, 10> rates{}, populations{};
  double cumulative = 0;
  for (int i = 0; i < 10; ++i) {
    populations[i] = 100.0 * (i + 1);
    const double rank = (cumulative + populations[i] / 2) / 5500;
    cumulative += populations[i];
    rates[i] = 900 - 600 * rank;
  }
  EXPECT_NEAR(rates[0], 900 - 600 * 50.0 / 5500, 1e-12);
  const SlopeEstimate e = slope_index_estimate(rates, populations);
  EXPECT_NEAR(e.sii, 600, 1e-9);
  EXPECT_NEAR(e.rii, 1, 1e-12);
}

TEST(PhmSlopeIndex, TwoPopulatedDecilesByHand) {
  // Deciles 1 and 10 of 100 each (the rest empty): ranks 0.25 and 0.75, rates 10 and 2.
  // Slope (2 - 10) / 0.5 = -16, so SII = 16; mean rate 6; RII = 16 / 6.
  std::array<double, 10> rates{}, populations{};
  rates = {10, 99, 99, 99, 99, 99, 99, 99, 99, 2};  // empty deciles' rates carry no weight
  populations[0] = populations[9] = 100;
  const SlopeEstimate e = slope_index_estimate(rates, populations);
  EXPECT_NEAR(e.sii, 16, 1e-12);
  EXPECT_NEAR(e.rii, 16.0 / 6.0, 1e-12);
}

TEST(PhmSlopeIndex, EqualRatesGiveZeroAndHigherRatesInTheLeastDeprivedGiveANegativeSii) {
  std::array<double, 10> rates{}, populations{};
  rates.fill(250);
  populations.fill(700);
  const SlopeEstimate flat = slope_index_estimate(rates, populations);
  EXPECT_NEAR(flat.sii, 0, 1e-9);
  EXPECT_NEAR(flat.rii, 0, 1e-12);
  for (int i = 0; i < 10; ++i) rates[i] = 100 + 50 * i;  // rising towards the least deprived
  EXPECT_LT(slope_index_estimate(rates, populations).sii, 0);
  std::array<double, 10> nobody{};
  EXPECT_TRUE(std::isnan(slope_index_estimate(rates, nobody).sii));
}

std::array<StandardisedRate, 10> deciles_with_error(double standard_error) {
  std::array<StandardisedRate, 10> d;
  for (int i = 0; i < 10; ++i) {
    d[i].population = 1000;
    d[i].rate = 500 - 400 * (0.05 + 0.1 * i);
    d[i].lower = d[i].rate - kZ * standard_error;
    d[i].upper = d[i].rate + kZ * standard_error;
  }
  return d;
}

TEST(PhmSlopeIndex, SimulatedIntervalsMatchTheAnalyticSpread) {
  // SII is linear in the rates: sum c_i y_i with c_i = -(x_i - 0.5) / sum (x - 0.5)^2 and
  // sum (x - 0.5)^2 = 2 (0.05^2 + 0.15^2 + ... + 0.45^2) = 0.825, so sd(SII) = 10 x sqrt(1 / 0.825) =
  // 11.0096 for a standard error of 10 per decile and the 95% interval is 400 -/+ 21.58.
  const SlopeIndex s = slope_index(InequalityMeasure::Mortality, deciles_with_error(10));
  EXPECT_EQ(s.measure, InequalityMeasure::Mortality);
  EXPECT_NEAR(s.sii, 400, 1e-9);
  EXPECT_NEAR(s.sii_upper - s.sii, 21.58, 1.0);
  EXPECT_NEAR(s.sii - s.sii_lower, 21.58, 1.0);
  EXPECT_LT(s.rii_lower, s.rii);
  EXPECT_GT(s.rii_upper, s.rii);
}

TEST(PhmSlopeIndex, SimulationIsDeterministicForASeedAndExactWithoutError) {
  const auto deciles = deciles_with_error(25);
  const SlopeIndex a = slope_index(InequalityMeasure::AeAttendances, deciles, 2000, 7);
  const SlopeIndex b = slope_index(InequalityMeasure::AeAttendances, deciles, 2000, 7);
  const SlopeIndex c = slope_index(InequalityMeasure::AeAttendances, deciles, 2000, 8);
  EXPECT_EQ(a.sii_lower, b.sii_lower);
  EXPECT_EQ(a.rii_upper, b.rii_upper);
  EXPECT_NE(a.sii_lower, c.sii_lower);
  const SlopeIndex exact = slope_index(InequalityMeasure::AeAttendances, deciles_with_error(0), 100);
  EXPECT_NEAR(exact.sii_lower, 400, 1e-9);
  EXPECT_NEAR(exact.sii_upper, 400, 1e-9);
  EXPECT_TRUE(std::isnan(slope_index(InequalityMeasure::AeAttendances, deciles, 0).sii_lower));
}

TEST(PhmInequalities, KeysAndLabels) {
  EXPECT_EQ(measure_key(InequalityMeasure::EmergencyAdmissions), "emergency_admissions");
  EXPECT_EQ(measure_key(InequalityMeasure::Mortality), "mortality");
  EXPECT_EQ(measure_label(InequalityMeasure::AeAttendances), "A&E attendances");
  EXPECT_EQ(dimension_key(InequalityDimension::Core20), "core20");
  EXPECT_EQ(dimension_label(InequalityDimension::ImdQuintile), "IMD quintile");
}

TEST(PhmInequalities, MeasureEventsCountsTheYearsEventsOfEachMeasure) {
  PersonFacts f;
  f.events_last_year[static_cast<int>(Setting::EmergencyAdmission)] = 2;
  f.events_last_year[static_cast<int>(Setting::AeAttendance)] = 3;
  f.events_last_year[static_cast<int>(Setting::ElectiveAdmission)] = 1;
  f.events_last_year[static_cast<int>(Setting::OutpatientAttendance)] = 4;
  f.events_last_year[static_cast<int>(Setting::GpAppointment)] = 9;
  EXPECT_EQ(measure_events(InequalityMeasure::EmergencyAdmissions, f), 2);
  EXPECT_EQ(measure_events(InequalityMeasure::AeAttendances, f), 3);
  EXPECT_EQ(measure_events(InequalityMeasure::ElectiveActivity, f), 5);
  EXPECT_EQ(measure_events(InequalityMeasure::Mortality, f), 0);
  f.died_last_year = true;
  EXPECT_EQ(measure_events(InequalityMeasure::Mortality, f), 1);
}

// at = 2025-04-01, so the year is [2024-04-01, 2025-04-01). Persons:
// 0: born 1950-01 (74 at the year's start: 70-74), white, decile 1, PCN0; 2 emergency admissions and
//    an A&E attendance in the year, an elective admission before it; died 2024-10-01.
// 1: born 1990-03 (34: 30-34 at the start, 35 on `at`), asian, decile 2, PCN0; A&E and 2 outpatient
//    attendances and an elective admission on the year's last day; an A&E attendance on `at` itself.
// 2: born 1985-03 (39: 35-39), black, decile 10, PCN1; an emergency admission on the year's first day.
// 3: born 2024-06 (during the year: not at risk), decile 1, PCN1; an A&E attendance.
// 4: died 2024-01-01 (before the year), decile 5, PCN0.
// 5: born 1960-01 (64: 60-64), white, decile 6, PCN1; nothing.
Population small_population() {
  std::vector<PersonSpec> persons(6);
  persons[0] = {{1950, 1}, Sex::Female, EthnicGroup::White, 1, 0, ymd(2024, 10, 1),
                {{ymd(2023, 12, 1), Setting::ElectiveAdmission, 0},
                 {ymd(2024, 6, 1), Setting::EmergencyAdmission, 0},
                 {ymd(2024, 6, 20), Setting::EmergencyAdmission, 0},
                 {ymd(2024, 7, 1), Setting::AeAttendance, 0}}};
  persons[1] = {{1990, 3}, Sex::Male, EthnicGroup::Asian, 2, 0, std::nullopt,
                {{ymd(2024, 5, 1), Setting::AeAttendance, 0},
                 {ymd(2024, 8, 1), Setting::OutpatientAttendance, 0},
                 {ymd(2024, 8, 15), Setting::OutpatientAttendance, 0},
                 {ymd(2025, 3, 31), Setting::ElectiveAdmission, 0},
                 {ymd(2025, 4, 1), Setting::AeAttendance, 0}}};
  persons[2] = {{1985, 3}, Sex::Female, EthnicGroup::Black, 10, 1, std::nullopt,
                {{ymd(2024, 4, 1), Setting::EmergencyAdmission, 0}}};
  persons[3] = {{2024, 6}, Sex::Female, EthnicGroup::White, 1, 1, std::nullopt,
                {{ymd(2024, 12, 1), Setting::AeAttendance, 0}}};
  persons[4] = {{1940, 1}, Sex::Male, EthnicGroup::White, 5, 0, ymd(2024, 1, 1),
                {{ymd(2023, 12, 1), Setting::EmergencyAdmission, 0}}};
  persons[5] = {{1960, 1}, Sex::Male, EthnicGroup::White, 6, 1, std::nullopt, {}};
  return build_population(persons, {0, 1}, ymd(2023, 4, 1), ymd(2025, 4, 1));
}

const InequalityRow& row_of(const InequalityReport& r, InequalityMeasure m, InequalityDimension d,
                            const std::string& group) {
  for (const InequalityRow& row : r.rows)
    if (row.measure == m && row.dimension == d && row.group == group) return row;
  throw std::runtime_error("no row for " + group);
}

TEST(PhmInequalities, CountsLandInTheRightGroups) {
  const Population population = small_population();
  const Date at = ymd(2025, 4, 1);
  const InequalityReport r = measure_inequalities(population, all_person_facts(population, one_year_before(at)),
                                                  all_person_facts(population, at), at);
  EXPECT_EQ(r.at, at);
  // 4 measures x (5 quintiles + 6 ethnic groups + 2 PCNs + 2 places + Core20 and the rest).
  ASSERT_EQ(r.rows.size(), 68u);
  EXPECT_EQ(r.rows[0].group, "1 (most deprived)");
  EXPECT_EQ(r.rows[4].group, "5 (least deprived)");
  EXPECT_EQ(r.rows[5].group, "asian");
  EXPECT_EQ(r.rows[11].group, "PCN0");
  EXPECT_EQ(r.rows[13].group, "PLACE0");
  EXPECT_EQ(r.rows[15].group, "Core20");
  EXPECT_EQ(r.rows[16].group, "Rest");
  EXPECT_EQ(r.rows[17].measure, InequalityMeasure::AeAttendances);

  using M = InequalityMeasure;
  using D = InequalityDimension;
  auto events = [&](M m, D d, const std::string& g) { return row_of(r, m, d, g).rate.events; };
  auto persons = [&](M m, D d, const std::string& g) { return row_of(r, m, d, g).rate.population; };
  // Core20 = persons 0 and 1 (person 3 was born in the year); person 0 died in it but is at risk.
  EXPECT_EQ(persons(M::Mortality, D::Core20, "Core20"), 2);
  EXPECT_EQ(events(M::Mortality, D::Core20, "Core20"), 1);
  EXPECT_EQ(events(M::EmergencyAdmissions, D::Core20, "Core20"), 2);
  EXPECT_EQ(events(M::AeAttendances, D::Core20, "Core20"), 2);  // not person 1's on `at`, not person 3's
  EXPECT_EQ(events(M::ElectiveActivity, D::Core20, "Core20"), 3);  // not person 0's before the year
  EXPECT_EQ(persons(M::EmergencyAdmissions, D::Core20, "Rest"), 2);  // persons 2 and 5; 4 died before
  EXPECT_EQ(events(M::EmergencyAdmissions, D::Core20, "Rest"), 1);
  EXPECT_EQ(persons(M::EmergencyAdmissions, D::ImdQuintile, "1 (most deprived)"), 2);
  EXPECT_EQ(persons(M::EmergencyAdmissions, D::ImdQuintile, "2"), 0);
  EXPECT_EQ(persons(M::EmergencyAdmissions, D::ImdQuintile, "3"), 1);
  EXPECT_EQ(persons(M::EmergencyAdmissions, D::ImdQuintile, "5 (least deprived)"), 1);
  EXPECT_EQ(events(M::EmergencyAdmissions, D::ImdQuintile, "5 (least deprived)"), 1);
  EXPECT_EQ(persons(M::Mortality, D::EthnicGroup, "white"), 2);
  EXPECT_EQ(events(M::Mortality, D::EthnicGroup, "white"), 1);
  EXPECT_EQ(persons(M::Mortality, D::EthnicGroup, "not_known"), 0);
  EXPECT_FALSE(row_of(r, M::Mortality, D::EthnicGroup, "not_known").rate.valid);
  EXPECT_EQ(events(M::AeAttendances, D::Pcn, "PCN0"), 2);
  EXPECT_EQ(events(M::AeAttendances, D::Pcn, "PCN1"), 0);
  EXPECT_EQ(persons(M::AeAttendances, D::Place, "PLACE1"), 2);

  // Ages are those at the year's start: Core20's emergency DSR has 2 events in 70-74 (weight 5000) and
  // person 1 in 30-34 (6500; on `at` he is 35, which would be 7000). Empty bands are left out:
  // 5000 x 2 / (5000 + 6500) x 100,000 = 86,956.52. The rest: person 2 in 35-39 (7000, 1 event) and
  // person 5 in 60-64 (6000): 7000 / 13000 x 100,000 = 53,846.15. Ratio 86,956.52 / 53,846.15 = 1.614907.
  EXPECT_NEAR(row_of(r, M::EmergencyAdmissions, D::Core20, "Core20").rate.rate, 1e9 / 11500, 1e-6);
  EXPECT_NEAR(row_of(r, M::EmergencyAdmissions, D::Core20, "Rest").rate.rate, 7e8 / 13000, 1e-6);
  EXPECT_NEAR(r.core20_rate_ratio[0], 1.3e8 / 8.05e7, 1e-9);
  EXPECT_TRUE(std::isnan(r.core20_rate_ratio[static_cast<int>(M::Mortality)]));  // the rest had no deaths
  ASSERT_EQ(r.slopes.size(), 4u);
  EXPECT_EQ(r.slopes[3].measure, M::Mortality);
}

TEST(PhmInequalities, FactsMustCoverEveryPerson) {
  const Population population = small_population();
  const Date at = ymd(2025, 4, 1);
  EXPECT_THROW(measure_inequalities(population, {}, all_person_facts(population, at), at), std::invalid_argument);
}

TEST(PhmInequalities, ThreadedTalliesAddUpAndMatchOneThread) {
  // 6,000 random persons (enough for parallel_ranges to split): one thread and two give the same report,
  // and every dimension's groups share out the same persons at risk.
  std::mt19937 random(42);
  std::vector<PersonSpec> persons(6000);
  for (PersonSpec& p : persons) {
    p.born = {1930 + static_cast<int>(random() % 90), 1 + static_cast<int>(random() % 12)};
    p.sex = static_cast<Sex>(random() % 2);
    p.ethnic = static_cast<EthnicGroup>(random() % kEthnicGroupCount);
    p.imd_decile = static_cast<uint8_t>(1 + random() % 10);
    p.practice = static_cast<uint16_t>(random() % 3);
    if (random() % 50 == 0) p.died = ymd(2024, 9, 1);
    for (unsigned k = random() % 4; k > 0; --k)
      p.events.push_back({ymd(2024, 5 + static_cast<int>(random() % 6), 1), static_cast<Setting>(random() % 4), 100});
  }
  const Population population = build_population(persons, {0, 0, 1}, ymd(2023, 4, 1), ymd(2025, 3, 31));
  const Date at = ymd(2025, 4, 1);
  const auto before = all_person_facts(population, one_year_before(at)), now = all_person_facts(population, at);
  const InequalityReport one = measure_inequalities(population, before, now, at, 1);
  const InequalityReport two = measure_inequalities(population, before, now, at, 2);
  ASSERT_EQ(one.rows.size(), two.rows.size());
  for (size_t i = 0; i < one.rows.size(); ++i) {
    EXPECT_EQ(one.rows[i].rate.events, two.rows[i].rate.events) << i;
    EXPECT_EQ(one.rows[i].rate.rate, two.rows[i].rate.rate) << i;
  }
  EXPECT_EQ(one.slopes[0].sii_lower, two.slopes[0].sii_lower);

  double at_risk = 0;
  for (const PersonFacts& f : before) at_risk += f.in_population;
  std::array<double, kInequalityDimensionCount> by_dimension{};
  for (const InequalityRow& row : one.rows) {
    if (row.measure == InequalityMeasure::Mortality)
      by_dimension[static_cast<int>(row.dimension)] += row.rate.population;
  }
  for (double total : by_dimension) EXPECT_EQ(total, at_risk);
}

}  // namespace
}  // namespace ics::phm
