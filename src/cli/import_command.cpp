// ics import kpi|ae|metrics|organisations FILE [--db FILE]: validate a whole file, then write it
// to the store in one transaction, or write nothing and list every problem.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/csv.h"
#include "ingest/ae_attendances.h"
#include "ingest/kpi_csv.h"
#include "ingest/organisations_csv.h"
#include "performance/metric_catalogue.h"

namespace ics::cli {
namespace {

struct ImportArgs {
  std::string file;
  std::string db;
};

std::string describe(const ImportSummary& s) {
  std::string out = "imported " + with_commas(s.total()) + " observations (" + with_commas(s.added) + " new, " +
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
           [](const CsvTable& t, Store& s) { return describe(import_kpi_csv(t, s)); });
  add_kind(*import, "ae", "NHS England A&E CSV: period,org_code,type,attendances,breaches,admissions",
           [](const CsvTable& t, Store& s) { return describe(import_ae_attendances_csv(t, s)); });
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
}

}  // namespace ics::cli
