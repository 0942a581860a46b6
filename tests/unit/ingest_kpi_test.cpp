#include <gtest/gtest.h>

#include "core/errors.h"
#include "ingest/kpi_csv.h"
#include "performance/metric_catalogue.h"
#include "store/store.h"

namespace ics {
namespace {

std::vector<std::string> messages(const InputError& e) {
  std::vector<std::string> out;
  for (const auto& p : e.problems()) out.push_back(p.to_string());
  return out;
}

class KpiImport : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(":memory:");
    store_->upsert_metrics(standard_metric_catalogue());
  }
  // Imports text and returns every problem message (empty on success).
  std::vector<std::string> import(const std::string& text) {
    try {
      import_kpi_csv(parse_csv(text, "kpi.csv"), *store_);
      return {};
    } catch (const InputError& e) {
      return messages(e);
    }
  }
  std::unique_ptr<Store> store_;
};

constexpr const char* kHeader = "metric_id,org_code,month,numerator,denominator,value\n";

TEST_F(KpiImport, ReadsValuesAndDerivesValueFromNumeratorAndDenominator) {
  auto problems = import(std::string(kHeader) +
                         "ae_4hr,RX1,2019-03,750,1000,\n"
                         "rtt_52wk,RX1,2019-03,,,12\n"
                         "rtt_18wk,RK5,2019-02,80,100,0.8\n");
  ASSERT_TRUE(problems.empty()) << problems[0];
  auto all = store_->observations({});
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].metric_id, "ae_4hr");
  EXPECT_EQ(all[0].value, 0.75);
  EXPECT_EQ(*all[0].numerator, 750);
  EXPECT_EQ(all[1].metric_id, "rtt_18wk");
  EXPECT_EQ(all[2].metric_id, "rtt_52wk");
  EXPECT_EQ(all[2].value, 12);
  EXPECT_FALSE(all[2].numerator);
}

TEST_F(KpiImport, ColumnsMayComeInAnyOrder) {
  auto problems = import("value,month,org_code,metric_id,numerator,denominator\n0.5,2019-01,RX1,ae_4hr,,\n");
  ASSERT_TRUE(problems.empty()) << problems[0];
  EXPECT_EQ(store_->observations({})[0].value, 0.5);
}

TEST_F(KpiImport, NamesEveryMissingColumn) {
  EXPECT_EQ(import("metric_id,org_code,numerator,denominator\nae_4hr,RX1,1,2\n"),
            (std::vector<std::string>{"kpi.csv:1: missing column \"month\"", "kpi.csv:1: missing column \"value\""}));
}

TEST_F(KpiImport, ReportsANonNumberAtItsLineAndColumn) {
  EXPECT_EQ(import(std::string(kHeader) + "ae_4hr,RX1,2019-03,,,0.9\nae_4hr,RX1,2019-02,,,n/a\n"),
            (std::vector<std::string>{"kpi.csv:3:6: value \"n/a\" is not a number"}));
}

TEST_F(KpiImport, ReportsBadMonths) {
  EXPECT_EQ(import(std::string(kHeader) + "ae_4hr,RX1,2019-13,,,0.9\nae_4hr,RX1,March 2019,,,0.9\n"
                                          "ae_4hr,RX1,2019-03-01,,,0.9\n"),
            (std::vector<std::string>{"kpi.csv:2:3: month \"2019-13\" is not a month (YYYY-MM)",
                                      "kpi.csv:3:3: month \"March 2019\" is not a month (YYYY-MM)",
                                      "kpi.csv:4:3: month \"2019-03-01\" is not a month (YYYY-MM)"}));
}

TEST_F(KpiImport, ReportsUnknownMetricsAndEmptyOrgCodes) {
  EXPECT_EQ(import(std::string(kHeader) + "ae_5hr,RX1,2019-03,,,0.9\nae_4hr,,2019-03,,,0.9\n"),
            (std::vector<std::string>{"kpi.csv:2:1: unknown metric id \"ae_5hr\"", "kpi.csv:3:2: empty org code"}));
}

TEST_F(KpiImport, ReportsADuplicateRowNamingTheFirstLine) {
  EXPECT_EQ(import(std::string(kHeader) + "ae_4hr,RX1,2019-03,,,0.9\nae_4hr,RK5,2019-03,,,0.9\n"
                                          "ae_4hr,RX1,2019-03,,,0.8\n"),
            (std::vector<std::string>{
                "kpi.csv:4:1: duplicate row for metric \"ae_4hr\", org \"RX1\", month 2019-03 (first on line 2)"}));
}

TEST_F(KpiImport, ReportsZeroDenominatorsMissingValuesAndDisagreement) {
  EXPECT_EQ(import(std::string(kHeader) + "ae_4hr,RX1,2019-01,5,0,\n"
                                          "ae_4hr,RX1,2019-02,5,,\n"
                                          "ae_4hr,RX1,2019-03,3,4,0.7\n"
                                          "ae_4hr,RX1,2019-04,1,3,0.33333333333333331\n"),
            (std::vector<std::string>{
                "kpi.csv:2:5: denominator is 0",
                "kpi.csv:3:6: value is missing (give a value, or a numerator and a denominator)",
                "kpi.csv:4:6: value 0.7 does not equal numerator / denominator (0.75)"}));
}

TEST_F(KpiImport, CollectsEveryProblemAndStoresNothing) {
  store_->put_observations({Observation{"ae_4hr", "RX1", {2018, 1}, std::nullopt, std::nullopt, 0.5}});
  auto problems = import(std::string(kHeader) +
                         "ae_4hr,RX1,2018-01,,,0.99\n"  // a good row that would revise the stored one
                         "ae_4hr,RX1,2019-02,,,x\n"
                         "nope,RX1,2019-02,,,1\n");
  EXPECT_EQ(problems.size(), 2u);
  auto all = store_->observations({});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].value, 0.5);
}

TEST_F(KpiImport, ReimportCountsRevisionsAndUnchangedRows) {
  const std::string first = std::string(kHeader) + "ae_4hr,RX1,2019-03,,,0.9\nae_4hr,RX1,2019-02,,,0.8\n";
  auto s1 = import_kpi_csv(parse_csv(first, "a.csv"), *store_);
  EXPECT_EQ(s1.added, 2u);
  const std::string second = std::string(kHeader) + "ae_4hr,RX1,2019-03,,,0.91\nae_4hr,RX1,2019-02,,,0.8\n";
  auto s2 = import_kpi_csv(parse_csv(second, "b.csv"), *store_);
  EXPECT_EQ(s2.added, 0u);
  EXPECT_EQ(s2.replaced, 1u);
  EXPECT_EQ(s2.unchanged, 1u);
}

}  // namespace
}  // namespace ics
