// `ics spc` as a user runs it: the real binary, real files, exit codes and messages.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/csv.h"
#include "core/numbers.h"

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out, err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

class SpcCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("ics_spc_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `ics ARGS` with stdin from `input` (if given), capturing stdout, stderr and the exit code.
  CliRun ics(const std::string& args, const std::string* input = nullptr) {
    const fs::path in = dir_ / "stdin.txt", out = dir_ / "stdout.txt", err = dir_ / "stderr.txt";
    write(in, input ? *input : "");
    const std::string cmd = quote(ICS_BINARY) + " " + args + " <" + quote(in) + " >" + quote(out) + " 2>" + quote(err);
    const int status = std::system(cmd.c_str());
    CliRun r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }
  fs::path file(const std::string& name, const std::string& text) {
    write(dir_ / name, text);
    return dir_ / name;
  }
  fs::path dir_;
};

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

const std::string kHeader = "facet,date,value,mean,lpl,upl,special_cause,point_type";

// 10/11 alternating for 12 months then a spike: mean 10.5 + 20/13 ... computed by the engine, checked elsewhere.
std::string twelve_months(const std::string& facet_col = "") {
  std::string csv = "month,value" + std::string(facet_col.empty() ? "" : ",ward") + "\n";
  for (int m = 1; m <= 12; ++m)
    csv += "2020-" + std::string(m < 10 ? "0" : "") + std::to_string(m) + "," + (m % 2 ? "10" : "11") +
           (facet_col.empty() ? "" : "," + facet_col) + "\n";
  return csv;
}

TEST_F(SpcCli, HelpExitsZeroAndListsTheOptions) {
  const CliRun r = ics("spc --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* opt : {"--input", "--value", "--date", "--facet", "--improvement", "--target", "--fix-after",
                          "--rebase", "--no-screen-outliers", "--summary", "--output"})
    EXPECT_NE(r.out.find(opt), std::string::npos) << opt;
}

TEST_F(SpcCli, PrintsOneRowPerPointToStdout) {
  const auto in = file("kpi.csv", twelve_months());
  const CliRun r = ics("spc --input " + quote(in) + " --value value --date month --improvement increase");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto l = lines(r.out);
  ASSERT_EQ(l.size(), 13u);
  EXPECT_EQ(l[0], kHeader);
  // Mean 10.5, AmR 1: limits 7.84 and 13.16, printed to 17 significant digits.
  EXPECT_EQ(l[1], ",2020-01-01,10,10.5,7.8399999999999999,13.16,Common Cause,common_cause");
  EXPECT_EQ(r.err, "");
}

TEST_F(SpcCli, ReadsStandardInput) {
  const std::string csv = twelve_months();
  const CliRun r = ics("spc --input - --value value --date month", &csv);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines(r.out).size(), 13u);
}

TEST_F(SpcCli, SortsFacetsThenDates) {
  const std::string csv = "d,ward,v\n2020-02,b,1\n2020-01,b,2\n2020-03,a,3\n2020-01,a,4\n";
  const CliRun r = ics("spc --input - --value v --date d --facet ward", &csv);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto l = lines(r.out);
  ASSERT_EQ(l.size(), 5u);
  EXPECT_EQ(l[1].substr(0, 13), "a,2020-01-01,");
  EXPECT_EQ(l[2].substr(0, 13), "a,2020-03-01,");
  EXPECT_EQ(l[3].substr(0, 13), "b,2020-01-01,");
  EXPECT_EQ(l[4].substr(0, 13), "b,2020-02-01,");
  // Trial limits are warned about on stderr, never in the CSV.
  EXPECT_NE(r.err.find("ics: warning: facet \"a\": trial limits"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ics: warning: facet \"b\": trial limits"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("warning"), std::string::npos);
}

TEST_F(SpcCli, SummaryPrintsOneRowPerFacet) {
  std::string csv = twelve_months("north");
  for (const auto& l : lines(twelve_months("south"))) if (l.rfind("month", 0) != 0) csv += l + "\n";
  const CliRun r = ics("spc --input - --value value --date month --facet ward --summary --improvement increase "
                    "--target 20", &csv);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "facet,points,mean,lpl,upl,variation,assurance\n"
            "north,12,10.5,7.8399999999999999,13.16,common_cause,consistent_fail\n"
            "south,12,10.5,7.8399999999999999,13.16,common_cause,consistent_fail\n");
}

TEST_F(SpcCli, BadCellsExitTwoWithFileLineColumn) {
  const auto in = file("kpi.csv", "period,org,value\n2020-01,A,1\n2020-02,A,n/a\n2020-13,A,2\n");
  const CliRun r = ics("spc --input " + quote(in) + " --value value --date period --facet org");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(in.string() + ":3:3: value \"n/a\" is not a number"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(in.string() + ":4:1: date \"2020-13\" is not a date"), std::string::npos) << r.err;
}

TEST_F(SpcCli, DuplicateDatesAndMissingColumnsExitTwo) {
  const std::string dup = "d,v\n2020-01,1\n2020-01-01,2\n";
  CliRun r = ics("spc --input - --value v --date d", &dup);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("<stdin>:3:1: date 2020-01-01 repeats (first on line 2)"), std::string::npos) << r.err;
  r = ics("spc --input - --value value --date d", &dup);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("<stdin>:1: missing column \"value\""), std::string::npos) << r.err;
}

