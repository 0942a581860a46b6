#include "store/finance_store.h"

#include <gtest/gtest.h>

#include "store/store.h"

namespace ics {
namespace {

LedgerEntry entry(std::string org, Month month, FinanceLine line, Pence plan,
                  std::optional<Pence> actual = std::nullopt, std::optional<Pence> forecast = std::nullopt) {
  return LedgerEntry{std::move(org), month, line, plan, actual, forecast};
}

std::vector<std::string> months_of(const std::vector<LedgerEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.month.to_string());
  return out;
}

class FinanceStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = Store::open(":memory:"); }
  FinanceStore& finance() { return store_->finance(); }
  std::unique_ptr<Store> store_;
};

// Counts as {added, replaced, unchanged}, for one-line comparisons.
std::vector<size_t> counts(const FinancePutSummary& s) { return {s.added, s.replaced, s.unchanged}; }

TEST_F(FinanceStoreTest, LedgerRowsRoundTripWithEveryField) {
  const std::vector<LedgerEntry> rows{
      entry("RX1", {2024, 4}, FinanceLine::Income, 10'000'000'00, 10'250'000'99, std::nullopt),
      entry("RX1", {2024, 4}, FinanceLine::NonOperating, -1'50, std::nullopt, -2'00),
      entry("RX1", {2024, 5}, FinanceLine::Capital, 0, 0, 0),
  };
  EXPECT_EQ(finance().put_ledger(rows).total(), 3u);
  EXPECT_EQ(finance().ledger(2024), rows);
}

TEST_F(FinanceStoreTest, TheLedgerOfAYearRunsFromAprilToMarch) {
  finance().put_ledger({entry("RX1", {2024, 3}, FinanceLine::Pay, 1), entry("RX1", {2024, 4}, FinanceLine::Pay, 2),
                        entry("RX1", {2025, 3}, FinanceLine::Pay, 3), entry("RX1", {2025, 4}, FinanceLine::Pay, 4),
                        entry("RX1", {2024, 12}, FinanceLine::Pay, 5), entry("RX1", {2025, 1}, FinanceLine::Pay, 6)});
  EXPECT_EQ(months_of(finance().ledger(2024)),
            (std::vector<std::string>{"2024-04", "2024-12", "2025-01", "2025-03"}));
  EXPECT_EQ(months_of(finance().ledger(2023)), std::vector<std::string>{"2024-03"});
  EXPECT_EQ(months_of(finance().ledger(2025)), std::vector<std::string>{"2025-04"});
  EXPECT_TRUE(finance().ledger(2022).empty());
  EXPECT_EQ(finance().ledger_years(), (std::vector<int>{2025, 2024, 2023}));
}

TEST_F(FinanceStoreTest, TheLedgerIsOrderedByOrganisationMonthAndLineAsListed) {
  finance().put_ledger(
      {entry("RX2", {2024, 4}, FinanceLine::Income, 1), entry("RX1", {2024, 5}, FinanceLine::Income, 2),
       entry("RX1", {2024, 4}, FinanceLine::Pay, 3), entry("RX1", {2024, 4}, FinanceLine::Income, 4),
       entry("RX1", {2024, 4}, FinanceLine::Capital, 5), entry("RX1", {2024, 4}, FinanceLine::NonPay, 6)});
  std::vector<Pence> plans;
  for (const auto& e : finance().ledger(2024)) plans.push_back(e.plan);
  // Income, pay, non-pay, capital: the enum's order, not the alphabet's.
  EXPECT_EQ(plans, (std::vector<Pence>{4, 3, 6, 5, 2, 1}));
}

