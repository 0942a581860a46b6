#pragma once
// Health inequalities: directly age-standardised rates by group (IMD quintile, ethnic group, PCN, place,
// Core20 vs the rest) for emergency admissions, A&E attendances, elective activity and deaths in the 12
// months before `at`; and the slope and relative index of inequality across IMD deciles.
#include <array>
#include <string>
#include <vector>

#include "phm/person_facts.h"
#include "phm/population.h"
#include "phm/standardisation.h"

namespace ics::phm {

enum class InequalityMeasure : uint8_t { EmergencyAdmissions, AeAttendances, ElectiveActivity, Mortality };
inline constexpr int kInequalityMeasureCount = 4;
std::string_view measure_key(InequalityMeasure m);   // "emergency_admissions", ..., "mortality"
std::string measure_label(InequalityMeasure m);      // "Emergency admissions", ...

enum class InequalityDimension : uint8_t { ImdQuintile, EthnicGroup, Pcn, Place, Core20 };
inline constexpr int kInequalityDimensionCount = 5;
std::string_view dimension_key(InequalityDimension d);  // "imd_quintile", "ethnic_group", "pcn", "place", "core20"
std::string dimension_label(InequalityDimension d);     // "IMD quintile", ...

// The events a measure counts for one person's last year: emergency admissions; A&E attendances;
// elective admissions plus outpatient attendances; 1 if they died in the year.
double measure_events(InequalityMeasure m, const PersonFacts& facts);

struct InequalityRow {
  InequalityMeasure measure;
  InequalityDimension dimension;
  std::string group;  // "1 (most deprived)", "asian", a PCN code, a place code, "Core20" / "Rest"
  StandardisedRate rate;
};

// SII: the absolute gap in rate between the most and least deprived ends of the population, from a
// population-weighted least-squares line of each decile's rate on its cumulative population midpoint
// rank (0 = most deprived, 1 = least; sign flipped so a positive SII means more in the deprived).
// RII = SII ÷ the population-weighted mean rate. 95% CIs from 10,000 seeded simulations of the
// deciles' rates (normal on each decile's DSR standard error), as OHID's tool does.
struct SlopeIndex {
  InequalityMeasure measure;
  double sii = 0, sii_lower = 0, sii_upper = 0;
  double rii = 0, rii_lower = 0, rii_upper = 0;
};

// The point estimate alone (for hand-worked tests): decile rates and populations, most deprived first.
struct SlopeEstimate {
  double sii = 0, rii = 0;
};
SlopeEstimate slope_index_estimate(const std::array<double, 10>& rates, const std::array<double, 10>& populations);

// With confidence intervals: rates_lower/upper are each decile's 95% limits (to recover its standard error).
SlopeIndex slope_index(InequalityMeasure measure, const std::array<StandardisedRate, 10>& deciles,
                       unsigned simulations = 10000, uint64_t seed = 20260401);

struct InequalityReport {
  Date at;
  std::vector<InequalityRow> rows;    // every measure × dimension × group, in that order
  std::vector<SlopeIndex> slopes;     // one per measure
  // Per measure: the Core20 rate ÷ the rest's rate.
  std::array<double, kInequalityMeasureCount> core20_rate_ratio{};
};

// Deaths and events are those of the year before `at`; the population at risk is everyone alive at its
// start (facts_year_before[p].in_population) — so people who died in the year count in the denominator.
// facts_at supplies the year's events; facts_year_before supplies the population at risk and age.
InequalityReport measure_inequalities(const Population& population, const std::vector<PersonFacts>& facts_year_before,
                                      const std::vector<PersonFacts>& facts_at, Date at);

}  // namespace ics::phm
