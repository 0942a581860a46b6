#include "core/working_days.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace ics {
namespace {

constexpr int kFirstYear = 1971;  // Banking and Financial Dealings Act 1971
constexpr int kLastYear = 2100;

// 0 = Monday .. 6 = Sunday; 1970-01-01 was a Thursday.
int weekday(Date d) {
  const int w = (d.days + 3) % 7;
  return w < 0 ? w + 7 : w;
}
bool is_weekend(Date d) { return weekday(d) >= 5; }
Date plus_days(Date d, int n) { return Date{d.days + n}; }

// Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).
Date easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date::from_ymd(year, month, day);
}

Date first_monday(int year, int month) {
  const Date first = Date::from_ymd(year, month, 1);
  return plus_days(first, (7 - weekday(first)) % 7);
}

Date last_monday(int year, int month) {
  const Date next_first = month == 12 ? Date::from_ymd(year + 1, 1, 1) : Date::from_ymd(year, month + 1, 1);
  const Date last = plus_days(next_first, -1);
  return plus_days(last, -weekday(last));
}

// A holiday falling on a weekend moves to the next weekday not already taken.
void add_with_substitute(std::vector<Date>& days, Date d) {
  while (is_weekend(d) || std::find(days.begin(), days.end(), d) != days.end()) d = plus_days(d, 1);
  days.push_back(d);
}

std::vector<Date> compute_year(int y) {
  std::vector<Date> days;
  auto ymd = [y](int m, int d) { return Date::from_ymd(y, m, d); };

  // New Year's Day became a bank holiday in England and Wales in 1974.
  if (y >= 1974) add_with_substitute(days, ymd(1, 1));

  const Date easter = easter_sunday(y);
  days.push_back(plus_days(easter, -2));  // Good Friday
  days.push_back(plus_days(easter, 1));   // Easter Monday

  // Early May bank holiday from 1978; moved for the VE Day anniversaries.
  if (y == 1995) {
    days.push_back(ymd(5, 8));
  } else if (y == 2020) {
    days.push_back(ymd(5, 8));
  } else if (y >= 1978) {
    days.push_back(first_monday(y, 5));
  }

  // Spring bank holiday; moved for the Golden, Diamond and Platinum Jubilees.
  if (y == 2002) {
    days.push_back(ymd(6, 3));  // Golden Jubilee
    days.push_back(ymd(6, 4));
  } else if (y == 2012) {
    days.push_back(ymd(6, 4));
    days.push_back(ymd(6, 5));  // Diamond Jubilee
  } else if (y == 2022) {
    days.push_back(ymd(6, 2));
    days.push_back(ymd(6, 3));  // Platinum Jubilee
  } else {
    days.push_back(last_monday(y, 5));
  }

  days.push_back(last_monday(y, 8));  // Summer bank holiday

  // Other one-off holidays proclaimed for royal and national occasions.
  if (y == 1977) days.push_back(ymd(6, 7));    // Silver Jubilee
  if (y == 1981) days.push_back(ymd(7, 29));   // Royal wedding
  if (y == 1999) days.push_back(ymd(12, 31));  // Millennium
  if (y == 2011) days.push_back(ymd(4, 29));   // Royal wedding
  if (y == 2022) days.push_back(ymd(9, 19));   // State funeral of Queen Elizabeth II
  if (y == 2023) days.push_back(ymd(5, 8));    // Coronation of King Charles III

  // Christmas first, so that when it falls on a weekend Boxing Day's substitute comes after it.
  add_with_substitute(days, ymd(12, 25));
  add_with_substitute(days, ymd(12, 26));

  std::sort(days.begin(), days.end());
  return days;
}

// Every year computed once, on first use; a function-local static is initialised thread-safely.
const std::vector<std::vector<Date>>& all_years() {
  static const std::vector<std::vector<Date>> table = [] {
    std::vector<std::vector<Date>> t;
    t.reserve(kLastYear - kFirstYear + 1);
    for (int y = kFirstYear; y <= kLastYear; ++y) t.push_back(compute_year(y));
    return t;
  }();
  return table;
}

}  // namespace

std::vector<Date> england_and_wales_bank_holidays(int year) {
  if (year < kFirstYear || year > kLastYear)
    throw std::out_of_range("bank holidays are known for " + std::to_string(kFirstYear) + " to " +
                            std::to_string(kLastYear) + ", not " + std::to_string(year));
  return all_years()[year - kFirstYear];
}

// Outside the known years a date is simply not a bank holiday, so working-day arithmetic near the
// ends of the range never throws (weekends are still skipped).
bool is_bank_holiday(Date date) {
  const int y = date.year();
  if (y < kFirstYear || y > kLastYear) return false;
  const auto& days = all_years()[y - kFirstYear];
  return std::binary_search(days.begin(), days.end(), date);
}

bool is_working_day(Date date) { return !is_weekend(date) && !is_bank_holiday(date); }

Date add_working_days(Date date, int n) {
  const int step = n > 0 ? 1 : -1;
  for (long long remaining = n > 0 ? n : -static_cast<long long>(n); remaining > 0;) {
    date = plus_days(date, step);
    if (is_working_day(date)) --remaining;
  }
  return date;
}

int working_days_between(Date from, Date to) {
  int count = 0;
  for (Date d = plus_days(from, 1); d <= to; d = plus_days(d, 1))
    if (is_working_day(d)) ++count;
  return count;
}

}  // namespace ics
