#pragma once
// Reads the ONS mid-year population estimates file (../shared/data/ons_uk_population_2023.csv: columns
// sex, Code, Name, Geography, age, count; ages 0..89 and "90+") for one area, as the generator's
// age-sex distribution.
#include <string>

#include "phm/synthetic_population.h"

namespace ics::ingest {

// The persons of the area with the given code (England: E92000001). Throws InputError with the place of
// any bad row, or naming the code when the file has no rows for it or misses an age.
phm::AgeSexDistribution read_ons_population(const std::string& path, const std::string& area_code = "E92000001");

}  // namespace ics::ingest
