#include "core/money.h"

#include <limits>

namespace ics {
namespace {

constexpr std::string_view kPound = "\xC2\xA3";  // "£" in UTF-8
constexpr uint64_t kMaxMagnitude = static_cast<uint64_t>(std::numeric_limits<Pence>::max());

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool consume(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

// magnitude = magnitude * 10 + digit, failing rather than wrapping past 2^63 (the most a negative may hold).
bool push_digit(uint64_t& magnitude, char digit) {
  const uint64_t d = static_cast<uint64_t>(digit - '0');
  if (magnitude > (kMaxMagnitude + 1 - d) / 10) return false;
  magnitude = magnitude * 10 + d;
  return true;
}

// The whole-number part: plain digits ("1234") or comma groups of three after a first group of one to three
// digits that does not start with 0 ("1,234"). Appends the digits to `digits`.
bool take_whole_part(std::string_view& s, std::string& digits) {
  size_t n = 0;
  while (n < s.size() && is_digit(s[n])) ++n;
  if (n == 0) return false;
  const bool grouped = n < s.size() && s[n] == ',';
  if (grouped && (n > 3 || s[0] == '0')) return false;
  digits.append(s.substr(0, n));
  s.remove_prefix(n);
  while (grouped && !s.empty() && s.front() == ',') {
    s.remove_prefix(1);
    if (s.size() < 3 || !is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[2])) return false;
    if (s.size() > 3 && is_digit(s[3])) return false;
    digits.append(s.substr(0, 3));
    s.remove_prefix(3);
  }
  return true;
}

// Parses an amount in a unit worth 10^scale_digits pence, with at most max_decimals places; the optional
// `suffix` ("m") may follow the digits. Signs: a leading "-", or the whole amount in brackets; "£" may come
// before or after either.
std::optional<Pence> parse_amount(std::string_view text, int scale_digits, int max_decimals, std::string_view suffix) {
  std::string_view s = trim(text);
  bool pound = consume(s, kPound);
  bool negative = false, bracketed = false;
  if (consume(s, "-")) negative = true;
  else if (consume(s, "(")) negative = bracketed = true;
  if (!pound) pound = consume(s, kPound);
  if (bracketed && !(!s.empty() && s.back() == ')')) return std::nullopt;
  if (bracketed) s.remove_suffix(1);
  if (!suffix.empty() && s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix)
    s.remove_suffix(suffix.size());

  std::string digits;
  if (!take_whole_part(s, digits)) return std::nullopt;
  int decimals = 0;
  if (consume(s, ".")) {
    while (!s.empty() && is_digit(s.front())) {
      digits += s.front();
      s.remove_prefix(1);
      ++decimals;
    }
    if (decimals == 0 || decimals > max_decimals) return std::nullopt;
  }
  if (!s.empty()) return std::nullopt;

  // Scale the digits to pence exactly: append zeros for the places not written.
  digits.append(static_cast<size_t>(scale_digits - decimals), '0');
  uint64_t magnitude = 0;
  for (char c : digits)
    if (!push_digit(magnitude, c)) return std::nullopt;
  if (negative) return magnitude == kMaxMagnitude + 1 ? std::numeric_limits<Pence>::min() : -static_cast<Pence>(magnitude);
  if (magnitude > kMaxMagnitude) return std::nullopt;
  return static_cast<Pence>(magnitude);
}

uint64_t magnitude_of(Pence value) {
  return value < 0 ? static_cast<uint64_t>(-(value + 1)) + 1 : static_cast<uint64_t>(value);
}

// |value| / unit rounded half away from zero, as a whole number of units.
uint64_t rounded_units(uint64_t magnitude, uint64_t unit) {
  const uint64_t whole = magnitude / unit, rest = magnitude % unit;
  return rest >= unit - rest ? whole + 1 : whole;
}

// "1234567" -> "1,234,567".
std::string with_thousands_commas(uint64_t whole) {
  std::string plain = std::to_string(whole), out;
  for (size_t i = 0; i < plain.size(); ++i) {
    if (i > 0 && (plain.size() - i) % 3 == 0) out += ',';
    out += plain[i];
  }
  return out;
}

// units printed with `decimals` places, commas in the whole part, brackets when negative and not zero.
std::string format_units(uint64_t units, int decimals, bool negative) {
  uint64_t divisor = 1;
  for (int i = 0; i < decimals; ++i) divisor *= 10;
  std::string out = with_thousands_commas(units / divisor);
  if (decimals > 0) {
    std::string fraction = std::to_string(units % divisor);
    out += '.';
    out.append(static_cast<size_t>(decimals) - fraction.size(), '0');
    out += fraction;
  }
  if (negative && units != 0) return std::string("(") + out + ")";
  return out;
}

}  // namespace

std::optional<Pence> parse_pounds(std::string_view text) { return parse_amount(text, 2, 2, ""); }

std::optional<Pence> parse_millions(std::string_view text) { return parse_amount(text, 8, 6, "m"); }

std::string format_millions(Pence value, int decimals) {
  // A penny is £0.00000001m, so more than eight places would print nothing new.
  if (decimals < 0) decimals = 0;
  if (decimals > 8) decimals = 8;
  uint64_t unit = 1;
  for (int i = decimals; i < 8; ++i) unit *= 10;
  return format_units(rounded_units(magnitude_of(value), unit), decimals, value < 0);
}

std::string format_pounds(Pence value) { return format_units(magnitude_of(value), 2, value < 0); }

Pence round_to(Pence value, Pence unit) {
  if (unit <= 0) return value;
  const uint64_t u = static_cast<uint64_t>(unit);
  uint64_t units = rounded_units(magnitude_of(value), u);
  // Past the range of Pence, settle for the nearest multiple that fits.
  const uint64_t limit = value < 0 ? kMaxMagnitude + 1 : kMaxMagnitude;
  if (units > limit / u) units = limit / u;
  const uint64_t magnitude = units * u;
  if (value < 0) return magnitude == kMaxMagnitude + 1 ? std::numeric_limits<Pence>::min() : -static_cast<Pence>(magnitude);
  return static_cast<Pence>(magnitude);
}

}  // namespace ics
