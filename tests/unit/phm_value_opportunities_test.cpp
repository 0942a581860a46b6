// Value opportunities: the best-quartile benchmark, and expected counts, ratios and £ opportunity on a
// hand-built two-PCN population worked by hand.
#include "phm/value_opportunities.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "phm/person_facts.h"
#include "phm_population_builder.h"

namespace ics::phm {
namespace {

using testing::build_population;
using testing::EventSpec;
using testing::PersonSpec;
using testing::ymd;

TEST(PhmBestQuartile, IsRsType7TwentyFifthPercentile) {
  // Type 7: h = (n - 1) x 0.25, between the floor(h)-th and next order statistics (from 0).
  EXPECT_DOUBLE_EQ(best_quartile({2.0}), 2.0);
  EXPECT_DOUBLE_EQ(best_quartile({1.5, 0.5}), 0.75);                   // h 0.25: 0.5 + 0.25 x 1
  EXPECT_DOUBLE_EQ(best_quartile({4, 1, 3, 2, 5}), 2.0);               // h 1: the second
  EXPECT_DOUBLE_EQ(best_quartile({0.9, 1.2, 1.0, 1.1}), 0.975);        // h 0.75: 0.9 + 0.75 x 0.1
  EXPECT_DOUBLE_EQ(best_quartile({1, 2, 3, 4, 5, 6, 7, 8}), 2.75);    // h 1.75: 2 + 0.75
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_DOUBLE_EQ(best_quartile({nan, 3, 1}), 1.5);                  // NaNs ignored: h 0.25 of {1, 3}
  EXPECT_TRUE(std::isnan(best_quartile({})));
}

PersonSpec woman(Month born, uint16_t practice, std::vector<EventSpec> events = {}) {
  return {born, Sex::Female, EthnicGroup::White, 5, practice, std::nullopt, std::move(events)};
}

EventSpec emergency(Date d, uint32_t pence) { return {d, Setting::EmergencyAdmission, pence}; }

// at = 2025-04-01 (the year [2024-04-01, 2025-04-01)). Strata: women 30-34 (born 1992-01), women 70-74
// (born 1952-01), men 30-34.
//   PCN0: 4 young women, no admissions, one of them a GP appointment (£30); 2 old women with 3
//         admissions each (6 in all, £15,000 together); 1 young man, nothing. Also a woman who died
//         before `at` with an admission (not in the population) and an admission of an old woman's
//         before the year.
//   PCN1: 2 young women, 1 admission (£1,000); 4 old women, 1 admission each (£2,000 each); 1 young
//         man with 1 admission (£500).
// ICS rates per person: emergency young women 1/6, old women 10/6, young men 1/2; GP young women 1/6.
//   Expected emergency: PCN0 4/6 + 2 x 10/6 + 1/2 = 4.5 (observed 6, ratio 4/3);
//                       PCN1 2/6 + 4 x 10/6 + 1/2 = 7.5 (observed 6, ratio 0.8).
//   Benchmark (type 7 of {0.8, 4/3}): 0.8 + 0.25 x (4/3 - 0.8) = 14/15.
//   Excess: PCN0 6 - 14/15 x 4.5 = 1.8 events; PCN1 6 - 7 < 0, so 0.
//   Opportunity: PCN0 1.8 x £15,000 / 6 = £4,500.
//   GP: expected PCN0 4/6 (observed 1, ratio 1.5), PCN1 2/6 (observed 0, ratio 0); benchmark
//   0 + 0.25 x 1.5 = 0.375; excess PCN0 1 - 0.375 x 4/6 = 0.75; opportunity 0.75 x £30 = £22.50.
Population two_pcns() {
  const Month young{1992, 1}, old{1952, 1};
  std::vector<PersonSpec> p;
  p.push_back(woman(young, 0, {{ymd(2024, 9, 9), Setting::GpAppointment, 3000}}));
  for (int i = 0; i < 3; ++i) p.push_back(woman(young, 0));
  p.push_back(woman(old, 0, {emergency(ymd(2023, 5, 1), 99999), emergency(ymd(2024, 5, 1), 200000),
                             emergency(ymd(2024, 6, 1), 300000), emergency(ymd(2024, 7, 1), 250000)}));
  p.push_back(woman(old, 0, {emergency(ymd(2024, 5, 2), 250000), emergency(ymd(2024, 6, 2), 250000),
                             emergency(ymd(2025, 3, 31), 250000)}));
  p.push_back({young, Sex::Male, EthnicGroup::Asian, 1, 0, std::nullopt, {}});
  PersonSpec died = woman(old, 0, {emergency(ymd(2024, 8, 1), 777777)});
  died.died = ymd(2024, 9, 1);
  p.push_back(died);

  p.push_back(woman(young, 1, {emergency(ymd(2024, 10, 1), 100000)}));
  p.push_back(woman(young, 1));
  for (int i = 0; i < 4; ++i) p.push_back(woman(old, 1, {emergency(ymd(2024, 11, 1), 200000)}));
  p.push_back({young, Sex::Male, EthnicGroup::Black, 9, 1, std::nullopt, {emergency(ymd(2025, 1, 1), 50000)}});
  return build_population(p, {0, 0}, ymd(2023, 4, 1), ymd(2025, 3, 31));
}

const OpportunityRow& row_of(const ValueReport& r, uint16_t pcn, Setting s) {
  for (const OpportunityRow& row : r.rows)
    if (row.pcn == pcn && row.setting == s) return row;
  throw std::runtime_error("no row");
}

TEST(PhmValueOpportunities, ExpectedCountsRatiosAndOpportunityByHand) {
  const Population population = two_pcns();
  const Date at = ymd(2025, 4, 1);
  const ValueReport r = find_value_opportunities(population, all_person_facts(population, at), at);
  EXPECT_EQ(r.at, at);
  ASSERT_EQ(r.rows.size(), 16u);  // 2 PCNs x 8 settings, PCN-major
  EXPECT_EQ(r.rows[0].pcn, 0);
  EXPECT_EQ(r.rows[1].setting, Setting::AeAttendance);
  EXPECT_EQ(r.rows[8].pcn, 1);

  const OpportunityRow& a = row_of(r, 0, Setting::EmergencyAdmission);
  EXPECT_EQ(a.persons, 7);
  EXPECT_EQ(a.ratio.observed, 6);
  EXPECT_NEAR(a.ratio.expected, 4.5, 1e-12);
  EXPECT_NEAR(a.ratio.ratio, 4.0 / 3.0, 1e-12);
  EXPECT_EQ(a.cost_pence, 1500000);
  EXPECT_NEAR(a.benchmark_ratio, 14.0 / 15.0, 1e-12);
  EXPECT_NEAR(a.excess_events, 1.8, 1e-12);
  EXPECT_EQ(a.opportunity_pence, 450000);
  EXPECT_EQ(a.limits.lower95, funnel_limits(4.5).lower95);
  EXPECT_EQ(a.limits.upper998, funnel_limits(4.5).upper998);
  EXPECT_EQ(a.ratio.lower, indirectly_standardised_ratio(6, 4.5).lower);

  const OpportunityRow& b = row_of(r, 1, Setting::EmergencyAdmission);
  EXPECT_EQ(b.persons, 7);
  EXPECT_EQ(b.ratio.observed, 6);
  EXPECT_NEAR(b.ratio.expected, 7.5, 1e-12);
  EXPECT_NEAR(b.ratio.ratio, 0.8, 1e-12);
  EXPECT_EQ(b.cost_pence, 950000);
  EXPECT_EQ(b.excess_events, 0);
  EXPECT_EQ(b.opportunity_pence, 0);

  const OpportunityRow& gp = row_of(r, 0, Setting::GpAppointment);
  EXPECT_NEAR(gp.ratio.expected, 4.0 / 6.0, 1e-12);
  EXPECT_NEAR(gp.benchmark_ratio, 0.375, 1e-12);
  EXPECT_NEAR(gp.excess_events, 0.75, 1e-12);
  EXPECT_EQ(gp.cost_pence, 3000);
  EXPECT_EQ(gp.opportunity_pence, 2250);
  EXPECT_EQ(row_of(r, 1, Setting::GpAppointment).ratio.ratio, 0);

  // A setting nobody used: nothing expected, no ratio, no opportunity.
  const OpportunityRow& social = row_of(r, 0, Setting::SocialCarePackage);
  EXPECT_EQ(social.ratio.expected, 0);
  EXPECT_TRUE(std::isnan(social.ratio.ratio));
  EXPECT_EQ(social.opportunity_pence, 0);

  const SettingOpportunity& emergency_total = r.by_setting[static_cast<int>(Setting::EmergencyAdmission)];
  EXPECT_EQ(emergency_total.setting, Setting::EmergencyAdmission);
  EXPECT_EQ(emergency_total.events, 12);
  EXPECT_EQ(emergency_total.cost_pence, 2450000);
  EXPECT_EQ(emergency_total.opportunity_pence, 450000);
  EXPECT_NEAR(emergency_total.benchmark_ratio, 14.0 / 15.0, 1e-12);
  EXPECT_EQ(r.by_setting[static_cast<int>(Setting::GpAppointment)].opportunity_pence, 2250);
  EXPECT_EQ(r.total_opportunity_pence, 452250);
}

TEST(PhmValueOpportunities, OneThreadAndTwoAgreeOnALargerPopulation) {
  // 5,000 persons copied from the hand-built PCNs' pattern so parallel_ranges splits the work.
  std::vector<PersonSpec> p;
  for (int i = 0; i < 5000; ++i) {
    PersonSpec s = woman({1940 + i % 80, 1 + i % 12}, static_cast<uint16_t>(i % 3));
    for (int k = 0; k < i % 4; ++k)
      s.events.push_back({ymd(2024, 5 + k, 1), static_cast<Setting>((i + k) % kSettingCount), 1000u + i});
    p.push_back(s);
  }
  const Population population = build_population(p, {0, 0, 0}, ymd(2023, 4, 1), ymd(2025, 3, 31));
  const Date at = ymd(2025, 4, 1);
  const auto facts = all_person_facts(population, at);
  const ValueReport one = find_value_opportunities(population, facts, at, 1);
  const ValueReport two = find_value_opportunities(population, facts, at, 2);
  ASSERT_EQ(one.rows.size(), 24u);
  double observed = 0, expected = 0;
  for (size_t i = 0; i < one.rows.size(); ++i) {
    EXPECT_EQ(one.rows[i].cost_pence, two.rows[i].cost_pence);
    EXPECT_EQ(one.rows[i].ratio.expected, two.rows[i].ratio.expected);
    observed += one.rows[i].ratio.observed;
    expected += one.rows[i].ratio.expected;
  }
  EXPECT_NEAR(observed, expected, 1e-6);  // indirect standardisation to the ICS's own rates
  EXPECT_EQ(one.total_opportunity_pence, two.total_opportunity_pence);
}

TEST(PhmValueOpportunities, FactsMustCoverEveryPerson) {
  const Population population = two_pcns();
  EXPECT_THROW(find_value_opportunities(population, {}, ymd(2025, 4, 1)), std::invalid_argument);
}

}  // namespace
}  // namespace ics::phm
