#pragma once
// Reads a population extract (persons.csv, conditions.csv, events.csv in one directory; format in
// docs/phm-data.md) into columns, validating everything: every bad cell is reported as
// file:line:column with what is wrong, and nothing is returned unless all is good. Built for tens of
// millions of event rows: files are mapped and parsed in place, not through CsvTable.
#include <optional>
#include <string>

#include "core/calendar.h"
#include "phm/population.h"

namespace ics::ingest {

struct PopulationImportOptions {
  // Person ids that look like NHS numbers (10 digits with a valid modulus 11 check digit, spaces
  // allowed) are refused unless a pseudonymisation key is given; then every such id is replaced by
  // "K" + the first 15 hex digits of HMAC-SHA256(key, the 10 digits), consistently in all three files.
  // Ids of 10 digits with an invalid check digit (mistyped NHS numbers) are treated the same way.
  std::optional<std::string> pseudonymisation_key;
  size_t max_problems = 200;  // stop listing after this many (the last problem says how many more)
  // The extract period; by default from the first day of the earliest event's month to the last day of
  // the latest event's month.
  std::optional<Date> extract_start;
  std::optional<Date> extract_end;
  unsigned threads = 2;  // for events.csv
};

// What an import did beyond the columns themselves.
struct PopulationImportStats {
  size_t ids_pseudonymised = 0;  // persons whose NHS-number-like id was replaced by a keyed pseudonym
};

// True for a 10-digit string (spaces ignored) whose modulus 11 check digit is valid.
bool looks_like_nhs_number(std::string_view id);

// Reads DIR/persons.csv, DIR/conditions.csv and DIR/events.csv. Throws InputError with every problem.
phm::PopulationColumns read_population_csv(const std::string& directory, const PopulationImportOptions& options = {},
                                           PopulationImportStats* stats = nullptr);

}  // namespace ics::ingest
