#include "core/calendar.h"

#include <gtest/gtest.h>

#include "core/numbers.h"

namespace ics {
namespace {

TEST(Calendar, ParsesDaysAndMonths) {
  EXPECT_EQ(parse_date("2019-03-01")->to_string(), "2019-03-01");
  EXPECT_EQ(parse_date("2019-03")->to_string(), "2019-03-01");
  EXPECT_EQ(parse_date("1970-01-01")->days, 0);
  EXPECT_EQ(parse_date("2020-02-29")->day(), 29);
  EXPECT_EQ(parse_date("2019-03-02")->days - parse_date("2019-02-28")->days, 2);
}

TEST(Calendar, RejectsDatesThatDoNotExist) {
  for (const char* bad : {"2019-02-29", "2019-13-01", "2019-00", "2019-1-01", "19-01-01", "2019/01/01", "", "2019-04-31",
                          "abcd-ef"})
    EXPECT_FALSE(parse_date(bad).has_value()) << bad;
}

TEST(Calendar, FinancialYearRunsAprilToMarch) {
  EXPECT_EQ((Month{2019, 3}).financial_year(), "2018/19");
  EXPECT_EQ((Month{2019, 4}).financial_year(), "2019/20");
  EXPECT_EQ((Month{1999, 12}).financial_year(), "1999/00");
  EXPECT_EQ((Month{2019, 4}).financial_month_label(), "M01");
  EXPECT_EQ((Month{2019, 10}).financial_month_label(), "M07");
  EXPECT_EQ((Month{2020, 3}).financial_month_label(), "M12");
  EXPECT_EQ((Month{2019, 3}).label(), "Mar 2019");
  EXPECT_EQ((Month{2019, 12}).next(), (Month{2020, 1}));
  EXPECT_EQ((Month{2020, 1}).previous(), (Month{2019, 12}));
}

TEST(Numbers, ParsesStrictlyAndPrintsRoundTrip) {
  EXPECT_EQ(*parse_number(" 12.5 "), 12.5);
  EXPECT_EQ(*parse_number("+3"), 3);
  EXPECT_EQ(*parse_number("-1e3"), -1000);
  for (const char* bad : {"n/a", "", "12abc", "nan", "inf", "1,000", "--1"})
    EXPECT_FALSE(parse_number(bad).has_value()) << bad;
  EXPECT_EQ(*parse_integer("42"), 42);
  EXPECT_FALSE(parse_integer("4.2").has_value());
  const double x = 0.1 + 0.2;
  EXPECT_EQ(*parse_number(format_round_trip(x)), x);
  EXPECT_EQ(format_round_trip(0.5), "0.5");
}

}  // namespace
}  // namespace ics
