// ics phm import --input DIR --snapshot FILE: validate a population extract (persons.csv, conditions.csv,
// events.csv) and write it as a columnar snapshot, or write nothing and list every problem.
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/errors.h"
#include "ingest/population_csv.h"
#include "phm/snapshot.h"

namespace ics::cli {
namespace {

struct PhmImportArgs {
  std::string input;
  std::string snapshot;
  std::string key_file;
  std::string extract_start;
  std::string extract_end;
};

// The key, with a trailing line end removed; refused when missing or too short to resist guessing.
std::string read_key(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(InputProblem{path, 0, 0, "cannot read the pseudonymisation key file"});
  std::string key((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
  if (key.size() < 16)
    throw InputError(InputProblem{path, 0, 0, "the pseudonymisation key must be at least 16 characters"});
  return key;
}

Date parse_option_date(const std::string& text, const char* option) {
  const auto d = text.size() == 10 ? parse_date(text) : std::nullopt;
  if (!d) throw InputError(std::string(option) + " \"" + text + "\" is not a date (YYYY-MM-DD)");
  return *d;
}

void run(const PhmImportArgs& args) {
  const auto started = std::chrono::steady_clock::now();
  ingest::PopulationImportOptions options;
  if (!args.key_file.empty()) options.pseudonymisation_key = read_key(args.key_file);
  if (!args.extract_start.empty()) options.extract_start = parse_option_date(args.extract_start, "--extract-start");
  if (!args.extract_end.empty()) options.extract_end = parse_option_date(args.extract_end, "--extract-end");
  ingest::PopulationImportStats stats;
  // Everything is validated before the snapshot is touched; the snapshot is then replaced atomically.
  auto columns = std::make_shared<const phm::PopulationColumns>(ingest::read_population_csv(args.input, options, &stats));
  const phm::Population population = phm::view_of(columns);
  phm::write_snapshot(population, args.snapshot);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  char elapsed[32];
  std::snprintf(elapsed, sizeof elapsed, "%.1f", seconds);
  std::cout << "imported " << with_commas(population.person_count()) << " persons, "
            << with_commas(population.condition.size()) << " conditions, " << with_commas(population.event_count())
            << " events from " << args.input << '\n'
            << "extract period " << population.extract_start.to_string() << " to "
            << population.extract_end.to_string() << '\n'
            << with_commas(stats.ids_pseudonymised) << " person ids pseudonymised\n"
            << "wrote " << args.snapshot << " in " << elapsed << " s\n";
}

}  // namespace

void add_phm_import_command(CLI::App& phm) {
  auto args = std::make_shared<PhmImportArgs>();
  auto* cmd = phm.add_subcommand("import", "Validate a population extract (DIR/persons.csv, conditions.csv, "
                                           "events.csv) and write its snapshot (all or nothing)");
  cmd->add_option("--input", args->input, "Folder holding persons.csv, conditions.csv and events.csv")->required();
  cmd->add_option("--snapshot", args->snapshot, "Snapshot file to write (replaced only when all is good)")->required();
  cmd->add_option("--pseudonymise-key-file", args->key_file,
                  "File holding a secret key: ids that look like NHS numbers are replaced by keyed pseudonyms "
                  "(without it they are refused)");
  cmd->add_option("--extract-start", args->extract_start,
                  "First day of the extract (YYYY-MM-DD; default: first day of the earliest event's month)");
  cmd->add_option("--extract-end", args->extract_end,
                  "Last day of the extract (YYYY-MM-DD; default: last day of the latest event's month)");
  cmd->callback([args] { run(*args); });
}

}  // namespace ics::cli
