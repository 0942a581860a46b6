#pragma once
// Organisations of the system: code,name,type,parent_code (parent_code may be empty at the top).
// type is one of ics, place, pcn, practice, trust, commissioner, council, voluntary. See docs/DATA.md.
#include <vector>

#include "core/csv.h"
#include "domain/organisation.h"
#include "store/store.h"

namespace ics {

// Reads organisations; checks every row (empty code or name, unknown type, duplicate code, a parent
// that is neither in the file nor in known_codes, an organisation that is its own parent) and throws
// one InputError listing every problem.
std::vector<Organisation> read_organisations_csv(const CsvTable& table,
                                                 const std::vector<Organisation>& known = {});

// Reads the table against the organisations the store holds and upserts them in one transaction.
// Returns how many rows were read. On any problem throws and the store is unchanged.
size_t import_organisations_csv(const CsvTable& table, Store& store);

}  // namespace ics
