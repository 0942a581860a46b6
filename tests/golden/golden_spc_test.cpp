// Runs every SPC golden case in tests/golden/spc/*.test. A case is plain text, DuckDB style:
//
//   # what the case pins down (comment lines, before the first section)
//   args: --value v --date d [any `ics spc` option except --input/--output]
//   input:
//   <CSV, header first>
//   expected:            (or error:, one expected problem per line, in order)
//   <CSV exactly as `ics spc` prints it>
//   warnings:            (optional; omitted means no warnings)
//   ics: warning: ...
//
// Numbers compare with a relative tolerance of 1e-9; everything else (labels, dates, empties) exactly.
// tests/golden/spc/reference.py recomputes a case's expected output independently, for cross-checking.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/csv.h"
#include "core/errors.h"
#include "core/numbers.h"
#include "spc/table.h"

namespace ics::spc {
namespace {

namespace fs = std::filesystem;

const fs::path kCaseDir = fs::path(ICS_TESTS_DIR) / "golden" / "spc";

struct GoldenCase {
  std::vector<std::string> args;
  std::map<std::string, std::vector<std::string>> sections;  // input, expected, warnings, error
};

GoldenCase read_case(const fs::path& path) {
  std::ifstream in(path);
  GoldenCase c;
  std::string line, current;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (current.empty() && (line.empty() || line[0] == '#')) continue;
    if (line.rfind("args:", 0) == 0) {
      std::istringstream words(line.substr(5));
      for (std::string w; words >> w;) c.args.push_back(w);
    } else if (line == "input:" || line == "expected:" || line == "warnings:" || line == "error:") {
      current = line.substr(0, line.size() - 1);
      c.sections[current];
    } else if (!current.empty() && !line.empty()) {
      c.sections[current].push_back(line);
    }
  }
  return c;
}

// Maps the case's args onto a TableRequest, as `ics spc` does; returns whether --summary was given.
bool request_from_args(const std::vector<std::string>& args, TableRequest& r) {
  bool summary = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--summary") { summary = true; continue; }
    if (a == "--no-screen-outliers") { r.screen_outliers = false; continue; }
    if (i + 1 >= args.size()) throw std::runtime_error("option without a value: " + a);
    const std::string& v = args[++i];
    if (a == "--value") r.value_column = v;
    else if (a == "--date") r.date_column = v;
    else if (a == "--facet") r.facet_column = v;
    else if (a == "--improvement") r.improvement = v;
    else if (a == "--target") r.target = std::stod(v);
    else if (a == "--fix-after") r.fix_after = std::stoi(v);
    else if (a == "--rebase") {
      std::istringstream parts(v);
      for (std::string p; std::getline(parts, p, ',');) r.rebase.push_back(p);
    } else {
      throw std::runtime_error("unknown option in golden case: " + a);
    }
  }
  return summary;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(text);
  while (std::getline(in, cell, sep)) out.push_back(cell);
  if (!text.empty() && text.back() == sep) out.emplace_back();
  return out;
}

bool same_cell(const std::string& got, const std::string& want) {
  if (got == want) return true;
  const auto g = parse_number(got), w = parse_number(want);
  if (!g || !w) return false;
  return std::fabs(*g - *w) <= 1e-9 * std::max({std::fabs(*g), std::fabs(*w), 1e-300});
}

class GoldenSpc : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenSpc, MatchesExpected) {
  const fs::path path = kCaseDir / (GetParam() + ".test");
  const GoldenCase c = read_case(path);
  ASSERT_TRUE(c.sections.count("input")) << path << ": no input: section";
  ASSERT_TRUE(c.sections.count("expected") != c.sections.count("error"))
      << path << ": needs exactly one of expected: and error:";
  std::string input;
  for (const auto& l : c.sections.at("input")) input += l + "\n";
  TableRequest request;
  const bool summary = request_from_args(c.args, request);

  if (c.sections.count("error")) {
    try {
      analyse_table(parse_csv(input, "input.csv"), request);
      FAIL() << path << ": expected an InputError";
    } catch (const InputError& e) {
      std::vector<std::string> got;
      for (const auto& p : e.problems()) got.push_back(p.to_string());
      EXPECT_EQ(got, c.sections.at("error")) << path;
    }
    return;
  }

  const TableResult result = analyse_table(parse_csv(input, "input.csv"), request);
  std::string text = summary ? format_summary_csv(result) : format_points_csv(result);
  ASSERT_FALSE(text.empty());
  ASSERT_EQ(text.back(), '\n');
  text.pop_back();
  const auto got = split(text, '\n');
  const auto& want = c.sections.at("expected");
  ASSERT_EQ(got.size(), want.size()) << path << ": row count";
  for (size_t i = 0; i < want.size(); ++i) {
    const auto g = split(got[i], ','), w = split(want[i], ',');
    bool same = g.size() == w.size();
    for (size_t k = 0; same && k < w.size(); ++k) same = same_cell(g[k], w[k]);
    EXPECT_TRUE(same) << path << ": row " << i + 1 << "\n  got:  " << got[i] << "\n  want: " << want[i];
  }
  const std::vector<std::string> no_warnings;
  const auto it = c.sections.find("warnings");
  EXPECT_EQ(warning_lines(result), it == c.sections.end() ? no_warnings : it->second) << path;
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  if (fs::is_directory(kCaseDir))
    for (const auto& entry : fs::directory_iterator(kCaseDir))
      if (entry.path().extension() == ".test") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenSpc, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(GoldenSpcCases, AtLeastTenCasesArePresent) { EXPECT_GE(case_names().size(), 10u); }

}  // namespace
}  // namespace ics::spc
