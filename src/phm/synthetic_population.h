#pragma once
// A synthetic but plausible ICS population for tests, benchmarks and the demo: never real people.
// Age and sex follow the ONS 2023 mid-year estimates for England; deprivation varies by place; condition
// prevalence rises with age and deprivation; use and cost rise with age, conditions, frailty and
// deprivation; and each year's emergency admissions are drawn from a known logistic model on the risk
// model's own features (phm/risk_features.h), so the fitted model can be checked against the truth.
// Deterministic: the same options give the same population, byte for byte, on any machine.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "phm/population.h"
#include "phm/risk_features.h"

namespace ics::phm {

// Persons by single year of age 0..90 (90 = 90 and over) and sex, e.g. ONS England 2023.
struct AgeSexDistribution {
  std::array<std::array<double, 91>, kSexCount> persons{};  // [sex][age]
};

struct SyntheticPlace {
  std::string code;
  // Mean IMD decile of the place's LSOAs (1 most deprived .. 10 least); LSOAs spread around it.
  double mean_imd_decile = 5.5;
  std::vector<std::string> pcn_codes;        // the place's PCNs
  std::vector<std::vector<std::string>> practice_codes;  // per PCN, its practices
  double share = 1.0;                        // relative size (persons are split by share)
};

struct SynthOptions {
  int64_t persons = 10000;
  int years = 2;            // events cover `years` whole years ending on end_date
  uint64_t seed = 1;
  Date end_date = Date::from_ymd(2026, 3, 31);  // last day of the extract
  std::vector<SyntheticPlace> places;  // empty = default_places(persons)
  unsigned threads = 0;     // 0 = the machine's cores (output does not depend on it)
};

// The coefficients the generator draws "at least one emergency admission in the year" from, by
// feature, on facts at the start of each year (the risk model should recover them).
extern const RiskFeatures kTrueEmergencyAdmissionCoefficients;

// A plausible hierarchy for a population of this size: 4 places of differing deprivation, about one PCN
// per 50,000 persons and one practice per 8,000 (illustrative codes).
std::vector<SyntheticPlace> default_places(int64_t persons);

// Generates the population. Throws std::invalid_argument for persons < 1, years < 2 or > 10, or an
// empty distribution.
PopulationColumns generate_population(const SynthOptions& options, const AgeSexDistribution& distribution);

}  // namespace ics::phm
