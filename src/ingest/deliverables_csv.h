#pragma once
// Plan and MOU deliverables with their stocktake ratings (docs/DATA.md):
//   ref,type,description,overseeing_group,plan_year,stocktake,brag,progress,superseded_by,superseded_from
// One row per priority per stocktake (YYYY-MM); a priority's own columns (type, description, group, plan
// year, superseded_*) must agree on all its rows. type: national, integrating care, oversight, local.
// overseeing_group: a committee's code or name. brag: B, R, A or G (Blue, Red, Amber, Green; the words
// are accepted too). A rating replaces one at the same stocktake; others are kept. superseded_by and
// superseded_from (YYYY-MM) go together. Every problem is reported with its file:line:column.
#include <vector>

#include "core/csv.h"
#include "domain/committee.h"
#include "domain/deliverable.h"
#include "ingest/record_import_summary.h"

namespace ics {
class Store;

// The priorities the file describes, merged with `existing` by ref.
std::vector<Priority> read_deliverables_csv(const CsvTable& table, const std::vector<Priority>& existing,
                                            const std::vector<Committee>& committees);

RecordImportSummary import_deliverables_csv(const CsvTable& table, Store& store, const std::string& actor);

}  // namespace ics
