#pragma once
// NHS England's monthly A&E Attendances and Emergency Admissions, one row per provider and A&E type:
//   period,org_code,type,attendances,breaches,admissions
// period is the first of the month (YYYY-MM-DD); type is "1", "2" or "other". See docs/DATA.md.
#include <vector>

#include "core/csv.h"
#include "domain/observation.h"
#include "store/store.h"

namespace ics {

// Turns the table into observations for each provider and month:
//   ae_4hr_type1 / ae_4hr_type2 / ae_4hr_other  per type present (numerator = attendances - breaches,
//                                               denominator = attendances, value = numerator / denominator)
//   ae_4hr, ae_attendances, ae_admissions       all types together
// A 4-hour observation is left out when its attendances are 0 (no proportion exists).
// Checks every row (negative or non-integer counts, breaches > attendances, unknown type, bad or
// non-first-of-month dates, duplicate period/org/type) and throws one InputError listing every problem.
std::vector<Observation> read_ae_attendances_csv(const CsvTable& table);

// Reads the table and writes it in one transaction; on any problem throws and the store is unchanged.
// The store must hold the A&E metric ids (the standard catalogue does); if not, throws InputError.
ImportSummary import_ae_attendances_csv(const CsvTable& table, Store& store);

}  // namespace ics
