#pragma once
// The long KPI CSV every return can be put into: one row per metric, organisation and month.
//   metric_id,org_code,month,numerator,denominator,value
// See docs/DATA.md for the rules. Reading checks every row and reports every problem at once.
#include <set>
#include <string>
#include <vector>

#include "core/csv.h"
#include "domain/observation.h"
#include "store/store.h"

namespace ics {

// Reads observations from a parsed KPI table. known_metric_ids are the ids a metric_id may take.
// Throws InputError listing every problem as file:line:column; returns nothing partial.
std::vector<Observation> read_kpi_csv(const CsvTable& table, const std::set<std::string>& known_metric_ids);

// Reads the table against the store's catalogue and writes it in one transaction.
// On any problem throws InputError and the store is unchanged.
ImportSummary import_kpi_csv(const CsvTable& table, Store& store);

}  // namespace ics
