// England and Wales bank holidays and working-day arithmetic, checked against the published GOV.UK list.
#include "core/working_days.h"

#include <gtest/gtest.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace ics {
namespace {

Date d(const char* text) { return *parse_date(text); }

std::vector<std::string> as_strings(const std::vector<Date>& dates) {
  std::vector<std::string> out;
  for (Date x : dates) out.push_back(x.to_string());
  return out;
}

// Copied from https://www.gov.uk/bank-holidays (England and Wales), not derived from the rules.
const std::map<int, std::vector<std::string>> kPublished{
    {2019, {"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25",
            "2019-12-26"}},
    {2020, {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25",
            "2020-12-28"}},
    {2021, {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27",
            "2021-12-28"}},
    {2022, {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
            "2022-09-19", "2022-12-26", "2022-12-27"}},
    {2023, {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
            "2023-12-25", "2023-12-26"}},
    {2024, {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25",
            "2024-12-26"}},
    {2025, {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25",
            "2025-12-26"}},
    {2026, {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25",
            "2026-12-28"}},
    {2027, {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27",
            "2027-12-28"}},
};

TEST(BankHolidays, MatchTheGovUkListFor2019To2027) {
  for (const auto& [year, expected] : kPublished) {
    EXPECT_EQ(as_strings(england_and_wales_bank_holidays(year)), expected) << year;
    for (const auto& day : expected) EXPECT_TRUE(is_bank_holiday(d(day.c_str()))) << day;
  }
}

TEST(BankHolidays, SubstituteDaysWhenChristmasOrNewYearFallsAtTheWeekend) {
  // Christmas on Saturday 2021 and 2027: both days move to Monday and Tuesday.
  EXPECT_FALSE(is_bank_holiday(d("2021-12-25")));
  EXPECT_FALSE(is_bank_holiday(d("2021-12-26")));
  EXPECT_TRUE(is_bank_holiday(d("2027-12-27")));
  EXPECT_TRUE(is_bank_holiday(d("2027-12-28")));
  // Christmas on Sunday 2022: Boxing Day stays Monday, Christmas moves to Tuesday.
  EXPECT_TRUE(is_bank_holiday(d("2022-12-26")));
  EXPECT_TRUE(is_bank_holiday(d("2022-12-27")));
  EXPECT_FALSE(is_bank_holiday(d("2022-12-28")));
  // Boxing Day on Saturday 2026: Monday 28th.
  EXPECT_TRUE(is_bank_holiday(d("2026-12-28")));
  EXPECT_FALSE(is_bank_holiday(d("2026-12-29")));
  // New Year's Day on Saturday 2000 and Sunday 2017.
  EXPECT_TRUE(is_bank_holiday(d("2000-01-03")));
  EXPECT_TRUE(is_bank_holiday(d("2017-01-02")));
}

TEST(BankHolidays, EasterAtTheEdgesOfItsRange) {
  // Early and late Easters: Sunday 23 March 2008 and 25 April 2038; and 24 April 2011, when the
  // royal wedding fell between Easter Monday and the early May bank holiday.
  EXPECT_TRUE(is_bank_holiday(d("2008-03-21")));
  EXPECT_TRUE(is_bank_holiday(d("2008-03-24")));
  EXPECT_TRUE(is_bank_holiday(d("2038-04-23")));
  EXPECT_TRUE(is_bank_holiday(d("2038-04-26")));
  EXPECT_EQ(as_strings(england_and_wales_bank_holidays(2011)),
            (std::vector<std::string>{"2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02",
                                      "2011-05-30", "2011-08-29", "2011-12-26", "2011-12-27"}));
}

TEST(BankHolidays, OneOffMovesAndAdditions) {
  auto has = [](const char* day) { return is_bank_holiday(d(day)); };
  EXPECT_TRUE(has("1995-05-08"));
  EXPECT_FALSE(has("1995-05-01"));
  EXPECT_TRUE(has("1999-12-31"));
  EXPECT_TRUE(has("2002-06-03"));
  EXPECT_TRUE(has("2002-06-04"));
  EXPECT_FALSE(has("2002-05-27"));
  EXPECT_TRUE(has("2012-06-04"));
  EXPECT_TRUE(has("2012-06-05"));
  EXPECT_FALSE(has("2012-05-28"));
  EXPECT_FALSE(has("2020-05-04"));
  EXPECT_FALSE(has("2022-05-30"));
  EXPECT_EQ(england_and_wales_bank_holidays(2002).size(), 9u);
  EXPECT_EQ(england_and_wales_bank_holidays(2012).size(), 9u);
  EXPECT_EQ(england_and_wales_bank_holidays(2023).size(), 9u);
}

TEST(BankHolidays, YearsOutsideTheKnownRangeThrowButDaysSimplyAreNotHolidays) {
  EXPECT_THROW(england_and_wales_bank_holidays(1970), std::out_of_range);
  EXPECT_THROW(england_and_wales_bank_holidays(2101), std::out_of_range);
  EXPECT_NO_THROW(england_and_wales_bank_holidays(1971));
  EXPECT_NO_THROW(england_and_wales_bank_holidays(2100));
  EXPECT_FALSE(is_bank_holiday(d("2101-12-25")));
  EXPECT_FALSE(is_working_day(d("2101-12-25")));  // a Sunday
  EXPECT_TRUE(is_working_day(d("2101-12-26")));
}

TEST(WorkingDays, WeekendsAndBankHolidaysAreNotWorkingDays) {
  EXPECT_TRUE(is_working_day(d("2024-03-28")));   // Thursday before Easter
  EXPECT_FALSE(is_working_day(d("2024-03-29")));  // Good Friday
  EXPECT_FALSE(is_working_day(d("2024-03-30")));  // Saturday
  EXPECT_FALSE(is_working_day(d("2024-04-01")));  // Easter Monday
  EXPECT_TRUE(is_working_day(d("2024-04-02")));
}

TEST(WorkingDays, DeadlinesCrossingEaster) {
  // Papers out 5 working days before a meeting on Thursday 4 April 2024: Wed 3, Tue 2, Thu 28 Mar,
  // Wed 27, Tue 26.
  EXPECT_EQ(add_working_days(d("2024-04-04"), -5).to_string(), "2024-03-26");
  // Draft minutes 3 working days after Thursday 28 March 2024: Tue 2, Wed 3, Thu 4 April.
  EXPECT_EQ(add_working_days(d("2024-03-28"), 3).to_string(), "2024-04-04");
  EXPECT_EQ(working_days_between(d("2024-03-28"), d("2024-04-04")), 3);
}

TEST(WorkingDays, DeadlinesCrossingChristmasAndNewYear) {
  // From Friday 24 December 2021: 27 and 28 are substitute days, 31st a Friday, 3 January 2022 the
  // New Year substitute.
  EXPECT_EQ(add_working_days(d("2021-12-24"), 1).to_string(), "2021-12-29");
  EXPECT_EQ(add_working_days(d("2021-12-24"), 3).to_string(), "2021-12-31");
  EXPECT_EQ(add_working_days(d("2021-12-24"), 4).to_string(), "2022-01-04");
  EXPECT_EQ(add_working_days(d("2022-01-04"), -4).to_string(), "2021-12-24");
  EXPECT_EQ(working_days_between(d("2021-12-24"), d("2022-01-04")), 4);
  // 2027: Christmas on Saturday, back from Wednesday 29 December.
  EXPECT_EQ(add_working_days(d("2027-12-29"), -1).to_string(), "2027-12-24");
}

TEST(WorkingDays, ZeroAndNonWorkingStartingDays) {
  EXPECT_EQ(add_working_days(d("2024-03-30"), 0).to_string(), "2024-03-30");
  EXPECT_EQ(add_working_days(d("2024-03-30"), 1).to_string(), "2024-04-02");   // from Saturday of Easter
  EXPECT_EQ(add_working_days(d("2024-03-30"), -1).to_string(), "2024-03-28");
  EXPECT_EQ(working_days_between(d("2024-04-04"), d("2024-04-04")), 0);
  EXPECT_EQ(working_days_between(d("2024-04-10"), d("2024-04-04")), 0);
  EXPECT_EQ(working_days_between(d("2024-04-05"), d("2024-04-08")), 1);  // Friday to Monday: just Monday
}

TEST(WorkingDays, AddAndCountAgreeOverAWholeYear) {
  // A year of 2023 has 365 days, 105 weekend days and 9 weekday bank holidays.
  EXPECT_EQ(working_days_between(d("2022-12-31"), d("2023-12-31")), 365 - 105 - 9);
  for (int n = 1; n <= 260; n += 7) {
    const Date end = add_working_days(d("2023-01-01"), n);
    EXPECT_TRUE(is_working_day(end)) << n;
    EXPECT_EQ(working_days_between(d("2023-01-01"), end), n) << n;
  }
}

}  // namespace
}  // namespace ics
