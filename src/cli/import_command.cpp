// ics import KIND FILE [--db FILE]: validate a whole file, then write it to the store in one
// transaction, or write nothing and list every problem. Kinds: kpi, ae, metrics, organisations
// (performance); objectives, risks, deliverables, programmes, products (assurance); finance (the ledger),
// envelopes, activity, workforce (finance).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/csv.h"
#include "ingest/ae_attendances.h"
#include "ingest/deliverables_csv.h"
#include "ingest/finance_csv.h"
#include "ingest/kpi_csv.h"
#include "ingest/organisations_csv.h"
#include "ingest/programmes_csv.h"
#include "ingest/risks_csv.h"
#include "performance/metric_catalogue.h"

namespace ics::cli {
namespace {

struct ImportArgs {
  std::string file;
  std::string db;
};

// The audit trail's actor for records the command line imports.
constexpr const char* kImportActor = "ics import";

// "imported 14 risks (3 new, 11 updated)"
std::string describe(const RecordImportSummary& s, const char* noun) {
  return "imported " + with_commas(s.created + s.updated) + " " + noun + " (" + with_commas(s.created) + " new, " +
         with_commas(s.updated) + " updated)";
}

// "imported 3,120 observations (3,000 new, 120 revised)", adding ", 5 unchanged" when some rows were
// identical to what the store held. Summary: ImportSummary or FinancePutSummary.
template <typename Summary>
std::string describe(const Summary& s, const char* noun) {
  std::string out = "imported " + with_commas(s.total()) + " " + noun + " (" + with_commas(s.added) + " new, " +
                    with_commas(s.replaced) + " revised";
  if (s.unchanged > 0) out += ", " + with_commas(s.unchanged) + " unchanged";
  return out + ")";
}

// Adds `ics import NAME FILE --db`, whose callback reads FILE and returns the summary line.
template <typename Run>
void add_kind(CLI::App& import, const char* name, const char* description, Run run) {
  auto args = std::make_shared<ImportArgs>();
  auto* cmd = import.add_subcommand(name, description);
  cmd->add_option("FILE", args->file, "CSV file to import (- for standard input)")->required();
  add_db_option(*cmd, args->db);
  cmd->callback([args, run] {
    const CsvTable table = read_csv_file(args->file);  // throws InputError before the store is touched
    auto store = open_store(args->db);
    std::cout << run(table, *store) << " from " << table.source << '\n';
  });
}

}  // namespace

void add_import_command(CLI::App& app) {
  auto* import = app.add_subcommand("import", "Import a CSV file into the store (all rows or none)");
  import->require_subcommand(1);
  add_kind(*import, "kpi", "Long KPI CSV: metric_id,org_code,month,numerator,denominator,value",
           [](const CsvTable& t, Store& s) { return describe(import_kpi_csv(t, s), "observations"); });
  add_kind(*import, "ae", "NHS England A&E CSV: period,org_code,type,attendances,breaches,admissions",
           [](const CsvTable& t, Store& s) { return describe(import_ae_attendances_csv(t, s), "observations"); });
  add_kind(*import, "metrics", "Metric catalogue CSV: id,name,service_area,unit,improvement,standard,source",
           [](const CsvTable& t, Store& s) {
             const auto metrics = read_metric_catalogue_csv(t);
             s.upsert_metrics(metrics);
             return "imported " + with_commas(metrics.size()) + " metrics";
           });
  add_kind(*import, "organisations", "Organisations CSV: code,name,type,parent_code",
           [](const CsvTable& t, Store& s) {
             return "imported " + with_commas(import_organisations_csv(t, s)) + " organisations";
           });

  add_kind(*import, "objectives", "Strategic objectives CSV: ref,title,description",
           [](const CsvTable& t, Store& s) {
             return describe(import_objectives_csv(t, s, kImportActor), "objectives");
           });
  add_kind(*import, "risks",
           "Risk register CSV, one row per risk: ref,title,cause,event,effect,category,objective_ref,owner,org_code,"
           "level,... (docs/DATA.md)",
           [](const CsvTable& t, Store& s) { return describe(import_risks_csv(t, s, kImportActor), "risks"); });
  add_kind(*import, "deliverables",
           "Plan and MOU priorities CSV, one row per stocktake: ref,type,description,overseeing_group,plan_year,"
           "stocktake,brag,progress,superseded_by,superseded_from",
           [](const CsvTable& t, Store& s) {
             return describe(import_deliverables_csv(t, s, kImportActor), "priorities");
           });
  add_kind(*import, "programmes",
           "Programmes CSV: ref,name,pillar,sro,clinical_lead,finance_lead,status,status_reason,kpis,funding_m",
           [](const CsvTable& t, Store& s) {
             return describe(import_programmes_csv(t, s, kImportActor), "programmes");
           });
  add_kind(*import, "products",
           "Programme products CSV: programme_ref,product,details,committee,purpose,planned_date,outcome,"
           "outcome_detail",
           [](const CsvTable& t, Store& s) {
             const auto summary = import_programme_products_csv(t, s, kImportActor);
             return "imported " + with_commas(t.rows.size()) + " products for " +
                    with_commas(summary.created + summary.updated) + " programmes";
           });
  add_kind(*import, "finance", "Finance ledger CSV: org_code,month,line,plan,actual,forecast (pounds)",
           [](const CsvTable& t, Store& s) { return describe(import_ledger_csv(t, s), "ledger rows"); });
  add_kind(*import, "envelopes", "Financial envelopes CSV: financial_year,kind,amount (pounds)",
           [](const CsvTable& t, Store& s) { return describe(import_envelopes_csv(t, s), "envelopes"); });
  add_kind(*import, "activity", "Activity CSV: org_code,month,pod,plan,actual",
           [](const CsvTable& t, Store& s) { return describe(import_activity_csv(t, s), "activity rows"); });
  add_kind(*import, "workforce", "Workforce CSV: org_code,month,measure,plan,actual",
           [](const CsvTable& t, Store& s) { return describe(import_workforce_csv(t, s), "workforce rows"); });
}

}  // namespace ics::cli
