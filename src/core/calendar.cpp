#include "core/calendar.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace ics {
namespace {

// Howard Hinnant's days-from-civil algorithm: exact for the proleptic Gregorian calendar.
int32_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Ymd {
  int y, m, d;
};

Ymd civil_from_days(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = yoe + era * 400;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  return {y + (m <= 2), m, d};
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool parse_fixed(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  std::from_chars(s.data(), s.data() + s.size(), out);
  return true;
}

constexpr std::array<const char*, 12> kShort{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char*, 12> kLong{"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};

}  // namespace

Date Date::from_ymd(int year, int month, int day) { return Date{days_from_civil(year, month, day)}; }
int Date::year() const { return civil_from_days(days).y; }
int Date::month() const { return civil_from_days(days).m; }
int Date::day() const { return civil_from_days(days).d; }

std::string Date::to_string() const {
  const auto c = civil_from_days(days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.y, c.m, c.d);
  return buf;
}

std::optional<Date> parse_date(std::string_view text) {
  int y = 0, m = 0, d = 1;
  if (text.size() != 7 && text.size() != 10) return std::nullopt;
  if (text[4] != '-' || !parse_fixed(text.substr(0, 4), y) || !parse_fixed(text.substr(5, 2), m)) return std::nullopt;
  if (text.size() == 10 && (text[7] != '-' || !parse_fixed(text.substr(8, 2), d))) return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date::from_ymd(y, m, d);
}

std::string Month::to_string() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}
std::string Month::label() const { return std::string(kShort[month - 1]) + " " + std::to_string(year); }
std::string Month::long_label() const { return std::string(kLong[month - 1]) + " " + std::to_string(year); }

std::string Month::financial_year() const {
  const int start = financial_year_start();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d/%02d", start, (start + 1) % 100);
  return buf;
}

std::string Month::financial_month_label() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "M%02d", financial_month());
  return buf;
}

std::optional<Month> parse_month(std::string_view text) {
  auto d = parse_date(text);
  if (!d) return std::nullopt;
  return Month::of(*d);
}

std::string Date::long_label() const { return std::to_string(day()) + " " + Month::of(*this).long_label(); }

}  // namespace ics
