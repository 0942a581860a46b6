#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "cli_runner.h"
#include "store/store.h"

namespace ics {
namespace {

using testing::run_ics;
using testing::ScratchDir;

TEST(DemoCli, AMissingAeFileExitsTwoAndCreatesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  auto r = run_ics("demo --db '" + db + "' --ae '" + dir.file("nope.csv") + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, dir.file("nope.csv") +
                       ": A&E file not found; give the NHS England A&E attendances CSV with --ae PATH\n");
  EXPECT_FALSE(std::filesystem::exists(db));
}

TEST(DemoCli, FillsAStoreAndRefusesToOverwriteItWithoutForce) {
  const std::string ae = std::string(ICS_SHARED_DATA_DIR) + "/ae_attendances.csv";
  if (!std::filesystem::exists(ae)) GTEST_SKIP() << ae << " is absent";
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  auto r = run_ics("demo --persons 2000 --db '" + db + "' --ae '" + ae + "'", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("created the demo ICS in " + db, 0), 0u) << r.out;
  size_t count = 0;
  {
    auto store = Store::open(db);
    count = store->count_observations({});
    EXPECT_GT(count, 30000u);
    EXPECT_EQ(store->organisation("QT1")->name, "NHS Nottingham and Nottinghamshire Integrated Care Board");
    EXPECT_EQ(store->count_observations({"ae_4hr", {"RX1"}, {}, {}}), 36u);
    EXPECT_EQ(store->count_observations({"rtt_18wk", {"RX1"}, {}, {}}), 36u);
    store->upsert_organisations({{"EXTRA", "Added after the demo", OrganisationType::Voluntary, "QT1"}});
  }
  {
    // The assurance picture and two years of finance, against the stored committees.
    auto store = Store::open(db);
    AssuranceStore& a = store->assurance();
    EXPECT_EQ(a.objectives().size(), 6u);
    EXPECT_EQ(a.risks().size(), 14u);
    EXPECT_GE(a.priorities().size(), 25u);
    EXPECT_EQ(a.programmes().size(), 8u);
    const auto committees = store->governance().committees();
    for (const auto& p : a.priorities())
      EXPECT_TRUE(std::any_of(committees.begin(), committees.end(),
                              [&](const Committee& c) { return c.id == p.overseeing_committee_id; }));
    FinanceStore& f = store->finance();
    ASSERT_EQ(f.ledger_years().size(), 2u);
    EXPECT_EQ(f.ledger(f.ledger_years().front()).size(), 6u * 12 * 5);
    EXPECT_EQ(f.envelopes(f.ledger_years().front()).size(), 2u);
    EXPECT_TRUE(f.latest_actual_month(f.ledger_years().back()));
    EXPECT_NE(r.out.find("\nassurance: 6 strategic objectives, 14 risks (2 confidential), "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\nfinance: 720 ledger rows for 6 organisations ("), std::string::npos) << r.out;
    a.save_objectives({{0, "SO99", "Added after the demo", ""}}, "test");
    f.put_ledger({{"EXTRA", Month{2026, 1}, FinanceLine::Income, 100, std::nullopt, std::nullopt}});
  }
  r = run_ics("demo --db '" + db + "' --ae '" + ae + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, db + ": the store already holds data; use --force to replace it\n");

  r = run_ics("demo --force --persons 2000 --db '" + db + "' --ae '" + ae + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto store = Store::open(db);
  EXPECT_EQ(store->count_observations({}), count);
  EXPECT_FALSE(store->organisation("EXTRA")) << "--force replaces the store's data";
  EXPECT_EQ(store->assurance().objectives().size(), 6u);
  EXPECT_EQ(store->assurance().risks().size(), 14u);
  EXPECT_EQ(store->assurance().programmes().size(), 8u);
  for (int year : store->finance().ledger_years())
    for (const auto& e : store->finance().ledger(year)) EXPECT_NE(e.org_code, "EXTRA");
}

// A store holding nothing but assurance or finance records is not overwritten without --force either.
TEST(DemoCli, RefusesAStoreWithOnlyAssuranceOrFinanceData) {
  const std::string ae = std::string(ICS_SHARED_DATA_DIR) + "/ae_attendances.csv";
  if (!std::filesystem::exists(ae)) GTEST_SKIP() << ae << " is absent";
  ScratchDir dir;
  const std::string objectives = dir.file("objectives.db"), ledger = dir.file("ledger.db");
  Store::open(objectives)->assurance().save_objectives({{0, "SO1", "Improve outcomes", ""}}, "test");
  Store::open(ledger)->finance().put_ledger({{"RX1", Month{2025, 4}, FinanceLine::Pay, 100, 90, std::nullopt}});
  for (const auto& db : {objectives, ledger}) {
    auto r = run_ics("demo --db '" + db + "' --ae '" + ae + "'", dir);
    EXPECT_EQ(r.exit_code, 2) << db;
    EXPECT_EQ(r.err, db + ": the store already holds data; use --force to replace it\n");
  }
  EXPECT_EQ(Store::open(objectives)->assurance().objectives().size(), 1u);
}

}  // namespace
}  // namespace ics
