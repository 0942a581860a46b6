#pragma once
// Writes a population as the three CSV files of docs/phm-data.md (persons.csv, conditions.csv,
// events.csv) — the format `ics phm import` reads. Used by `ics synth population`.
#include <string>

#include "phm/population.h"

namespace ics::phm {

// Writes DIR/persons.csv, DIR/conditions.csv, DIR/events.csv (creating DIR), each first to a temporary
// name then renamed, so a failure leaves no partial file under the final name. Throws InputError when
// the directory cannot be written.
void write_population_csv(const Population& population, const std::string& directory);

}  // namespace ics::phm
