#include <gtest/gtest.h>

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
  auto r = run_ics("demo --db '" + db + "' --ae '" + ae + "'", dir);
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
  r = run_ics("demo --db '" + db + "' --ae '" + ae + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, db + ": the store already holds data; use --force to replace it\n");

  r = run_ics("demo --force --db '" + db + "' --ae '" + ae + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto store = Store::open(db);
  EXPECT_EQ(store->count_observations({}), count);
  EXPECT_FALSE(store->organisation("EXTRA")) << "--force replaces the store's data";
}

}  // namespace
}  // namespace ics