TEST_F(FinanceStoreTest, PutsCountAddedReplacedAndUnchangedRows) {
  const std::vector<LedgerEntry> first{entry("RX1", {2024, 4}, FinanceLine::Pay, 100),
                                       entry("RX1", {2024, 5}, FinanceLine::Pay, 100),
                                       entry("RX1", {2024, 6}, FinanceLine::Pay, 100, std::nullopt, 90)};
  EXPECT_EQ(counts(finance().put_ledger(first)), (std::vector<size_t>{3, 0, 0}));
  EXPECT_EQ(counts(finance().put_ledger(first)), (std::vector<size_t>{0, 0, 3}));
  // Month 4 gains an actual (NULL -> value), month 6 loses its forecast (value -> NULL), month 7 is new.
  const std::vector<LedgerEntry> second{entry("RX1", {2024, 4}, FinanceLine::Pay, 100, 104),
                                        entry("RX1", {2024, 5}, FinanceLine::Pay, 100),
                                        entry("RX1", {2024, 6}, FinanceLine::Pay, 100),
                                        entry("RX1", {2024, 7}, FinanceLine::Pay, 100)};
  const FinancePutSummary summary = finance().put_ledger(second);
  EXPECT_EQ(counts(summary), (std::vector<size_t>{1, 2, 1}));
  EXPECT_EQ(summary.total(), 4u);
  EXPECT_EQ(finance().ledger(2024), second);

  EXPECT_EQ(counts(finance().put_envelopes({{2024, EnvelopeKind::Revenue, 5}})), (std::vector<size_t>{1, 0, 0}));
  EXPECT_EQ(counts(finance().put_envelopes({{2024, EnvelopeKind::Revenue, 6}, {2024, EnvelopeKind::Capital, 1}})),
            (std::vector<size_t>{1, 1, 0}));
  const ActivityEntry visit{"RX1", {2024, 4}, ActivityPod::DayCase, 10, std::nullopt};
  EXPECT_EQ(counts(finance().put_activity({visit})), (std::vector<size_t>{1, 0, 0}));
  EXPECT_EQ(counts(finance().put_activity({visit, ActivityEntry{"RX1", {2024, 4}, ActivityPod::DayCase, 10, 9}})),
            (std::vector<size_t>{0, 1, 1}));
  const WorkforceEntry wte{"RX1", {2024, 4}, WorkforceMeasure::BankWte, 10.5, std::nullopt};
  EXPECT_EQ(counts(finance().put_workforce({wte})), (std::vector<size_t>{1, 0, 0}));
  EXPECT_EQ(counts(finance().put_workforce({wte})), (std::vector<size_t>{0, 0, 1}));
  EXPECT_EQ(counts(finance().put_workforce({WorkforceEntry{"RX1", {2024, 4}, WorkforceMeasure::BankWte, 10.25, 11.0}})),
            (std::vector<size_t>{0, 1, 0}));
}

TEST_F(FinanceStoreTest, ABadRowWritesNothingOfItsBatch) {
  EXPECT_THROW(finance().put_ledger({entry("RX1", {2024, 4}, FinanceLine::Pay, 1),
                                     entry("RX1", {2024, 5}, static_cast<FinanceLine>(99), 1)}),
               std::runtime_error);
  EXPECT_THROW(finance().put_ledger(
                   {entry("RX1", {2024, 4}, FinanceLine::Pay, 1), entry("RX1", {2024, 13}, FinanceLine::Pay, 1)}),
               std::runtime_error);
  EXPECT_THROW(finance().put_activity({ActivityEntry{"RX1", {2024, 4}, static_cast<ActivityPod>(-1), 1, 1}}),
               std::runtime_error);
  EXPECT_TRUE(finance().ledger_years().empty());
  EXPECT_TRUE(finance().activity({2024, 1}, {2024, 12}).empty());
}