TEST_F(SpcCli, BadOptionsExitTwo) {
  const std::string csv = twelve_months();
  CliRun r = ics("spc --input - --value value --date month --fix-after 5 --improvement up --rebase 2020-02-31", &csv);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("ics: --fix-after 5 is too small"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ics: --improvement \"up\" is not one of increase, decrease, neutral"), std::string::npos);
  EXPECT_NE(r.err.find("ics: --rebase \"2020-02-31\" is not a date"), std::string::npos);
  EXPECT_EQ(ics("spc --input - --date month", &csv).exit_code, 2);                        // --value missing
  EXPECT_EQ(ics("spc --input - --value value --date month --fix-after x", &csv).exit_code, 2);
  EXPECT_EQ(ics("spc --input - --value value --date month --bogus", &csv).exit_code, 2);
  EXPECT_EQ(ics("spc --input " + quote(dir_ / "absent.csv") + " --value v --date d").exit_code, 2);
}

TEST_F(SpcCli, OutputIsWrittenWholeOnSuccessAndUntouchedOnBadInput) {
  const auto good = file("good.csv", twelve_months());
  const auto bad = file("bad.csv", "month,value\n2020-01,1\n2020-02,oops\n");
  const fs::path out = dir_ / "spc.csv";
  CliRun r = ics("spc --input " + quote(bad) + " --value value --date month --output " + quote(out));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(fs::exists(out));

  r = ics("spc --input " + quote(good) + " --value value --date month --output " + quote(out));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  const std::string written = slurp(out);
  const mode_t mask = ::umask(0);
  ::umask(mask);
  EXPECT_EQ(static_cast<mode_t>(fs::status(out).permissions()), 0666 & ~mask);  // not mkstemp's 0600
  EXPECT_EQ(lines(written).size(), 13u);
  EXPECT_EQ(lines(written)[0], kHeader);

  // A later bad run leaves the earlier output as it was, and no temporary file behind.
  r = ics("spc --input " + quote(bad) + " --value value --date month --output " + quote(out));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(slurp(out), written);
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir_))
    files += e.path().filename().string().find(".tmp") != std::string::npos;
  EXPECT_EQ(files, 0u);
}

TEST_F(SpcCli, AnUnwritableOutputExitsTwoAndLeavesNothing) {
  const std::string csv = twelve_months();
  const fs::path out = dir_ / "no" / "such" / "x.csv";
  const CliRun r = ics("spc --input - --value value --date month --output " + quote(out), &csv);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot create output file"), std::string::npos) << r.err;
}

// The whole NHS England A&E extract (12,765 rows): 4-hour performance per trust and department type.
TEST_F(SpcCli, RunsOnTheRealAeAttendancesFile) {
  const fs::path source = fs::path(ICS_SHARED_DATA_DIR) / "ae_attendances.csv";
  if (!fs::exists(source)) GTEST_SKIP() << "no " << source;
  const ics::CsvTable ae = ics::read_csv_file(source.string());
  const size_t period = ae.require_column("period"), org = ae.require_column("org_code"),
               type = ae.require_column("type"), att = ae.require_column("attendances"),
               breaches = ae.require_column("breaches");
  std::string csv = "period,unit,performance\n";
  std::map<std::string, std::pair<double, int>> sums;  // per unit: sum of performance, points
  size_t points = 0;
  for (const auto& row : ae.rows) {
    const double a = *ics::parse_number(row.cells[att]), b = *ics::parse_number(row.cells[breaches]);
    if (a <= 0) continue;
    const std::string unit = row.cells[org] + ":" + row.cells[type];
    const double perf = 1 - b / a;
    csv += row.cells[period] + "," + unit + "," + ics::format_round_trip(perf) + "\n";
    sums[unit].first += perf;  // rows of a unit are not in date order, so this sum may differ in the last bits
    sums[unit].second += 1;
    ++points;
  }
  ASSERT_GT(points, 12000u);
  const auto in = file("ae_performance.csv", csv);

  CliRun r = ics("spc --input " + quote(in) + " --value performance --date period --facet unit --improvement increase");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = lines(r.out);
  EXPECT_EQ(rows.size(), points + 1);

  r = ics("spc --input " + quote(in) +
          " --value performance --date period --facet unit --improvement increase --target 0.95 --summary");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto summary = lines(r.out);
  ASSERT_EQ(summary.size(), sums.size() + 1);
  auto it = sums.begin();  // std::map iterates in byte order, as ics sorts facets
  for (size_t i = 1; i < summary.size(); ++i, ++it) {
    std::vector<std::string> cells;
    std::istringstream cs(summary[i]);
    for (std::string c; std::getline(cs, c, ',');) cells.push_back(c);
    ASSERT_GE(cells.size(), 6u) << summary[i];
    EXPECT_EQ(cells[0], it->first);
    EXPECT_EQ(cells[1], std::to_string(it->second.second));
    EXPECT_NEAR(*ics::parse_number(cells[2]), it->second.first / it->second.second, 1e-12) << summary[i];
  }
}

}  // namespace

namespace {

TEST_F(SpcCli, AFileThatIsNotCsvIsReportedWithTheBadOptions) {
  const std::string ragged = "d,v\n2020-01,1,extra\n";
  const CliRun r = ics("spc --input - --value v --date d --improvement sideways", &ragged);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("ics: --improvement \"sideways\" is not one of"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("<stdin>:2: expected 2 fields, found 3"), std::string::npos) << r.err;
}

}  // namespace
