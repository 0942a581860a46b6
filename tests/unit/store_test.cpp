#include "store/store.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <thread>

#include "store/migrations.h"

namespace ics {
namespace {

Metric make_metric(std::string id, std::optional<double> standard = 0.95) {
  return Metric{id, "Metric " + id, "Urgent and emergency care", MetricUnit::Percent, Improvement::Increase,
                standard, "test source"};
}

Observation obs(std::string metric, std::string org, Month month, double value,
                std::optional<double> num = std::nullopt, std::optional<double> den = std::nullopt) {
  return Observation{std::move(metric), std::move(org), month, num, den, value};
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(":memory:");
    store_->upsert_metrics({make_metric("ae_4hr"), make_metric("rtt_18wk", std::nullopt)});
  }
  std::unique_ptr<Store> store_;
};

// A fresh file per test, removed afterwards.
struct TempDb {
  std::filesystem::path path;
  TempDb() {
    path = std::filesystem::temp_directory_path() /
           ("ics_store_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    cleanup();
  }
  ~TempDb() { cleanup(); }
  void cleanup() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  }
};

TEST_F(StoreTest, MetricsRoundTripIncludingAMissingStandard) {
  auto m = store_->metric("rtt_18wk");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->name, "Metric rtt_18wk");
  EXPECT_EQ(m->service_area, "Urgent and emergency care");
  EXPECT_EQ(m->unit, MetricUnit::Percent);
  EXPECT_EQ(m->improvement, Improvement::Increase);
  EXPECT_FALSE(m->standard);
  EXPECT_EQ(m->source, "test source");
  EXPECT_EQ(*store_->metric("ae_4hr")->standard, 0.95);
  EXPECT_FALSE(store_->metric("nope"));
}

TEST_F(StoreTest, MetricsAreOrderedByServiceAreaThenId) {
  Metric a = make_metric("zz");
  a.service_area = "Cancer";
  store_->upsert_metrics({a});
  auto all = store_->metrics();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].id, "zz");
  EXPECT_EQ(all[1].id, "ae_4hr");
  EXPECT_EQ(all[2].id, "rtt_18wk");
}

TEST_F(StoreTest, UpsertMetricReplacesByIdAndKeepsObservations) {
  store_->put_observations({obs("ae_4hr", "RX1", {2019, 3}, 0.8)});
  Metric changed = make_metric("ae_4hr", 0.9);
  changed.name = "Renamed";
  changed.unit = MetricUnit::Ratio;
  changed.improvement = Improvement::Decrease;
  store_->upsert_metrics({changed});
  auto m = store_->metric("ae_4hr");
  EXPECT_EQ(m->name, "Renamed");
  EXPECT_EQ(m->unit, MetricUnit::Ratio);
  EXPECT_EQ(m->improvement, Improvement::Decrease);
  EXPECT_EQ(*m->standard, 0.9);
  EXPECT_EQ(store_->metrics().size(), 2u);
  EXPECT_EQ(store_->count_observations({}), 1u);
}

TEST_F(StoreTest, OrganisationsRoundTripAndUpsert) {
  store_->upsert_organisations({{"RX1", "Nottingham University Hospitals NHS Trust", OrganisationType::Trust, "QT1"},
                                {"QT1", "NHS Nottingham and Nottinghamshire ICB", OrganisationType::Ics, ""}});
  auto all = store_->organisations();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].code, "QT1");
  EXPECT_EQ(all[0].parent_code, "");
  EXPECT_EQ(all[1].type, OrganisationType::Trust);
  store_->upsert_organisations({{"RX1", "NUH", OrganisationType::Trust, ""}});
  EXPECT_EQ(store_->organisation("RX1")->name, "NUH");
  EXPECT_EQ(store_->organisation("RX1")->parent_code, "");
  EXPECT_FALSE(store_->organisation("ZZZ"));
}

TEST_F(StoreTest, ObservationsRoundTripWithOptionalNumeratorAndDenominator) {
  auto s = store_->put_observations(
      {obs("ae_4hr", "RX1", {2019, 3}, 0.75, 750, 1000), obs("rtt_18wk", "RX1", {2019, 3}, 0.5)});
  EXPECT_EQ(s.added, 2u);
  EXPECT_EQ(s.replaced, 0u);
  auto all = store_->observations({});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].metric_id, "ae_4hr");
  EXPECT_EQ(all[0].month, (Month{2019, 3}));
  EXPECT_EQ(*all[0].numerator, 750);
  EXPECT_EQ(*all[0].denominator, 1000);
  EXPECT_EQ(all[0].value, 0.75);
  EXPECT_FALSE(all[1].numerator);
  EXPECT_FALSE(all[1].denominator);
}

TEST_F(StoreTest, PutObservationsReplacesAndCountsRevisions) {
  store_->put_observations({obs("ae_4hr", "RX1", {2019, 3}, 0.75), obs("ae_4hr", "RX1", {2019, 2}, 0.7)});
  auto s = store_->put_observations({obs("ae_4hr", "RX1", {2019, 3}, 0.8), obs("ae_4hr", "RX1", {2019, 2}, 0.7),
                                     obs("ae_4hr", "RK5", {2019, 3}, 0.9)});
  EXPECT_EQ(s.added, 1u);
  EXPECT_EQ(s.replaced, 1u);
  EXPECT_EQ(s.unchanged, 1u);
  EXPECT_EQ(s.total(), 3u);
  auto rx1 = store_->observations({"ae_4hr", {"RX1"}, Month{2019, 3}, Month{2019, 3}});
  ASSERT_EQ(rx1.size(), 1u);
  EXPECT_EQ(rx1[0].value, 0.8);
}

