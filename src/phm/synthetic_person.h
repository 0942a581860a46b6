#pragma once
// One synthetic person's life over the extract (internal to the generator, synthetic_population.cpp):
// who they are, their conditions, deaths and events, drawn from their own random stream.
#include <array>
#include <cstdint>
#include <vector>

#include "phm/population.h"
#include "phm/risk_features.h"

namespace ics::phm {

// Where and how persons are drawn: shared, read-only, by every thread.
struct SynthesisPlan {
  uint64_t seed = 1;
  // year_starts[0] starts the unwritten burn-in year, [1] the extract; the last entry is extract_end + 1.
  std::vector<Date> year_starts;
  Date extract_end;
  RiskFeatures coefficients{};
  std::array<double, 2 * 91> age_sex_cumulative{};  // [sex * 91 + age], ending at 1
  struct Place {
    std::vector<uint32_t> lsoas;               // indexes into lsoa_decile / the geography's LSOAs
    std::vector<uint16_t> practices;           // indexes into the geography's practices
    std::vector<double> practice_cumulative;   // list-size shares, ending at 1
    std::array<double, kEthnicGroupCount> ethnic_cumulative{};
  };
  std::vector<Place> places;
  std::vector<double> place_cumulative;  // ending at 1
  std::vector<uint8_t> lsoa_decile;
};

// Appends person `index` (0-based; id P + index + 1) to columns: its row, conditions and events.
void simulate_person(const SynthesisPlan& plan, uint64_t index, PopulationColumns& columns);

}  // namespace ics::phm