TEST_F(FinanceStoreTest, EnvelopesAreByYearAndOrderedByKind) {
  finance().put_envelopes({{2024, EnvelopeKind::Capital, 120'000'000'00},
                           {2024, EnvelopeKind::Revenue, 4'100'000'000'00},
                           {2025, EnvelopeKind::Revenue, 1}});
  EXPECT_EQ(finance().envelopes(2024), (std::vector<Envelope>{{2024, EnvelopeKind::Revenue, 4'100'000'000'00},
                                                              {2024, EnvelopeKind::Capital, 120'000'000'00}}));
  EXPECT_EQ(finance().envelopes(2025), (std::vector<Envelope>{{2025, EnvelopeKind::Revenue, 1}}));
  EXPECT_TRUE(finance().envelopes(2023).empty());
}

TEST_F(FinanceStoreTest, ActivityAndWorkforceMonthRangesAreInclusive) {
  std::vector<ActivityEntry> activity;
  std::vector<WorkforceEntry> workforce;
  for (int m = 3; m <= 6; ++m) {
    activity.push_back({"RX2", {2024, m}, ActivityPod::ElectiveOrdinary, 100 + m, 90 + m});
    activity.push_back({"RX1", {2024, m}, ActivityPod::Diagnostics, 200 + m, std::nullopt});
    activity.push_back({"RX1", {2024, m}, ActivityPod::AandE, 300 + m, 310 + m});
    workforce.push_back({"RX1", {2024, m}, WorkforceMeasure::VacancyRate, std::nullopt, 7.25});
    workforce.push_back({"RX1", {2024, m}, WorkforceMeasure::SubstantiveWte, 1000.5 + m, 990.0});
  }
  finance().put_activity(activity);
  finance().put_workforce(workforce);

  const std::vector<ActivityEntry> want{{"RX1", {2024, 4}, ActivityPod::AandE, 304, 314},
                                        {"RX1", {2024, 4}, ActivityPod::Diagnostics, 204, std::nullopt},
                                        {"RX1", {2024, 5}, ActivityPod::AandE, 305, 315},
                                        {"RX1", {2024, 5}, ActivityPod::Diagnostics, 205, std::nullopt},
                                        {"RX2", {2024, 4}, ActivityPod::ElectiveOrdinary, 104, 94},
                                        {"RX2", {2024, 5}, ActivityPod::ElectiveOrdinary, 105, 95}};
  EXPECT_EQ(finance().activity({2024, 4}, {2024, 5}), want);
  EXPECT_EQ(finance().activity({2024, 6}, {2024, 6}).size(), 3u);
  EXPECT_TRUE(finance().activity({2024, 7}, {2025, 3}).empty());

  const std::vector<WorkforceEntry> wanted{{"RX1", {2024, 5}, WorkforceMeasure::SubstantiveWte, 1005.5, 990.0},
                                           {"RX1", {2024, 5}, WorkforceMeasure::VacancyRate, std::nullopt, 7.25},
                                           {"RX1", {2024, 6}, WorkforceMeasure::SubstantiveWte, 1006.5, 990.0},
                                           {"RX1", {2024, 6}, WorkforceMeasure::VacancyRate, std::nullopt, 7.25}};
  EXPECT_EQ(finance().workforce({2024, 5}, {2024, 6}), wanted);
  EXPECT_EQ(finance().workforce({2024, 1}, {2024, 12}).size(), 8u);
}

TEST_F(FinanceStoreTest, TheLatestActualMonthStaysInsideTheYear) {
  EXPECT_FALSE(finance().latest_actual_month(2024));
  finance().put_ledger({entry("RX1", {2024, 4}, FinanceLine::Pay, 1, 1),
                        entry("RX2", {2024, 9}, FinanceLine::Income, 1, 1),
                        entry("RX1", {2024, 10}, FinanceLine::Pay, 1, std::nullopt, 1),  // forecast only
                        entry("RX1", {2025, 4}, FinanceLine::Pay, 1, 1)});               // next year's
  EXPECT_EQ(finance().latest_actual_month(2024), (Month{2024, 9}));
  EXPECT_EQ(finance().latest_actual_month(2025), (Month{2025, 4}));
  EXPECT_FALSE(finance().latest_actual_month(2023));
  finance().put_ledger({entry("RX1", {2025, 3}, FinanceLine::Pay, 1, 7)});  // March closes the year
  EXPECT_EQ(finance().latest_actual_month(2024), (Month{2025, 3}));
}

TEST_F(FinanceStoreTest, ClearingFinanceDataEmptiesEveryTable) {
  finance().put_ledger({entry("RX1", {2024, 4}, FinanceLine::Pay, 1, 1)});
  finance().put_envelopes({{2024, EnvelopeKind::Revenue, 1}});
  finance().put_activity({{"RX1", {2024, 4}, ActivityPod::DayCase, 1, 1}});
  finance().put_workforce({{"RX1", {2024, 4}, WorkforceMeasure::AgencyWte, 1.0, 1.0}});
  finance().clear_finance_data();
  EXPECT_TRUE(finance().ledger(2024).empty());
  EXPECT_TRUE(finance().ledger_years().empty());
  EXPECT_TRUE(finance().envelopes(2024).empty());
  EXPECT_TRUE(finance().activity({2024, 4}, {2024, 4}).empty());
  EXPECT_TRUE(finance().workforce({2024, 4}, {2024, 4}).empty());
  // And it is a put away from being used again.
  EXPECT_EQ(finance().put_ledger({entry("RX1", {2024, 4}, FinanceLine::Pay, 1, 1)}).added, 1u);
}

TEST_F(FinanceStoreTest, ClearingOtherDataLeavesFinanceAlone) {
  finance().put_ledger({entry("RX1", {2024, 4}, FinanceLine::Pay, 1, 1)});
  store_->clear_performance_data();
  store_->assurance().clear_assurance_data("test");
  store_->governance().clear_governance_data("test");
  EXPECT_EQ(finance().ledger(2024).size(), 1u);
}

}  // namespace
}  // namespace ics
