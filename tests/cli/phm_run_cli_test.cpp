// `ics phm run` end to end: a generated population, imported, analysed and written; bad options and
// missing snapshots leave no output folder behind.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "core/csv.h"

namespace ics::testing {
namespace {

namespace fs = std::filesystem;

// One generated and imported population shared by every test of the suite (generation is the slow part).
class PhmRunCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    shared_ = new fs::path(fs::temp_directory_path() / ("ics_phm_run_cli_" + std::to_string(::getpid())));
    fs::remove_all(*shared_);
    fs::create_directories(*shared_);
    const std::string csv = (*shared_ / "csv").string();
    const std::string err = (*shared_ / "setup_stderr.txt").string();
    const std::string synth = std::string("'") + ICS_BINARY + "' synth population --persons 3000 --years 2 --seed 7" +
                              " --end 2026-03-31 --ons '" + ICS_SHARED_DATA_DIR + "/ons_uk_population_2023.csv'" +
                              " --output '" + csv + "' >/dev/null 2>>'" + err + "'";
    const std::string import = std::string("'") + ICS_BINARY + "' phm import --input '" + csv + "' --snapshot '" +
                               snapshot() + "' --extract-start 2024-04-01 --extract-end 2026-03-31 >/dev/null 2>>'" +
                               err + "'";
    setup_ok_ = std::system(synth.c_str()) == 0 && std::system(import.c_str()) == 0;
  }
  static void TearDownTestSuite() {
    fs::remove_all(*shared_);
    delete shared_;
  }
  void SetUp() override {
    ASSERT_TRUE(setup_ok_) << "ics synth population / ics phm import failed: " << read(*shared_ / "setup_stderr.txt");
  }
  static std::string snapshot() { return (*shared_ / "population.phm").string(); }
  static std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  static bool nothing_named_like(const ScratchDir& dir, const std::string& name) {
    for (const auto& e : fs::directory_iterator(fs::path(dir.file(name)).parent_path()))
      if (e.path().filename().string().starts_with(name)) return false;
    return true;
  }

  ScratchDir dir;
  static inline fs::path* shared_ = nullptr;
  static inline bool setup_ok_ = false;
};

TEST_F(PhmRunCli, WritesEveryFileAndASummary) {
  const std::string out = dir.file("out");
  const CliResult r = run_ics("phm run --snapshot '" + snapshot() + "' --output '" + out + "' --threads 2 --timings", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("PHM analysis on 2026-04-01"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("AUC"), std::string::npos);
  EXPECT_NE(r.out.find("Timings (ms): facts"), std::string::npos);
  for (const char* name : {"summary.json", "segments.csv", "risk_model.csv", "risk_calibration.csv", "risk_tiers.csv",
                           "inequalities.csv", "inequality_slopes.csv", "value_opportunities.csv"})
    EXPECT_TRUE(fs::exists(fs::path(out) / name)) << name;
  EXPECT_FALSE(fs::exists(fs::path(out) / "case_finding_PATIENT_IDENTIFIABLE.csv"));

  const auto summary = nlohmann::json::parse(read(fs::path(out) / "summary.json"));
  EXPECT_EQ(summary["at"], "2026-04-01");
  ASSERT_TRUE(summary["persons"].is_number_integer());
  const int64_t persons = summary["persons"].get<int64_t>();
  EXPECT_GT(persons, 2800);
  EXPECT_LE(persons, 3000);
  EXPECT_EQ(persons % 5, 0);
  // The segments' rounded persons add up to about the whole (each rounded by at most 2, or hidden up to 7).
  int64_t sum = 0;
  for (const auto& cell : summary["segments"]["ics"])
    if (!cell["persons"].is_null()) sum += cell["persons"].get<int64_t>();
  EXPECT_NEAR(static_cast<double>(sum), static_cast<double>(persons), 8 * 7);
  const double auc = summary["risk_model"]["test_auc"].get<double>();
  EXPECT_GT(auc, 0.6);
  EXPECT_LT(auc, 1.0);

  // No count in 1..7 in any CSV table's count columns.
  const CsvTable segments = parse_csv(read(fs::path(out) / "segments.csv"), "segments.csv");
  const size_t first = segments.require_column("persons"), last = segments.require_column("bed_days");
  for (const CsvRow& row : segments.rows)
    for (size_t c = first; c <= last; ++c)
      if (!row.cells[c].empty()) {
        const long n = std::stol(row.cells[c]);
        EXPECT_TRUE(n == 0 || (n > 7 && n % 5 == 0)) << "segments.csv:" << row.line << " " << segments.header[c];
      }
  EXPECT_TRUE(nothing_named_like(dir, "out.tmp"));
}

TEST_F(PhmRunCli, CaseFindingIsWrittenOnlyWhenAskedAndMarked) {
  const std::string out = dir.file("out");
  const CliResult r =
      run_ics("phm run --snapshot '" + snapshot() + "' --output '" + out + "' --case-finding all", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("PATIENT IDENTIFIABLE"), std::string::npos);
  const CsvTable list = parse_csv(read(fs::path(out) / "case_finding_PATIENT_IDENTIFIABLE.csv"), "case_finding");
  EXPECT_EQ(list.header[0], "marking");
  EXPECT_FALSE(list.rows.empty());
  for (const CsvRow& row : list.rows) EXPECT_EQ(row.cells[0], "OFFICIAL-SENSITIVE: PATIENT IDENTIFIABLE");
}

TEST_F(PhmRunCli, BadDatesAreInputErrorsAndWriteNothing) {
  const std::string out = dir.file("out");
  for (const char* at : {"2026-13-01", "yesterday", "2026-4-1", "2025-01-01", "2026-04-02"}) {
    const CliResult r =
        run_ics("phm run --snapshot '" + snapshot() + "' --output '" + out + "' --at " + at, dir);
    EXPECT_EQ(r.exit_code, 2) << at << ": " << r.err;
    EXPECT_FALSE(r.err.empty()) << at;
    EXPECT_FALSE(fs::exists(out)) << at;
  }
  EXPECT_TRUE(nothing_named_like(dir, "out"));
  // The earliest date with two years behind it works.
  const CliResult ok = run_ics("phm run --snapshot '" + snapshot() + "' --output '" + out + "' --at 2026-04-01", dir);
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
}

TEST_F(PhmRunCli, MissingSnapshotUnknownPcnAndBadOptionsWriteNothing) {
  const std::string out = dir.file("out");
  const CliResult missing = run_ics("phm run --snapshot '" + dir.file("none.phm") + "' --output '" + out + "'", dir);
  EXPECT_EQ(missing.exit_code, 2) << missing.err;
  EXPECT_NE(missing.err.find("none.phm"), std::string::npos) << missing.err;
  const CliResult pcn =
      run_ics("phm run --snapshot '" + snapshot() + "' --output '" + out + "' --case-finding NO_SUCH_PCN", dir);
  EXPECT_EQ(pcn.exit_code, 2) << pcn.err;
  EXPECT_NE(pcn.err.find("NO_SUCH_PCN"), std::string::npos) << pcn.err;
  const CliResult empty = run_ics("phm run --snapshot '" + snapshot() + "' --output '" + out + "' --case-finding ,", dir);
  EXPECT_EQ(empty.exit_code, 2) << empty.err;
  const CliResult threads = run_ics("phm run --snapshot '" + snapshot() + "' --output '" + out + "' --threads -1", dir);
  EXPECT_EQ(threads.exit_code, 2) << threads.err;
  EXPECT_TRUE(nothing_named_like(dir, "out"));
}

}  // namespace
}  // namespace ics::testing
