#include "core/csv.h"

#include <gtest/gtest.h>

#include "core/errors.h"

namespace ics {
namespace {

TEST(Csv, ParsesQuotedFieldsAndKeepsLineNumbers) {
  auto t = parse_csv("a,b\n1,\"x, \"\"y\"\"\"\n\"multi\nline\",3\r\n4,5", "t.csv");
  ASSERT_EQ(t.header, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].cells[1], "x, \"y\"");
  EXPECT_EQ(t.rows[0].line, 2);
  EXPECT_EQ(t.rows[1].cells[0], "multi\nline");
  EXPECT_EQ(t.rows[1].line, 3);
  EXPECT_EQ(t.rows[2].line, 5);
  EXPECT_EQ(t.rows[2].cells[1], "5");
}

TEST(Csv, SkipsByteOrderMarkAndBlankLines) {
  auto t = parse_csv("\xEF\xBB\xBFid,v\n\nA,1\n\n", "t.csv");
  EXPECT_EQ(t.header[0], "id");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].line, 3);
}

TEST(Csv, ReportsEveryRowWithTheWrongFieldCount) {
  try {
    parse_csv("a,b\n1\n2,3\n4,5,6\n", "bad.csv");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    ASSERT_EQ(e.problems().size(), 2u);
    EXPECT_EQ(e.problems()[0].to_string(), "bad.csv:2: expected 2 fields, found 1");
    EXPECT_EQ(e.problems()[1].line, 4);
  }
}

TEST(Csv, ReportsAnUnterminatedQuoteAtItsColumn) {
  try {
    parse_csv("a,b\n1,\"open\n", "q.csv");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.problems()[0].to_string(), "q.csv:2:3: unterminated quoted field");
  }
}

TEST(Csv, RejectsAnEmptyFile) { EXPECT_THROW(parse_csv("", "e.csv"), InputError); }

TEST(Csv, RequireColumnNamesTheMissingColumn) {
  auto t = parse_csv("Period,Value\n", "m.csv");
  EXPECT_EQ(*t.column("period"), 0u);
  try {
    t.require_column("org");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "m.csv:1: missing column \"org\"");
  }
}

TEST(Csv, EscapesOnlyWhenNeeded) {
  EXPECT_EQ(csv_escape("plain"), "plain");
  EXPECT_EQ(csv_escape("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_escape("say \"hi\""), "\"say \"\"hi\"\"\"");
}

}  // namespace
}  // namespace ics
