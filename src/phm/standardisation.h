#pragma once
// The arithmetic of comparing rates between populations of different age structure, as the Office for
// Health Improvement and Disparities (OHID, formerly PHE) Technical Guide sets it out:
// - direct standardisation to the European Standard Population 2013, with Dobson's method confidence
//   intervals built on exact (Byar's approximation) Poisson limits for the observed count;
// - indirect standardisation (observed ÷ expected) with exact Poisson limits;
// - funnel-plot control limits for an indirectly standardised ratio.
// Pure functions, hand-checked in tests/unit/phm_standardisation_test.cpp.
#include <array>
#include <cstdint>

#include "phm/population.h"

namespace ics::phm {

// ESP 2013 weights for the 19 age bands (0-4 ... 90+); they sum to 100,000.
extern const std::array<double, kAgeBandCount> kEuropeanStandardPopulation2013;

// Poisson confidence limits for an observed count, as OHID and PHEindicatormethods (phe_rate, phe_isr)
// compute them: exact (chi-squared) limits below 10 events, Byar's approximation from 10 (within 0.2% of
// exact at 10, 0.003% at 100). Lower is 0 when observed is 0. z = 1.959964 for 95%, 3.090232 for 99.8%.
// Throws std::invalid_argument for a negative or non-finite count.
struct CountInterval {
  double lower = 0, upper = 0;
};
CountInterval poisson_limits(double observed, double z = 1.959963984540054);

struct StandardisedRate {
  double events = 0;      // observed events, all bands
  double population = 0;  // persons (or person-years), all bands
  double rate = 0;        // per 100,000
  double lower = 0, upper = 0;  // 95% confidence interval per 100,000
  bool valid = false;  // false when the population is empty in any band (or in all of them)
};

// Directly age-standardised rate per 100,000 (ESP 2013) and its 95% CI by Dobson's method, as OHID's
// Technical Guide and PHEindicatormethods' phe_dsr: DSR + sqrt(var(DSR) / O) x (O_limit - O), with
// var(DSR) = sum(w^2 O_i / n_i^2) / (sum w)^2 and O_limit poisson_limits(O). Events and population by
// ESP age band. Bands with no population are left out and the other bands' weights renormalised (the
// result is then not `valid`). With zero events the rate and lower limit are 0 and the upper limit is
// Dobson's with var(DSR) / O taken as if events followed the population's age structure:
// poisson_limits(0).upper x sqrt(sum(w^2 / n_i) / sum(n_i)) / sum(w) (one band alone: the crude limit).
// A band with events but no population, or a negative count, is an error (std::invalid_argument).
StandardisedRate directly_standardised_rate(const std::array<double, kAgeBandCount>& events,
                                            const std::array<double, kAgeBandCount>& population);

// Crude rate per 100,000 with poisson_limits 95% limits; not valid (all 0) when the population is 0.
StandardisedRate crude_rate(double events, double population);

// An indirectly standardised ratio: observed ÷ expected, with poisson_limits on observed ÷ expected.
struct StandardisedRatio {
  double observed = 0;
  double expected = 0;
  double ratio = 0;  // observed / expected (NaN when expected is 0)
  double lower = 0, upper = 0;  // 95% (NaN when expected is 0)
};
StandardisedRatio indirectly_standardised_ratio(double observed, double expected);

// Funnel-plot control limits for a ratio with the given expected count E around a target ratio of 1:
// the exact (chi-squared, Garwood) Poisson limits of a count equal to E, divided by E — what OHID's
// funnel-plot tools approximate by Byar's method, computed exactly so the funnel is smooth in E and
// narrows as E grows (Byar's above E = 10,000, where the two agree to 2 parts in 10^8). At E = 0 the
// lower limits are 0 and the upper infinite.
struct FunnelLimits {
  double lower95 = 0, upper95 = 0, lower998 = 0, upper998 = 0;
};
FunnelLimits funnel_limits(double expected);

}  // namespace ics::phm
