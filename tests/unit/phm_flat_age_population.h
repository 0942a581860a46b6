#pragma once
// Synthetic populations for tests, with every age 0..90 equally likely for both sexes: more older persons
// than England has, so more conditions and admissions in few persons.
#include <memory>

#include "phm/synthetic_population.h"

namespace ics::phm::testing {

inline AgeSexDistribution flat_ages() {
  AgeSexDistribution d;
  for (auto& sex : d.persons) sex.fill(1.0);
  return d;
}

// Generated over flat ages; shared so a test may adjust the columns before taking a view_of them.
inline std::shared_ptr<PopulationColumns> flat_age_columns(const SynthOptions& options) {
  return std::make_shared<PopulationColumns>(generate_population(options, flat_ages()));
}

}  // namespace ics::phm::testing
