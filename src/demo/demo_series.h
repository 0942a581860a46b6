#pragma once
// Generated, plausible monthly KPI series for the demo ICS. Pure functions: same seed, same values.
#include <cstdint>
#include <vector>

#include "domain/metric.h"
#include "domain/observation.h"

namespace ics::demo {

// The seed `ics demo` uses unless told otherwise.
inline constexpr uint64_t kDefaultSeed = 20160401;

// Generates one observation per month (April 2016 to March 2019, or from a collection's start) for
// every organisation of every profile in demo_profiles(). Percent metrics get a numerator and a
// denominator; counts are whole numbers. catalogue supplies each metric's unit.
// Throws std::invalid_argument if a profile names a metric the catalogue lacks.
std::vector<Observation> generate_demo_observations(const std::vector<Metric>& catalogue,
                                                    uint64_t seed = kDefaultSeed);

}  // namespace ics::demo
