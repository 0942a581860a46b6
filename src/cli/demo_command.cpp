// ics demo --db FILE --ae PATH [--force] [--seed N]: fill a store with the demo ICS (Nottingham and
// Nottinghamshire): its organisations, the real A&E series, and generated series for every other KPI.
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/csv.h"
#include "core/errors.h"
#include "demo/demo_organisations.h"
#include "demo/demo_series.h"
#include "ingest/ae_attendances.h"
#include "performance/metric_catalogue.h"

namespace ics::cli {
namespace {

struct DemoArgs {
  std::string db;
  std::string ae = "../shared/data/ae_attendances.csv";
  bool force = false;
  uint64_t seed = demo::kDefaultSeed;
};

void run_demo(const DemoArgs& args) {
  // Read and check the A&E file before touching the store, so a bad file changes nothing.
  if (!std::filesystem::exists(args.ae))
    throw InputError(InputProblem{args.ae, 0, 0,
                                  "A&E file not found; give the NHS England A&E attendances CSV with --ae PATH"});
  const auto ae = read_ae_attendances_csv(read_csv_file(args.ae));
  const auto catalogue = standard_metric_catalogue();
  const auto organisations = demo::demo_organisations();
  auto generated = demo::generate_demo_observations(catalogue, args.seed);

  auto store = open_store(args.db);
  const bool has_data = store->count_observations({}) > 0 || !store->organisations().empty();
  if (has_data && !args.force)
    throw InputError(InputProblem{args.db, 0, 0, "the store already holds data; use --force to replace it"});
  if (has_data) store->clear_performance_data();

  store->upsert_metrics(catalogue);
  store->upsert_organisations(organisations);
  std::vector<Observation> all = ae;
  all.insert(all.end(), generated.begin(), generated.end());
  store->put_observations(all);
  std::cout << "created the demo ICS in " << args.db << ": " << with_commas(organisations.size())
            << " organisations, " << with_commas(catalogue.size()) << " metrics, " << with_commas(ae.size())
            << " A&E observations from " << args.ae << ", " << with_commas(generated.size())
            << " generated observations\n";
}

}  // namespace

void add_demo_command(CLI::App& app) {
  auto args = std::make_shared<DemoArgs>();
  auto* cmd = app.add_subcommand("demo", "Fill a store with the demo ICS (Nottingham and Nottinghamshire)");
  add_db_option(*cmd, args->db);
  cmd->add_option("--ae", args->ae, "NHS England A&E attendances CSV (the whole file is imported)")
      ->capture_default_str();
  cmd->add_flag("--force", args->force, "Replace the data of a store that already holds some");
  cmd->add_option("--seed", args->seed, "Seed for the generated series")->capture_default_str();
  cmd->callback([args] { run_demo(*args); });
}

}  // namespace ics::cli
