// Activity plan vs actual by point of delivery: year to date, variance %, and year on year.
#include "finance/activity_report.h"

#include <gtest/gtest.h>

#include <vector>

namespace ics::finance {
namespace {

using P = ActivityPod;

ActivityEntry entry(const char* org, int year, int month, ActivityPod pod, long long plan,
                    std::optional<long long> actual) {
  return {org, Month{year, month}, pod, plan, actual};
}

// Reported at June 2024 (M03 of 2024/25), with April..June 2023 a year earlier.
std::vector<ActivityEntry> two_trusts() {
  return {
      entry("RBB", 2024, 4, P::DayCase, 200, 200),       entry("RBB", 2024, 5, P::DayCase, 200, 190),
      entry("RBB", 2024, 6, P::DayCase, 200, 210),       entry("RBB", 2023, 4, P::DayCase, 180, 150),
      entry("RBB", 2023, 5, P::DayCase, 180, 150),       entry("RBB", 2023, 6, P::DayCase, 180, 200),
      entry("RBB", 2024, 4, P::AandE, 0, 10),            entry("RBB", 2024, 5, P::AandE, 0, 20),
      entry("RBB", 2024, 6, P::AandE, 0, 30),            entry("RBB", 2024, 6, P::Diagnostics, 0, std::nullopt),
      entry("RAA", 2024, 4, P::DayCase, 100, 90),        entry("RAA", 2024, 5, P::DayCase, 100, 110),
      entry("RAA", 2024, 6, P::DayCase, 100, 120),       entry("RAA", 2024, 7, P::DayCase, 100, std::nullopt),
      entry("RAA", 2023, 4, P::DayCase, 90, 80),         entry("RAA", 2023, 5, P::DayCase, 90, 100),
      entry("RAA", 2023, 6, P::DayCase, 90, 120),        entry("RAA", 2023, 7, P::DayCase, 90, 999),
      entry("RAA", 2024, 3, P::DayCase, 90, 999),        // March 2024 is the end of 2023/24, not this year
      entry("RAA", 2024, 4, P::OutpatientFirst, 50, 40), entry("RAA", 2024, 5, P::OutpatientFirst, 50, 45),
      entry("RAA", 2024, 6, P::OutpatientFirst, 50, std::nullopt),
      entry("RAA", 2023, 4, P::OutpatientFirst, 50, 40), entry("RAA", 2023, 5, P::OutpatientFirst, 50, 45),
      entry("RAA", 2023, 6, P::OutpatientFirst, 50, std::nullopt),  // last year incomplete
  };
}

TEST(ActivityReport, SystemRowsFirstThenEachOrganisationByCodeAndPod) {
  const auto rows = activity_report(two_trusts(), Month{2024, 6});
  ASSERT_EQ(rows.size(), 7u);
  const std::vector<std::pair<std::string, ActivityPod>> order = {
      {"", P::DayCase},     {"", P::OutpatientFirst}, {"", P::AandE},   {"RAA", P::DayCase},
      {"RAA", P::OutpatientFirst}, {"RBB", P::DayCase}, {"RBB", P::AandE}};
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].org_code, order[i].first) << i;
    EXPECT_EQ(rows[i].pod, order[i].second) << i;
  }
  // Diagnostics had neither a plan nor an actual, so it has no row.
}

TEST(ActivityReport, YearToDateVarianceAndPercent) {
  const auto rows = activity_report(two_trusts(), Month{2024, 6});
  const auto& raa_day_case = rows[3];
  EXPECT_EQ(raa_day_case.ytd_plan, 300);
  EXPECT_EQ(raa_day_case.ytd_actual, 320);  // July's plan and last March's actual are outside
  EXPECT_EQ(raa_day_case.ytd_variance, 20);
  ASSERT_TRUE(raa_day_case.variance_percent);
  EXPECT_DOUBLE_EQ(*raa_day_case.variance_percent, 20.0 / 3.0);

  const auto& raa_outpatients = rows[4];  // June not yet reported: counts as nothing delivered
  EXPECT_EQ(raa_outpatients.ytd_plan, 150);
  EXPECT_EQ(raa_outpatients.ytd_actual, 85);
  EXPECT_EQ(raa_outpatients.ytd_variance, -65);
  EXPECT_DOUBLE_EQ(*raa_outpatients.variance_percent, -130.0 / 3.0);

  const auto& rbb_ae = rows[6];  // unplanned activity: no percentage of a zero plan
  EXPECT_EQ(rbb_ae.ytd_plan, 0);
  EXPECT_EQ(rbb_ae.ytd_actual, 60);
  EXPECT_EQ(rbb_ae.ytd_variance, 60);
  EXPECT_FALSE(rbb_ae.variance_percent);

  const auto& system_day_case = rows[0];
  EXPECT_EQ(system_day_case.ytd_plan, 900);
  EXPECT_EQ(system_day_case.ytd_actual, 920);
  EXPECT_EQ(system_day_case.ytd_variance, 20);
  EXPECT_DOUBLE_EQ(*system_day_case.variance_percent, 20.0 / 9.0);
  EXPECT_EQ(rows[5].ytd_variance, 0);
  EXPECT_DOUBLE_EQ(*rows[5].variance_percent, 0.0);
}