TEST_F(StoreTest, PutObservationsIsAllOrNothing) {
  store_->put_observations({obs("ae_4hr", "RX1", {2019, 1}, 0.5)});
  std::vector<Observation> batch{obs("ae_4hr", "RX1", {2019, 1}, 0.99), obs("ae_4hr", "RX1", {2019, 2}, 0.6),
                                 obs("no_such_metric", "RX1", {2019, 2}, 0.6)};
  try {
    store_->put_observations(batch);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("no_such_metric"), std::string::npos);
  }
  auto all = store_->observations({});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].value, 0.5);
}

TEST_F(StoreTest, AFailureAfterSomeRowsAreWrittenRollsThemBackAndTheStoreStillWorks) {
  store_->put_observations({obs("ae_4hr", "RX1", {2019, 1}, 0.5)});
  // SQLite stores NaN as NULL, which the NOT NULL value column rejects: a failure inside the loop,
  // after earlier rows of the batch have been written.
  std::vector<Observation> batch{obs("ae_4hr", "AAA", {2019, 2}, 0.6), obs("ae_4hr", "RX1", {2019, 1}, 0.7),
                                 obs("ae_4hr", "ZZZ", {2019, 2}, std::nan(""))};
  EXPECT_THROW(store_->put_observations(batch), std::runtime_error);
  auto all = store_->observations({});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].value, 0.5);
  auto s = store_->put_observations({obs("ae_4hr", "RX1", {2019, 2}, 0.6)});
  EXPECT_EQ(s.added, 1u);
  EXPECT_EQ(store_->count_observations({}), 2u);
}

TEST_F(StoreTest, QueriesFilterByMetricOrganisationsAndMonthRange) {
  std::vector<Observation> batch;
  for (Month m{2018, 10}; m <= Month{2019, 3}; m = m.next())
    for (const char* org : {"RX1", "RK5", "RP5"}) {
      batch.push_back(obs("ae_4hr", org, m, 0.9));
      batch.push_back(obs("rtt_18wk", org, m, 0.8));
    }
  store_->put_observations(batch);
  EXPECT_EQ(store_->count_observations({}), 36u);
  EXPECT_EQ(store_->count_observations({"ae_4hr", {}, {}, {}}), 18u);
  auto q = store_->observations({"ae_4hr", {"RX1", "RK5"}, Month{2019, 1}, Month{2019, 2}});
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].org_code, "RK5");  // ordered by metric, organisation, month
  EXPECT_EQ(q[0].month, (Month{2019, 1}));
  EXPECT_EQ(q[1].month, (Month{2019, 2}));
  EXPECT_EQ(q[3].org_code, "RX1");
  EXPECT_EQ(store_->count_observations({std::nullopt, {"RP5"}, Month{2019, 3}, std::nullopt}), 2u);
  EXPECT_EQ(store_->count_observations({std::nullopt, {}, std::nullopt, Month{2018, 10}}), 6u);
  EXPECT_EQ(store_->observed_org_codes(), (std::vector<std::string>{"RK5", "RP5", "RX1"}));
}

TEST_F(StoreTest, ClearPerformanceDataEmptiesEverything) {
  store_->upsert_organisations({{"RX1", "NUH", OrganisationType::Trust, ""}});
  store_->put_observations({obs("ae_4hr", "RX1", {2019, 1}, 0.5)});
  store_->clear_performance_data();
  EXPECT_TRUE(store_->metrics().empty());
  EXPECT_TRUE(store_->organisations().empty());
  EXPECT_EQ(store_->count_observations({}), 0u);
}

TEST(StoreFile, MigrationsAreIdempotentAndDataSurvivesReopen) {
  TempDb db;
  {
    auto s = Store::open(db.path.string());
    EXPECT_EQ(s->schema_version(), store::latest_schema_version());
    s->upsert_metrics({make_metric("ae_4hr")});
    s->put_observations({obs("ae_4hr", "RX1", {2019, 3}, 0.75, 3, 4)});
  }
  {
    auto s = Store::open(db.path.string());  // must not re-apply migration 1 (it would fail: tables exist)
    EXPECT_EQ(s->schema_version(), store::latest_schema_version());
    EXPECT_EQ(s->count_observations({}), 1u);
    EXPECT_EQ(*s->observations({})[0].numerator, 3);
  }
}

TEST(StoreFile, SchemaVersionMatchesTheMigrationList) {
  const auto& all = store::migrations();
  ASSERT_FALSE(all.empty());
  for (size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i].version, static_cast<int>(i + 1));
  EXPECT_EQ(Store::open(":memory:")->schema_version(), all.back().version);
}

TEST(StoreFile, OpeningAnUnreachablePathThrows) {
  EXPECT_THROW(Store::open("/nonexistent-dir/for/sure/ics.db"), std::runtime_error);
  EXPECT_THROW(Store::open("postgresql://localhost/ics"), std::runtime_error);
}

TEST(StoreFile, IsSafeToUseFromSeveralThreads) {
  TempDb db;
  auto s = Store::open(db.path.string());
  s->upsert_metrics({make_metric("ae_4hr")});
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      const std::string org = std::string("T").append(std::to_string(t));
      for (int i = 1; i <= 12; ++i) {
        s->put_observations({obs("ae_4hr", org, {2018, i}, i / 100.0)});
        (void)s->observations({"ae_4hr", {}, {}, {}});
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(s->count_observations({}), 48u);
}

}  // namespace
}  // namespace ics
