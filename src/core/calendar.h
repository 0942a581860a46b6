#pragma once
// Dates as day numbers, calendar months, and the NHS financial year (April to March).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ics {

// A civil date held as days since 1970-01-01, so it sorts and subtracts as an integer.
struct Date {
  int32_t days = 0;

  static Date from_ymd(int year, int month, int day);
  int year() const;
  int month() const;
  int day() const;
  std::string to_string() const;  // YYYY-MM-DD
  std::string long_label() const;  // "3 March 2026", as dates read in running text
  auto operator<=>(const Date&) const = default;
};

// Parses "YYYY-MM-DD" or "YYYY-MM" (the first of the month); nullopt if malformed or not a real date.
std::optional<Date> parse_date(std::string_view text);

// A calendar month, as NHS returns are reported.
struct Month {
  int year = 0;
  int month = 0;  // 1..12

  static Month of(Date d) { return {d.year(), d.month()}; }
  Date first_day() const { return Date::from_ymd(year, month, 1); }
  Month next() const { return month == 12 ? Month{year + 1, 1} : Month{year, month + 1}; }
  Month previous() const { return month == 1 ? Month{year - 1, 12} : Month{year, month - 1}; }
  int index() const { return year * 12 + (month - 1); }  // months since year 0, for arithmetic
  std::string to_string() const;                        // YYYY-MM
  std::string label() const;                            // "Mar 2019"
  std::string long_label() const;                       // "March 2019"
  int financial_year_start() const { return month >= 4 ? year : year - 1; }
  std::string financial_year() const;                   // "2018/19"
  int financial_month() const { return month >= 4 ? month - 3 : month + 9; }  // April = 1
  std::string financial_month_label() const;            // "M12"
  auto operator<=>(const Month&) const = default;
};

// Parses "YYYY-MM" or "YYYY-MM-DD" (the day is ignored); nullopt if malformed.
std::optional<Month> parse_month(std::string_view text);

}  // namespace ics
