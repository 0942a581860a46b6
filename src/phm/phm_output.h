#pragma once
// Writes a PhmAnalysis as files for analysts and other tools (`ics phm run --output DIR`): CSV tables and
// one JSON document, every aggregate under disclosure control (phm/disclosure.h). Case-finding lists,
// which are patient-identifiable, are written only when asked for, to case_finding_PATIENT_IDENTIFIABLE.csv,
// every row of which carries the marking "OFFICIAL-SENSITIVE: PATIENT IDENTIFIABLE".
// Money: JSON holds whole pence as integers in keys ending "_pence" (the project's convention); CSV holds
// pounds with two decimals in columns ending "_pounds". Suppressed values are JSON null and empty CSV cells.
#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "phm/phm_analysis.h"

namespace ics::phm {

// The marking every case-finding row carries, and the file it is written to.
inline constexpr std::string_view kPatientIdentifiableMarking = "OFFICIAL-SENSITIVE: PATIENT IDENTIFIABLE";
inline constexpr std::string_view kCaseFindingFile = "case_finding_PATIENT_IDENTIFIABLE.csv";

// The analysis as JSON with disclosure control applied to every count (suppressed counts are null, as
// are rates, ratios and costs derived from them). The web API serves the same document's parts.
// Top-level keys: at, extract, disclosure_control, persons, segments, risk_model, inequalities,
// value_opportunities (the full shape is listed at the top of phm_json.cpp).
nlohmann::json analysis_json(const Population& population, const PhmAnalysis& analysis);

// A value row is hidden when its observed count or its population is suppressed.
bool value_row_hidden(const OpportunityRow& row);

// The value report's money as disclosed: costs and opportunities summed over the rows shown only, since a
// total that took in a hidden row would give that row away by subtraction.
struct DisclosedValueTotals {
  std::array<int64_t, kSettingCount> cost_pence{}, opportunity_pence{}, rows_withheld{};  // by Setting
  int64_t total_opportunity_pence = 0, total_rows_withheld = 0;
};
DisclosedValueTotals disclosed_value_totals(const ValueReport& report);

// Files written into DIR: summary.json (analysis_json plus "files": each file written, with
// "patient_identifiable"), segments.csv, risk_model.csv (coefficients), risk_calibration.csv,
// risk_tiers.csv, inequalities.csv, inequality_slopes.csv, value_opportunities.csv; plus
// case_finding_PATIENT_IDENTIFIABLE.csv when case_finding_pcns is given (empty list = every PCN), listed in
// summary.json as patient-identifiable (a stale one from an earlier run is removed when not asked for).
// PCN codes are checked before anything is written. A new DIR is written as a sibling temporary folder
// and renamed into place; in an existing DIR each file is written to a temporary name and renamed.
// Throws InputError for an unknown PCN code or when DIR cannot be written.
struct OutputOptions {
  std::optional<std::vector<std::string>> case_finding_pcns;  // PCN codes; unknown codes are an InputError
};
void write_analysis(const Population& population, const PhmAnalysis& analysis, const std::string& directory,
                    const OutputOptions& options = {});

// The PCN indexes of the given codes (InputError naming every unknown code); empty codes = empty result.
std::vector<uint16_t> pcn_indexes(const Population& population, const std::vector<std::string>& codes);

}  // namespace ics::phm
