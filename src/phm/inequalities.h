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

// SII, as OHID's "Slope index of inequality" technical guide: each IMD decile (1 = most deprived) sits
// at the midpoint of its share of the cumulative population, ranked from 0 (most deprived end) to 1
// (least); a population-weighted least-squares line is fitted to the deciles' rates on that rank. The
// SII is the fitted rate at rank 0 minus that at rank 1 (minus the slope), so a positive SII means higher
// rates in the MORE deprived, in the rates' units (per 100,000). RII = SII ÷ the population-weighted
// mean rate (NaN when that is 0). 95% CIs: 10,000 seeded simulations of the deciles' rates, each normal
// with the standard error its 95% CI implies ((upper - lower) / 3.92), the 2.5th and 97.5th percentiles
// (R type 7) of the simulated SIIs and RIIs, as PHEindicatormethods' phe_sii.
struct SlopeIndex {
  InequalityMeasure measure;
  double sii = 0, sii_lower = 0, sii_upper = 0;
  double rii = 0, rii_lower = 0, rii_upper = 0;
};

// The point estimate alone (for hand-worked tests): decile rates and populations, most deprived first.
// Both are NaN when nobody is in the population or only one decile is populated.
struct SlopeEstimate {
  double sii = 0, rii = 0;
};
SlopeEstimate slope_index_estimate(const std::array<double, 10>& rates, const std::array<double, 10>& populations);

// With confidence intervals: each decile's lower/upper 95% limits give its standard error. Deterministic
// for a seed; the limits are NaN when simulations is 0 or there is no estimate.
SlopeIndex slope_index(InequalityMeasure measure, const std::array<StandardisedRate, 10>& deciles,
                       unsigned simulations = 10000, uint64_t seed = 20260401);

struct InequalityReport {
  Date at;
  std::vector<InequalityRow> rows;    // every measure × dimension × group, in that order
  std::vector<SlopeIndex> slopes;     // one per measure
  // Per measure: the Core20 DSR ÷ the rest's DSR (NaN when the rest's is 0).
  std::array<double, kInequalityMeasureCount> core20_rate_ratio{};
};

// Deaths and events are those of the year before `at`; the population at risk is everyone alive at its
// start (facts_year_before[p].in_population) — so people who died in the year count in the denominator —
// in the age band they were in then. facts_at supplies the year's events. Groups: IMD quintiles
// "1 (most deprived)" .. "5 (least deprived)" (deciles 1-2, ..., 9-10), ethnic groups by enum name,
// every PCN and place code in the geography (empty ones included, not valid), "Core20" (deciles 1-2)
// and "Rest"; persons with no IMD decile 1-10 are left out of the IMD groups. Counts are tallied on
// `threads` threads (0 = the machine's cores). Throws std::invalid_argument when either facts vector is
// not one per person.
InequalityReport measure_inequalities(const Population& population, const std::vector<PersonFacts>& facts_year_before,
                                      const std::vector<PersonFacts>& facts_at, Date at, unsigned threads = 0);

}  // namespace ics::phm
