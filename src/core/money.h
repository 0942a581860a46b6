#pragma once
// Money as whole pence in 64-bit integers, so sums of a year's ledger add up to the penny; never a double.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ics {

using Pence = int64_t;

// Parses pounds as finance returns write them: "1234", "1234.5", "-1234.56", "(1,234.56)" (brackets and
// a leading minus both mean negative; thousands commas allowed only in groups of three), "£1,234.56".
// At most two decimal places; nullopt for anything else ("1.234", "12abc", "", "1e3", out of range).
std::optional<Pence> parse_pounds(std::string_view text);

// Parses pounds in millions as board reports write them ("12.40", "(0.3)", "£1.25m"): up to six decimal
// places, exact to the penny; nullopt otherwise.
std::optional<Pence> parse_millions(std::string_view text);

// £m as NHS finance reports print them: 1 decimal place by default, rounded half away from zero,
// thousands commas, negatives in brackets with no minus: 1'234'560'000 pence -> "12.3";
// -25'000'000 -> "(0.3)"; 123'456'000'000 -> "1,234.6"; 0 -> "0.0".
// A value that rounds to zero prints "0.0", never "(0.0)".
std::string format_millions(Pence value, int decimals = 1);

// Pounds with thousands commas and pence, negatives in brackets: "1,234.56", "(12.00)".
std::string format_pounds(Pence value);

// value rounded half away from zero to a multiple of `unit` pence (e.g. 10'000'000 = £0.1m).
Pence round_to(Pence value, Pence unit);

}  // namespace ics
