#pragma once
// Writes a PhmAnalysis as files for analysts and other tools (`ics phm run --output DIR`): CSV tables and
// one JSON document, every aggregate under disclosure control (phm/disclosure.h). Case-finding lists,
// which are patient-identifiable, are written only when asked for, to case_finding.csv marked as such.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "phm/phm_analysis.h"

namespace ics::phm {

// The analysis as JSON with disclosure control applied to every count (suppressed counts are null, as
// are rates and ratios derived from them). The web API serves the same document's parts.
// Top-level keys: at, persons, segments, risk_model, inequalities, value_opportunities.
nlohmann::json analysis_json(const Population& population, const PhmAnalysis& analysis);

// Files written into DIR (created): summary.json (analysis_json), segments.csv, risk_model.csv
// (coefficients), risk_calibration.csv, risk_tiers.csv, inequalities.csv, inequality_slopes.csv,
// value_opportunities.csv; plus case_finding.csv when case_finding_pcns is given (empty list = every
// PCN). Every file is written to a temporary name and renamed. Throws InputError when DIR cannot be written.
struct OutputOptions {
  std::optional<std::vector<std::string>> case_finding_pcns;  // PCN codes; unknown codes are an InputError
};
void write_analysis(const Population& population, const PhmAnalysis& analysis, const std::string& directory,
                    const OutputOptions& options = {});

}  // namespace ics::phm
