// Workforce against plan: variances, which direction is adverse, and the system's sums and weighted rates.
#include "finance/workforce_report.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace ics::finance {
namespace {

using W = WorkforceMeasure;
const Month kJune{2024, 6};

WorkforceEntry entry(const char* org, WorkforceMeasure measure, std::optional<double> plan,
                     std::optional<double> actual, Month month = kJune) {
  return {org, month, measure, plan, actual};
}

std::vector<WorkforceEntry> two_trusts() {
  return {
      entry("RBB", W::SubstantiveWte, 500, 550),    entry("RBB", W::SicknessRate, std::nullopt, 2.0),
      entry("RBB", W::VacancyRate, 10, 12),         entry("RBB", W::AgencyWte, 10, std::nullopt),
      entry("RAA", W::SubstantiveWte, 1000, 950),   entry("RAA", W::BankWte, 50, 60),
      entry("RAA", W::AgencyWte, 20, 15),           entry("RAA", W::SicknessRate, 4.0, 5.0),
      entry("RAA", W::VacancyRate, 8, 6),           entry("RAA", W::BankWte, 50, 999, Month{2024, 5}),
  };
}

const WorkforceRow& find(const std::vector<WorkforceRow>& rows, const std::string& org, WorkforceMeasure measure) {
  for (const auto& r : rows)
    if (r.org_code == org && r.measure == measure) return r;
  throw std::logic_error("no row");
}

TEST(WorkforceReport, SystemFirstThenOrganisationsByCodeAndMeasure) {
  const auto rows = workforce_report(two_trusts(), kJune);
  ASSERT_EQ(rows.size(), 14u);
  const std::vector<std::pair<std::string, WorkforceMeasure>> order = {
      {"", W::SubstantiveWte},    {"", W::BankWte},     {"", W::AgencyWte},       {"", W::SicknessRate},
      {"", W::VacancyRate},       {"RAA", W::SubstantiveWte}, {"RAA", W::BankWte}, {"RAA", W::AgencyWte},
      {"RAA", W::SicknessRate},   {"RAA", W::VacancyRate}, {"RBB", W::SubstantiveWte}, {"RBB", W::AgencyWte},
      {"RBB", W::SicknessRate},   {"RBB", W::VacancyRate}};
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].org_code, order[i].first) << i;
    EXPECT_EQ(rows[i].measure, order[i].second) << i;
  }
}

TEST(WorkforceReport, AdverseIsOverPlanExceptForSubstantiveStaff) {
  const auto rows = workforce_report(two_trusts(), kJune);
  const auto& substantive_short = find(rows, "RAA", W::SubstantiveWte);
  EXPECT_EQ(substantive_short.variance, -50);
  EXPECT_TRUE(substantive_short.adverse);
  const auto& substantive_over = find(rows, "RBB", W::SubstantiveWte);
  EXPECT_EQ(substantive_over.variance, 50);
  EXPECT_FALSE(substantive_over.adverse);

  EXPECT_EQ(find(rows, "RAA", W::BankWte).variance, 10);  // May's 999 is another month
  EXPECT_TRUE(find(rows, "RAA", W::BankWte).adverse);
  EXPECT_EQ(find(rows, "RAA", W::AgencyWte).variance, -5);
  EXPECT_FALSE(find(rows, "RAA", W::AgencyWte).adverse);
  EXPECT_EQ(find(rows, "RAA", W::SicknessRate).variance, 1.0);
  EXPECT_TRUE(find(rows, "RAA", W::SicknessRate).adverse);
  EXPECT_EQ(find(rows, "RAA", W::VacancyRate).variance, -2);
  EXPECT_FALSE(find(rows, "RAA", W::VacancyRate).adverse);
  EXPECT_EQ(find(rows, "RBB", W::VacancyRate).variance, 2);
  EXPECT_TRUE(find(rows, "RBB", W::VacancyRate).adverse);
}

TEST(WorkforceReport, NoVarianceWithoutBothFigures) {
  const auto rows = workforce_report(two_trusts(), kJune);
  const auto& no_plan = find(rows, "RBB", W::SicknessRate);
  EXPECT_FALSE(no_plan.plan);
  EXPECT_EQ(no_plan.actual, 2.0);
  EXPECT_FALSE(no_plan.variance);
  EXPECT_FALSE(no_plan.adverse);
  EXPECT_FALSE(find(rows, "RBB", W::AgencyWte).variance);
}

TEST(WorkforceReport, SystemSumsWteAndWeightsRatesBySubstantiveWte) {
  const auto rows = workforce_report(two_trusts(), kJune);
  const auto& substantive = find(rows, "", W::SubstantiveWte);
  EXPECT_EQ(substantive.plan, 1500);
  EXPECT_EQ(substantive.actual, 1500);
  EXPECT_EQ(substantive.variance, 0);
  EXPECT_FALSE(substantive.adverse);
  EXPECT_EQ(find(rows, "", W::BankWte).actual, 60);
  // RBB's agency actual is missing: a sum of RAA's alone would understate the system.
  const auto& agency = find(rows, "", W::AgencyWte);
  EXPECT_EQ(agency.plan, 30);
  EXPECT_FALSE(agency.actual);
  EXPECT_FALSE(agency.variance);

  // Vacancy plan (8 x 1000 + 10 x 500) / 1500; actual (6 x 950 + 12 x 550) / 1500 = 8.2.
  const auto& vacancy = find(rows, "", W::VacancyRate);
  EXPECT_DOUBLE_EQ(*vacancy.plan, 13000.0 / 1500.0);
  EXPECT_DOUBLE_EQ(*vacancy.actual, 8.2);
  EXPECT_FALSE(vacancy.adverse);
  // Sickness: only RAA plans it (4.0); actual (5 x 950 + 2 x 550) / 1500 = 3.9.
  const auto& sickness = find(rows, "", W::SicknessRate);
  EXPECT_DOUBLE_EQ(*sickness.plan, 4.0);
  EXPECT_DOUBLE_EQ(*sickness.actual, 3.9);
  EXPECT_FALSE(sickness.adverse);
}

TEST(WorkforceReport, PlainAverageOfRatesWhenSubstantiveWteIsMissing) {
  const std::vector<WorkforceEntry> entries = {
      entry("RAA", W::SubstantiveWte, 1000, 900), entry("RAA", W::SicknessRate, 4, 6),
      entry("RBB", W::SicknessRate, 4, 3)};  // no WTE from RBB
  const auto rows = workforce_report(entries, kJune);
  const auto& sickness = find(rows, "", W::SicknessRate);
  EXPECT_DOUBLE_EQ(*sickness.plan, 4.0);
  EXPECT_DOUBLE_EQ(*sickness.actual, 4.5);
  EXPECT_DOUBLE_EQ(*sickness.variance, 0.5);
  EXPECT_TRUE(sickness.adverse);
}

TEST(WorkforceReport, NothingForAMonthWithoutReturns) {
  EXPECT_TRUE(workforce_report(two_trusts(), Month{2024, 7}).empty());
}

}  // namespace
}  // namespace ics::finance
