#pragma once
// Value opportunities: for each PCN and setting, last year's activity against what the PCN's age-sex mix
// would have at the ICS's own rates (indirect standardisation), with funnel limits; the benchmark is the
// best quartile's ratio (the 25th percentile of PCN ratios, the "well-managed" level), and the
// opportunity is what the PCNs above it would save at their own average cost per event if they came
// down to it.
#include <array>
#include <string>
#include <vector>

#include "phm/person_facts.h"
#include "phm/population.h"
#include "phm/standardisation.h"

namespace ics::phm {

struct OpportunityRow {
  uint16_t pcn = 0;
  Setting setting = Setting::GpAppointment;
  int64_t persons = 0;
  StandardisedRatio ratio;  // observed events ÷ expected at ICS age-sex rates
  FunnelLimits limits;      // around 1 at this expected count
  int64_t cost_pence = 0;   // the PCN's cost in this setting last year
  double benchmark_ratio = 0;   // the setting's best-quartile ratio
  double excess_events = 0;     // max(0, observed − benchmark × expected)
  int64_t opportunity_pence = 0;  // excess_events × the PCN's cost per event in this setting
};

struct SettingOpportunity {
  Setting setting = Setting::GpAppointment;
  double benchmark_ratio = 0;
  double events = 0;
  int64_t cost_pence = 0;
  int64_t opportunity_pence = 0;  // sum over PCNs
};

struct ValueReport {
  Date at;
  std::vector<OpportunityRow> rows;  // PCN-major, settings in enum order
  std::array<SettingOpportunity, kSettingCount> by_setting{};
  int64_t total_opportunity_pence = 0;
};

// The 25th percentile of the ratios (linear interpolation between order statistics, as R's type 7);
// NaN ratios are ignored; NaN when none is left.
double best_quartile(std::vector<double> ratios);

// facts_at: all_person_facts(population, at). Persons in the population on `at` only (so the ICS rates and
// the PCNs' counts are of the same people): ICS rates per ESP age band (on `at`) x sex and setting from
// last year's events; each PCN's expected = sum over strata of ICS rate x its persons. The benchmark is
// best_quartile of the PCNs' ratios with expected > 0; opportunity_pence = excess_events x cost_pence ÷
// observed, rounded half away from zero. PCNs with nobody in the population get no rows. Tallies on
// `threads` threads (0 = the machine's cores). Throws std::invalid_argument when facts_at is not one per
// person or a sex is out of range.
ValueReport find_value_opportunities(const Population& population, const std::vector<PersonFacts>& facts_at, Date at,
                                     unsigned threads = 0);

}  // namespace ics::phm
