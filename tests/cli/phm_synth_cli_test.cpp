// `ics synth population`: writes the extract's three files, refuses bad options leaving nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ics::testing {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

size_t lines(const std::string& text) { return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')); }

TEST(PhmSynthCli, WritesPersonsConditionsAndEvents) {
  ScratchDir dir;
  const auto r = run_ics(std::string("synth population --persons 500 --years 2 --seed 3 --output '") + dir.file("pop") + "'", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Wrote 500 persons"), std::string::npos) << r.out;
  const std::string persons = read(dir.file("pop/persons.csv"));
  const std::string conditions = read(dir.file("pop/conditions.csv"));
  const std::string events = read(dir.file("pop/events.csv"));
  EXPECT_EQ(first_line(persons), "person_id,birth_month,sex,ethnic_group,lsoa,imd_decile,practice,pcn,place,date_of_death");
  EXPECT_EQ(first_line(conditions), "person_id,condition,diagnosed");
  EXPECT_EQ(first_line(events), "person_id,date,setting,length_of_stay,cost");
  EXPECT_EQ(lines(persons), 501u);
  EXPECT_EQ(persons.substr(persons.find('\n') + 1, 11), "P000000001,");
  EXPECT_GT(lines(events), 500u * 2 * 6);
  // The same seed writes the same bytes.
  const auto again = run_ics(std::string("synth population --persons 500 --seed 3 --output '") + dir.file("again") + "'", dir);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(read(dir.file("again/events.csv")), events);
  EXPECT_EQ(read(dir.file("again/persons.csv")), persons);
}

TEST(PhmSynthCli, EndDateSetsTheExtract) {
  ScratchDir dir;
  const auto r = run_ics(std::string("synth population --persons 200 --years 3 --end 2025-12-31 --output '") + dir.file("pop") + "'", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2023-01-01 to 2025-12-31"), std::string::npos) << r.out;
}

TEST(PhmSynthCli, RefusesBadOptionsWritingNothing) {
  ScratchDir dir;
  for (const std::string& options : std::vector<std::string>{"--persons 0", "--persons 100 --years 1", "--persons 100 --end 2026-02-30",
                                    "--persons 100 --end tomorrow", std::string("--persons 100 --ons '") + dir.file("none.csv") + "'"}) {
    const auto r = run_ics(std::string("synth population ") + options + " --output '" + dir.file("pop") + "'", dir);
    EXPECT_EQ(r.exit_code, 2) << options << ": " << r.err;
    EXPECT_FALSE(r.err.empty()) << options;
    EXPECT_FALSE(std::filesystem::exists(dir.file("pop"))) << options;
  }
}

}  // namespace
}  // namespace ics::testing
