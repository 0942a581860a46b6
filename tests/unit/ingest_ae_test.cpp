#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/errors.h"
#include "ingest/ae_attendances.h"
#include "performance/metric_catalogue.h"
#include "store/store.h"

namespace ics {
namespace {

constexpr const char* kHeader = "period,org_code,type,attendances,breaches,admissions\n";

std::vector<std::string> problems_of(const std::string& text) {
  try {
    read_ae_attendances_csv(parse_csv(text, "ae.csv"));
    return {};
  } catch (const InputError& e) {
    std::vector<std::string> out;
    for (const auto& p : e.problems()) out.push_back(p.to_string());
    return out;
  }
}

const Observation* find(const std::vector<Observation>& all, const std::string& metric, const std::string& org,
                        Month month) {
  for (const auto& o : all)
    if (o.metric_id == metric && o.org_code == org && o.month == month) return &o;
  return nullptr;
}

TEST(AeImport, DerivesPerTypeAndAllTypeObservations) {
  auto all = read_ae_attendances_csv(parse_csv(std::string(kHeader) +
                                                   "2019-03-01,RX1,1,1000,200,300\n"
                                                   "2019-03-01,RX1,2,100,0,0\n"
                                                   "2019-03-01,RX1,other,400,10,5\n",
                                               "ae.csv"));
  ASSERT_EQ(all.size(), 6u);
  const Month march{2019, 3};
  auto* t1 = find(all, "ae_4hr_type1", "RX1", march);
  ASSERT_TRUE(t1);
  EXPECT_EQ(*t1->numerator, 800);
  EXPECT_EQ(*t1->denominator, 1000);
  EXPECT_DOUBLE_EQ(t1->value, 0.8);
  EXPECT_DOUBLE_EQ(find(all, "ae_4hr_type2", "RX1", march)->value, 1.0);
  EXPECT_DOUBLE_EQ(find(all, "ae_4hr_other", "RX1", march)->value, 390.0 / 400);
  auto* total = find(all, "ae_4hr", "RX1", march);
  ASSERT_TRUE(total);
  EXPECT_EQ(*total->numerator, 1290);
  EXPECT_EQ(*total->denominator, 1500);
  EXPECT_DOUBLE_EQ(total->value, 1290.0 / 1500);
  EXPECT_EQ(find(all, "ae_attendances", "RX1", march)->value, 1500);
  EXPECT_EQ(find(all, "ae_admissions", "RX1", march)->value, 305);
}

TEST(AeImport, LeavesOutAFourHourProportionWithNoAttendances) {
  auto all = read_ae_attendances_csv(parse_csv(std::string(kHeader) + "2019-03-01,RX1,2,0,0,0\n", "ae.csv"));
  EXPECT_FALSE(find(all, "ae_4hr_type2", "RX1", {2019, 3}));
  EXPECT_FALSE(find(all, "ae_4hr", "RX1", {2019, 3}));
  EXPECT_EQ(find(all, "ae_attendances", "RX1", {2019, 3})->value, 0);
}

TEST(AeImport, NamesTheMissingColumn) {
  EXPECT_EQ(problems_of("period,org_code,type,attendances,admissions\n"),
            (std::vector<std::string>{"ae.csv:1: missing column \"breaches\""}));
}

TEST(AeImport, ReportsEveryBadCellAtItsPlace) {
  EXPECT_EQ(problems_of(std::string(kHeader) +
                        "2019-03-01,RX1,1,1000,200,300\n"
                        "2019-02-30,RX1,1,1000,200,300\n"
                        "2019-03-15,RX1,1,1000,200,300\n"
                        "01/03/2019,RX1,1,1000,200,300\n"
                        "2019-03-01,RX1,3,1000,200,300\n"
                        "2019-03-01,RK5,1,-4,0,0\n"
                        "2019-03-01,RK5,2,12.5,0,n/a\n"
                        "2019-03-01,RK5,other,10,11,0\n"
                        "2019-03-01,,other,10,1,0\n"
                        "2019-03-01,RX1,1,999,1,1\n"),
            (std::vector<std::string>{
                "ae.csv:3:1: period \"2019-02-30\" is not a date (YYYY-MM-DD)",
                "ae.csv:4:1: period 2019-03-15 is not the first of a month",
                "ae.csv:5:1: period \"01/03/2019\" is not a date (YYYY-MM-DD)",
                "ae.csv:6:3: type \"3\" is not one of 1, 2, other",
                "ae.csv:7:4: attendances -4 is negative",
                "ae.csv:8:4: attendances \"12.5\" is not a whole number",
                "ae.csv:8:6: admissions \"n/a\" is not a whole number",
                "ae.csv:9:5: breaches 11 exceed attendances 10",
                "ae.csv:10:2: empty org code",
                "ae.csv:11:3: duplicate row for period 2019-03-01, org \"RX1\", type 1 (first on line 2)",
            }));
}

TEST(AeImport, AFailedImportLeavesTheStoreUnchanged) {
  auto store = Store::open(":memory:");
  store->upsert_metrics(standard_metric_catalogue());
  import_ae_attendances_csv(parse_csv(std::string(kHeader) + "2019-02-01,RX1,1,1000,200,300\n", "good.csv"), *store);
  const size_t before = store->count_observations({});
  EXPECT_EQ(before, 4u);
  EXPECT_THROW(import_ae_attendances_csv(parse_csv(std::string(kHeader) +
                                                       "2019-03-01,RX1,1,1000,200,300\n"
                                                       "2019-03-01,RX1,1,1000,200,300\n",
                                                   "dup.csv"),
                                         *store),
               InputError);
  EXPECT_EQ(store->count_observations({}), before);
  EXPECT_EQ(store->count_observations({std::nullopt, {}, Month{2019, 3}, std::nullopt}), 0u);
}

// The real NHS England file, read from the shared data folder (never copied into the repo).
class RealAeFile : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::string(ICS_SHARED_DATA_DIR) + "/ae_attendances.csv";
    if (!std::filesystem::exists(path_)) GTEST_SKIP() << path_ << " is absent";
  }
  // Sums the raw rows for one org and month with plain string splitting, independent of the importer.
  struct Raw {
    long long attendances = 0, breaches = 0, admissions = 0;
  };
  Raw raw(const std::string& period, const std::string& org, const std::string& type = "") const {
    std::ifstream in(path_);
    std::string line;
    Raw r;
    std::getline(in, line);
    while (std::getline(in, line)) {
      std::vector<std::string> cells;
      std::stringstream ss(line);
      for (std::string cell; std::getline(ss, cell, ',');) cells.push_back(cell);
      if (cells.size() != 6 || cells[0] != period || cells[1] != org || (!type.empty() && cells[2] != type)) continue;
      r.attendances += std::stoll(cells[3]);
      r.breaches += std::stoll(cells[4]);
      r.admissions += std::stoll(cells[5]);
    }
    return r;
  }
  std::string path_;
};

