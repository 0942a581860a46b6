// `ics demo` also generates the demo ICS's population and writes it as the snapshot beside the store (what
// `ics serve` reads), in the demo's own places, PCNs and practices, and makes the pcn-lead account with
// patient-level access to Nottingham City's PCNs. Small --persons keep it quick.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "cli_runner.h"
#include "demo/demo_organisations.h"
#include "phm/snapshot.h"
#include "store/store.h"

namespace ics {
namespace {

using testing::run_ics;
using testing::ScratchDir;

std::string ae_file() { return std::string(ICS_SHARED_DATA_DIR) + "/ae_attendances.csv"; }
std::string ons_file() { return std::string(ICS_SHARED_DATA_DIR) + "/ons_uk_population_2023.csv"; }

testing::CliResult demo(const ScratchDir& dir, const std::string& db, const std::string& extra) {
  return run_ics(
      "demo --db '" + db + "' --ae '" + ae_file() + "' --ons '" + ons_file() + "' --today 2026-11-23 " + extra, dir);
}

TEST(PhmDemoCli, WritesTheDemoPopulationBesideTheStoreAndGrantsThePcnLead) {
  if (!std::filesystem::exists(ae_file()) || !std::filesystem::exists(ons_file())) GTEST_SKIP() << "shared data absent";
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string snapshot = phm::snapshot_path_beside(db);
  auto r = demo(dir, db, "--persons 2000");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\npopulation health: 2,000 generated persons in 4 places, 8 PCNs and 24 practices, "),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(" events from 2024-11-01 to 2026-10-31, in " + snapshot + "\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(", pcn-lead (analyst, with patient-level access to PCN-NC1, PCN-NC2)\n"), std::string::npos)
      << r.out;

  {
    const phm::Population population = phm::open_snapshot(snapshot);
    EXPECT_EQ(population.person_count(), 2000u);
    EXPECT_EQ(population.extract_end, Date::from_ymd(2026, 10, 31));  // analysed on 1 November, near "today"
    EXPECT_GT(population.event_count(), 2000u);
    // Every practice, PCN and place is the demo organisation of that code, under the same parent.
    std::map<std::string, Organisation> orgs;
    for (const auto& o : demo::demo_organisations()) orgs[o.code] = o;
    const auto& g = population.geography;
    EXPECT_EQ(g.place_codes.size(), 4u);
    EXPECT_EQ(g.pcn_codes.size(), 8u);
    ASSERT_EQ(g.practice_codes.size(), 24u);
    for (const auto& code : g.place_codes) EXPECT_EQ(orgs[code].type, OrganisationType::Place) << code;
    for (size_t n = 0; n < g.pcn_codes.size(); ++n) {
      EXPECT_EQ(orgs[g.pcn_codes[n]].type, OrganisationType::Pcn) << g.pcn_codes[n];
      EXPECT_EQ(orgs[g.pcn_codes[n]].parent_code, g.place_codes.at(g.pcn_place.at(n))) << g.pcn_codes[n];
    }
    for (size_t k = 0; k < g.practice_codes.size(); ++k) {
      EXPECT_EQ(orgs[g.practice_codes[k]].type, OrganisationType::Practice) << g.practice_codes[k];
      EXPECT_EQ(orgs[g.practice_codes[k]].parent_code, g.pcn_codes.at(g.practice_pcn.at(k))) << g.practice_codes[k];
    }
  }
  {
    auto store = Store::open(db);
    const auto lead = store->accounts().account_by_name("pcn-lead");
    ASSERT_TRUE(lead);
    EXPECT_EQ(lead->role, Role::Analyst);
    EXPECT_EQ(store->accounts().patient_level_pcns(lead->id), (std::vector<std::string>{"PCN-NC1", "PCN-NC2"}));
  }

  // --force rewrites the snapshot.
  r = demo(dir, db, "--persons 1000 --force");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(phm::open_snapshot(snapshot).person_count(), 1000u);
}

TEST(PhmDemoCli, RefusesToOverwriteASnapshotWithoutForceAndBadOptions) {
  if (!std::filesystem::exists(ae_file()) || !std::filesystem::exists(ons_file())) GTEST_SKIP() << "shared data absent";
  ScratchDir dir;
  const std::string db = dir.file("fresh.db");
  const std::string name = std::filesystem::path(phm::snapshot_path_beside(db)).filename().string();
  const std::string snapshot = dir.write(name, "mine");
  auto r = demo(dir, db, "--persons 100");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, snapshot + ": a population snapshot is already there; use --force to replace it\n");
  EXPECT_TRUE(Store::open(db)->organisations().empty()) << "nothing is written to the store";

  r = demo(dir, db, "--persons 0");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--persons must be at least 1"), std::string::npos) << r.err;
  r = run_ics("demo --db '" + db + "' --ae '" + ae_file() + "' --ons '" + dir.file("nope.csv") + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("nope.csv: ONS population file not found"), std::string::npos) << r.err;
  std::ifstream in(snapshot);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "mine");
}

}  // namespace
}  // namespace ics
