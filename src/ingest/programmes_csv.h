#pragma once
// Transformation programmes and their product schedule (docs/DATA.md):
//   programmes.csv: ref,name,pillar,sro,clinical_lead,finance_lead,status,status_reason,kpis,funding_m
//     status: new, in progress, accelerated, delayed, paused, closed; kpis: metric ids separated by ";"
//     (each must be in the catalogue); funding_m: £m as boards write it ("12.40"), exact to the penny.
//     An existing programme keeps its products.
//   programme_products.csv: programme_ref,product,details,committee,purpose,planned_date,outcome,outcome_detail
//     committee: a committee's code or name; purpose: approval, endorsement, noting; outcome empty or
//     approved, endorsed, noted, deferred, rejected. A product of the same name in the programme is
//     replaced; the programme must exist in the store.
// Every problem is reported with its file:line:column.
#include <set>
#include <string>
#include <vector>

#include "core/csv.h"
#include "domain/committee.h"
#include "domain/programme.h"
#include "ingest/record_import_summary.h"

namespace ics {
class Store;

std::vector<Programme> read_programmes_csv(const CsvTable& table, const std::vector<Programme>& existing,
                                           const std::set<std::string>& metric_ids);
// The programmes the products file changes, with their products merged.
std::vector<Programme> read_programme_products_csv(const CsvTable& table, const std::vector<Programme>& existing,
                                                   const std::vector<Committee>& committees);

RecordImportSummary import_programmes_csv(const CsvTable& table, Store& store, const std::string& actor);
RecordImportSummary import_programme_products_csv(const CsvTable& table, Store& store, const std::string& actor);

}  // namespace ics