TEST_F(RealAeFile, ImportsAndMatchesTheRawRows) {
  auto store = Store::open(":memory:");
  store->upsert_metrics(standard_metric_catalogue());
  auto summary = import_ae_attendances_csv(read_csv_file(path_), *store);
  // One 4-hour observation per raw row (none has 0 attendances), plus three all-type ones per org and month.
  std::ifstream in(path_);
  std::string line;
  std::getline(in, line);
  size_t rows = 0;
  std::set<std::string> org_months;
  while (std::getline(in, line)) {
    ++rows;
    org_months.insert(line.substr(0, line.find(',', line.find(',') + 1)));
  }
  EXPECT_EQ(summary.added, rows + 3 * org_months.size());
  EXPECT_EQ(summary.replaced, 0u);

  const Month march{2019, 3};
  const Raw t1 = raw("2019-03-01", "RX1", "1");
  ASSERT_GT(t1.attendances, 0);
  auto rx1_t1 = store->observations({"ae_4hr_type1", {"RX1"}, march, march});
  ASSERT_EQ(rx1_t1.size(), 1u);
  EXPECT_EQ(*rx1_t1[0].denominator, t1.attendances);
  EXPECT_EQ(*rx1_t1[0].numerator, t1.attendances - t1.breaches);
  EXPECT_DOUBLE_EQ(rx1_t1[0].value, 1.0 - static_cast<double>(t1.breaches) / t1.attendances);

  for (const char* org : {"RX1", "RK5"}) {
    const Raw all = raw("2019-03-01", org);
    auto four = store->observations({"ae_4hr", {org}, march, march});
    ASSERT_EQ(four.size(), 1u) << org;
    EXPECT_DOUBLE_EQ(four[0].value, 1.0 - static_cast<double>(all.breaches) / all.attendances) << org;
    EXPECT_EQ(store->observations({"ae_attendances", {org}, march, march})[0].value, all.attendances) << org;
    EXPECT_EQ(store->observations({"ae_admissions", {org}, march, march})[0].value, all.admissions) << org;
  }
  // Three years of months for the ICS's main acute trust.
  EXPECT_EQ(store->count_observations({"ae_4hr", {"RX1"}, Month{2016, 4}, march}), 36u);
}

}  // namespace
}  // namespace ics
