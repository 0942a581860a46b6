// SPC over a long CSV table: grouping into facets, sorting, validation and the CSV it prints.
#include "spc/table.h"

#include <gtest/gtest.h>

#include <sstream>

#include "core/calendar.h"
#include "core/errors.h"
#include "core/numbers.h"

namespace ics::spc {
namespace {

TableRequest request(std::optional<std::string> facet = std::nullopt) {
  TableRequest r;
  r.value_column = std::string("v");
  r.date_column = std::string("d");
  r.facet_column = std::move(facet);
  return r;
}

std::vector<std::string> problems_of(const std::string& csv, const TableRequest& r) {
  try {
    analyse_table(parse_csv(csv, "t.csv"), r);
  } catch (const InputError& e) {
    std::vector<std::string> out;
    for (const auto& p : e.problems()) out.push_back(p.to_string());
    return out;
  }
  return {};
}

TEST(SpcTable, SortsFacetsByteWiseAndDatesWithinEach) {
  const auto t = parse_csv("d,f,v\n2020-02,b,2\n2020-01,b,1\n2020-01,B,3\n2020-01,a,4\n", "t.csv");
  const auto r = analyse_table(t, request("f"));
  ASSERT_EQ(r.facets.size(), 3u);
  EXPECT_EQ(r.facets[0].facet, "B");
  EXPECT_EQ(r.facets[1].facet, "a");
  EXPECT_EQ(r.facets[2].facet, "b");
  EXPECT_EQ(r.facets[2].values, (std::vector<double>{1, 2}));
  EXPECT_EQ(r.facets[2].lines, (std::vector<int>{3, 2}));
}

TEST(SpcTable, PrintsOneRowPerPointWithEmptyFacetAndUndefinedLimits) {
  const auto r = analyse_table(parse_csv("d,v\n2020-01-15,0.5\n", "t.csv"), request());
  EXPECT_EQ(format_points_csv(r),
            "facet,date,value,mean,lpl,upl,special_cause,point_type\n"
            ",2020-01-15,0.5,0.5,,,Common Cause,common_cause\n");
  EXPECT_EQ(format_summary_csv(r), "facet,points,mean,lpl,upl,variation,assurance\n,1,0.5,,,common_cause,\n");
  EXPECT_EQ(warning_lines(r),
            (std::vector<std::string>{"ics: warning: no limits: the segment starting 2020-01-15 has only 1 point"}));
}

TEST(SpcTable, NumbersRoundTripAndFacetsAreQuoted) {
  // 0.1 + 0.2 is not 0.3: printed with 17 significant digits it reads back exactly.
  const auto r = analyse_table(parse_csv("d,f,v\n2020-01,\"x, y\",0.1\n2020-02,\"x, y\",0.2\n", "t.csv"),
                               request("f"));
  const std::string out = format_points_csv(r);
  EXPECT_NE(out.find("\"x, y\",2020-01-01,0.10000000000000001,0.15000000000000002,"), std::string::npos) << out;
  EXPECT_EQ(warning_lines(r)[0],
            "ics: warning: facet \"x, y\": trial limits: the segment starting 2020-01-01 has 2 points (fewer than 12)");
}

TEST(SpcTable, ColumnsMatchCaseInsensitively) {
  EXPECT_NO_THROW(analyse_table(parse_csv("D,V\n2020-01,1\n", "t.csv"), request()));
}

TEST(SpcTable, ReportsEveryBadCellWithItsPlace) {
  EXPECT_EQ(problems_of("x,d,v\n1,2020-01,n/a\n2,2020-1,1\n3,2020-02,\n", request()),
            (std::vector<std::string>{"t.csv:2:3: value \"n/a\" is not a number",
                                      "t.csv:3:2: date \"2020-1\" is not a date (expected YYYY-MM-DD or YYYY-MM)",
                                      "t.csv:4:3: value \"\" is not a number"}));
}

TEST(SpcTable, TwoBadDatesAreNotARepeat) {
  EXPECT_EQ(problems_of("d,v\n2020-14,1\nsoon,2\n", request()).size(), 2u);
}

TEST(SpcTable, ADateMayRepeatAcrossFacetsButNotWithinOne) {
  EXPECT_TRUE(problems_of("d,f,v\n2020-01,a,1\n2020-01,b,1\n", request("f")).empty());
  EXPECT_EQ(problems_of("d,f,v\n2020-01,a,1\n2020-01-01,a,1\n", request("f")),
            (std::vector<std::string>{"t.csv:3:1: date 2020-01-01 repeats in facet \"a\" (first on line 2)"}));
  // Without --facet every row is one series.
  EXPECT_EQ(problems_of("d,f,v\n2020-01,a,1\n2020-01,b,1\n", request()),
            (std::vector<std::string>{"t.csv:3:1: date 2020-01-01 repeats (first on line 2)"}));
}

TEST(SpcTable, ReportsBadOptionsAndMissingColumnsTogether) {
  auto r = request("ward");
  r.improvement = "better";
  r.fix_after = 11;
  r.rebase = {"2020-02", "soon"};
  EXPECT_EQ(problems_of("d,v\n2020-01,1\n", r),
            (std::vector<std::string>{"--improvement \"better\" is not one of increase, decrease, neutral",
                                      "--fix-after 11 is too small: limits need at least 12 points",
                                      "--rebase \"soon\" is not a date (expected YYYY-MM-DD or YYYY-MM)",
                                      "t.csv:1: missing column \"ward\" (given by --facet)"}));
}

TEST(SpcTable, FixAfterTwelveIsAccepted) {
  auto r = request();
  r.fix_after = 12;
  EXPECT_TRUE(problems_of("d,v\n2020-01,1\n", r).empty());
}

}  // namespace
}  // namespace ics::spc

namespace ics::spc {
namespace {

// The CSV writer prints numbers itself (for speed); it must print exactly what ics::format_round_trip does.
TEST(SpcTable, PrintsNumbersExactlyAsFormatRoundTrip) {
  const std::vector<double> values{0.1, 1.0 / 3, -2.5, 0, -0.0, 1e-300, 5e-324, 1.7976931348623157e308, 1e21,
                                   123456789012345678.0, 0.30000000000000004, 100, 1e16, 1e17, 0.95};
  std::string csv = "d,v\n";
  Month m{2000, 1};
  for (double v : values) {
    csv += m.first_day().to_string() + "," + format_round_trip(v) + "\n";
    m = m.next();
  }
  const std::string out = format_points_csv(analyse_table(parse_csv(csv, "t.csv"), request()));
  std::istringstream in(out);
  std::string line;
  std::getline(in, line);  // header
  for (double v : values) {
    ASSERT_TRUE(std::getline(in, line));
    const size_t a = line.find(',', line.find(',') + 1) + 1;
    EXPECT_EQ(line.substr(a, line.find(',', a) - a), format_round_trip(v)) << line;
  }
}

}  // namespace
}  // namespace ics::spc

namespace ics::spc {
namespace {

TEST(SpcTable, CheckOptionsListsOnlyOptionProblems) {
  auto r = request("missing");
  EXPECT_TRUE(check_options(r).empty());
  r.fix_after = 3;
  r.rebase = {"2020-01", "2020-00"};
  const auto problems = check_options(r);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].to_string(), "--fix-after 3 is too small: limits need at least 12 points");
  EXPECT_EQ(problems[1].to_string(), "--rebase \"2020-00\" is not a date (expected YYYY-MM-DD or YYYY-MM)");
}

}  // namespace
}  // namespace ics::spc
