#pragma once
// How the population health pages print figures: counts under disclosure control (phm/disclosure.h:
// 1-7 shown as "*", others rounded to 5), rates and ratios, money; and the pieces every PHM page shares
// (the "as at" line, the section's own links, the page for no population).
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/money.h"
#include "web/phm_service.h"

namespace ics::web {

// The footnote every page with a disclosed count carries.
inline constexpr const char* kSuppressedNote = "* suppressed: 1-7. Counts of 1 to 7 are hidden and every other count is "
                                               "rounded to the nearest 5, so small groups cannot identify anyone.";

// A count as the page shows it: "1,235" (rounded to 5), "0", or "*" when suppressed.
std::string disclosed_cell(int64_t count);
// The count after disclosure control; nullopt when suppressed.
std::optional<int64_t> disclosed(int64_t count);
// The same from phm::analysis_json, where a suppressed count is null: "*" for null.
std::string count_cell(const nlohmann::json& count);
// A derived figure from the JSON (rate, ratio, ...) to `decimals` places with thousands commas; "–" for
// null (hidden with the count it comes from, or not a number).
std::string figure_cell(const nlohmann::json& value, int decimals);
// A proportion from the JSON as a percentage to 1 place; "–" for null.
std::string percent_cell(const nlohmann::json& proportion);
// Money (integer pence) from the JSON as whole pounds; "–" for null.
std::string money_cell(const nlohmann::json& pence);
// A count printed in full (no disclosure control) with thousands commas: 12345 -> "12,345".
std::string count_text(int64_t count);

// A rate per 100,000 to 1 decimal place with thousands commas: "1,234.5".
std::string rate_text(double rate);
// A ratio to 2 decimal places: "1.07".
std::string ratio_text(double ratio);
// A proportion as a percentage to 1 decimal place: 0.1234 -> "12.3%".
std::string percent_text(double proportion);
// A number to `decimals` decimal places ("-0.123" at 3).
std::string fixed_text(double value, int decimals);
// Whole pounds with thousands commas: "£12,346"; negatives in brackets as finance pages print them.
std::string money_text(Pence value);

// The paragraph saying which date the analysis is as at, and why when it is not today.
std::string as_at_html(const PhmPopulation& population);
// The links between the section's pages, marking the current one.
std::string phm_section_nav(const std::string& current_href);
// The body shown when no population has been loaded: what to run to load one.
std::string no_population_body(const std::string& snapshot_path);
// The body shown when the snapshot could not be read or analysed.
std::string failed_population_body(const std::string& snapshot_path, const std::string& problem);
// The footnote paragraph for suppressed counts.
std::string suppressed_note_html();

}  // namespace ics::web
