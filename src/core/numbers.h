#pragma once
// Strict number parsing and round-trip printing for CSV input and output.
#include <optional>
#include <string>
#include <string_view>

namespace ics {

// Parses a decimal number ("12", "-0.5", "1e3"), allowing surrounding spaces; nullopt for
// anything else ("n/a", "", "12abc", "nan", "inf").
std::optional<double> parse_number(std::string_view text);

// Parses a whole number; nullopt for anything else.
std::optional<long long> parse_integer(std::string_view text);

// Prints with 17 significant digits so the value reads back bit for bit ("%.17g").
std::string format_round_trip(double value);

}  // namespace ics
