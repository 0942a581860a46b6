#pragma once
// The System Assurance Framework's feeds (docs/DATA.md):
//   objectives.csv: ref,title,description
//   risks.csv: ref,title,cause,event,effect,category,objective_ref,owner,org_code,level,confidential,
//     confidential_reason,status,opened_on,initial_likelihood,initial_consequence,current_likelihood,
//     current_consequence,assessed_on,target_likelihood,target_consequence,target_date,controls,
//     gaps_in_control,assurances,gaps_in_assurance,review_date,note
// One row per risk (a ref twice is an error). controls and assurances are lists separated by ";". An
// assurance may start "first line:", "second line:" or "third line:" and may end "[metric_id]" naming a
// KPI of the performance catalogue. confidential is yes/no. Dates YYYY-MM-DD; target_date and
// review_date may be empty. The current rating is recorded in the risk's history on assessed_on with the
// note: a new entry, or replacing one on the same day; earlier entries are kept (full score history).
// Reading checks every row and throws one InputError listing every problem with its file:line:column.
#include <set>
#include <string>
#include <vector>

#include "core/csv.h"
#include "domain/risk.h"
#include "ingest/record_import_summary.h"

namespace ics {
class Store;

// Objectives with the ids of those the store already holds by ref (others 0).
std::vector<StrategicObjective> read_objectives_csv(const CsvTable& table,
                                                    const std::vector<StrategicObjective>& existing);

struct RiskImportContext {
  std::vector<Risk> existing;                  // the register as stored (merged by ref)
  std::vector<StrategicObjective> objectives;  // objective_ref must name one
  std::set<std::string> metric_ids;            // assurance "[metric_id]" must name one
  std::string by;                              // recorded as the history entries' "by"
};
// The risks the file describes, merged with `existing` by ref (id and earlier history kept).
std::vector<Risk> read_risks_csv(const CsvTable& table, const RiskImportContext& context);

// Read against the store, then save every record in one transaction (actor in the audit trail).
// On any problem throws and the store is unchanged.
RecordImportSummary import_objectives_csv(const CsvTable& table, Store& store, const std::string& actor);
RecordImportSummary import_risks_csv(const CsvTable& table, Store& store, const std::string& actor);

}  // namespace ics