TEST(ActivityReport, YearOnYearWhenLastYearIsComplete) {
  const auto rows = activity_report(two_trusts(), Month{2024, 6});
  // RAA day case: April..June 2023 = 80 + 100 + 120 = 300 (July 2023 is later in the year).
  EXPECT_EQ(rows[3].last_year_ytd_actual, 300);
  EXPECT_DOUBLE_EQ(*rows[3].year_on_year_percent, 20.0 / 3.0);
  // RBB day case: 500 last year, 600 now.
  EXPECT_EQ(rows[5].last_year_ytd_actual, 500);
  EXPECT_DOUBLE_EQ(*rows[5].year_on_year_percent, 20.0);
  // The system: 800 -> 920.
  EXPECT_EQ(rows[0].last_year_ytd_actual, 800);
  EXPECT_DOUBLE_EQ(*rows[0].year_on_year_percent, 15.0);
}

TEST(ActivityReport, NoYearOnYearWhenLastYearIsIncomplete) {
  const auto rows = activity_report(two_trusts(), Month{2024, 6});
  EXPECT_FALSE(rows[4].last_year_ytd_actual);  // June 2023 outpatients never reported
  EXPECT_FALSE(rows[4].year_on_year_percent);
  EXPECT_FALSE(rows[1].last_year_ytd_actual);
  EXPECT_FALSE(rows[6].last_year_ytd_actual);  // no A&E rows last year at all
  EXPECT_FALSE(rows[2].last_year_ytd_actual);

  // One trust's gap leaves the system without a comparison, though the other trust keeps its own.
  auto entries = two_trusts();
  std::erase_if(entries, [](const ActivityEntry& e) { return e.org_code == "RBB" && e.month == Month{2023, 5}; });
  const auto gapped = activity_report(entries, Month{2024, 6});
  EXPECT_FALSE(gapped[0].last_year_ytd_actual);
  EXPECT_FALSE(gapped[0].year_on_year_percent);
  EXPECT_EQ(gapped[3].last_year_ytd_actual, 300);
  EXPECT_FALSE(gapped[5].last_year_ytd_actual);
}

TEST(ActivityReport, YearOnYearFromNothingHasNoPercentage) {
  const std::vector<ActivityEntry> entries = {entry("RAA", 2025, 4, P::NonElective, 10, 12),
                                              entry("RAA", 2024, 4, P::NonElective, 10, 0)};
  const auto rows = activity_report(entries, Month{2025, 4});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].last_year_ytd_actual, 0);
  EXPECT_FALSE(rows[1].year_on_year_percent);
  EXPECT_DOUBLE_EQ(*rows[1].variance_percent, 20.0);
}

TEST(ActivityReport, MarchClosesTheYear) {
  std::vector<ActivityEntry> entries;
  for (int m = 1; m <= 12; ++m) {
    const int year = m >= 4 ? 2024 : 2025;
    entries.push_back(entry("RAA", year, m, P::ElectiveOrdinary, 10, m));
    entries.push_back(entry("RAA", year - 1, m, P::ElectiveOrdinary, 10, 1));
  }
  const auto rows = activity_report(entries, Month{2025, 3});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].ytd_plan, 120);
  EXPECT_EQ(rows[1].ytd_actual, 78);  // 1 + 2 + ... + 12
  EXPECT_EQ(rows[1].last_year_ytd_actual, 12);
  EXPECT_DOUBLE_EQ(*rows[1].year_on_year_percent, 550.0);
}

}  // namespace
}  // namespace ics::finance
