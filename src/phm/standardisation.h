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

// Exact Poisson confidence limits for an observed count, by Byar's approximation (used by OHID for
// counts of any size; exact to 3 significant figures). z = 1.959964 for 95%, 3.090232 for 99.8%.
struct CountInterval {
  double lower = 0, upper = 0;
};
CountInterval poisson_limits(double observed, double z = 1.959963985);

struct StandardisedRate {
  double events = 0;      // observed events, all bands
  double population = 0;  // persons (or person-years), all bands
  double rate = 0;        // per 100,000
  double lower = 0, upper = 0;  // 95% confidence interval per 100,000 (NaN when events are 0... see below)
  bool valid = false;  // false when the population is empty in any band that the standard weights
};

// Directly age-standardised rate per 100,000 (ESP 2013) and its 95% CI by Dobson's method. Events and
// population by ESP age band. With zero events the rate is 0 and the interval uses the Poisson limits of 0.
// A band with events but no population is an error (std::invalid_argument).
StandardisedRate directly_standardised_rate(const std::array<double, kAgeBandCount>& events,
                                            const std::array<double, kAgeBandCount>& population);

// Crude rate per 100,000 with exact Poisson 95% limits.
StandardisedRate crude_rate(double events, double population);

// An indirectly standardised ratio: observed ÷ expected, with exact Poisson 95% limits on observed.
struct StandardisedRatio {
  double observed = 0;
  double expected = 0;
  double ratio = 0;  // observed / expected (NaN when expected is 0)
  double lower = 0, upper = 0;
};
StandardisedRatio indirectly_standardised_ratio(double observed, double expected);

// Funnel-plot control limits for a ratio with the given expected count around a target ratio of 1
// (Spiegelhalter 2005, exact Poisson): the limits of observed ÷ expected at z (95%: 1.959964,
// 99.8%: 3.090232).
struct FunnelLimits {
  double lower95 = 0, upper95 = 0, lower998 = 0, upper998 = 0;
};
FunnelLimits funnel_limits(double expected);

}  // namespace ics::phm
