// ics synth population: writes a synthetic ICS population (persons, conditions, events) as CSV.
#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "core/calendar.h"
#include "core/errors.h"
#include "ingest/ons_population.h"
#include "phm/population_csv_writer.h"
#include "phm/synthetic_population.h"

namespace ics::cli {
namespace {

struct SynthArgs {
  long long persons = 0;
  int years = 2;
  unsigned long long seed = 1;
  std::string output;
  std::string end = "2026-03-31";
  std::string ons = ICS_SOURCE_DIR "/../shared/data/ons_uk_population_2023.csv";
  unsigned threads = 0;
};

void run_synth_population(const SynthArgs& args) {
  const auto started = std::chrono::steady_clock::now();
  // Every option is checked before anything is read or written.
  if (args.persons < 1 || args.persons > 999'999'999)
    throw InputError("--persons must be 1 to 999999999, not " + std::to_string(args.persons));
  if (args.years < 2 || args.years > 10)
    throw InputError("--years must be 2 to 10 (the risk model trains on one year and tests on the next), not " +
                     std::to_string(args.years));
  const auto end = args.end.size() == 10 ? parse_date(args.end) : std::nullopt;
  if (!end) throw InputError("--end \"" + args.end + "\" is not a date (YYYY-MM-DD)");
  if (end->year() < 1950 || end->year() > 2100) throw InputError("--end " + args.end + " is not between 1950 and 2100");

  phm::SynthOptions options;
  options.persons = args.persons;
  options.years = args.years;
  options.seed = args.seed;
  options.end_date = *end;
  options.threads = args.threads;
  const phm::AgeSexDistribution distribution = ingest::read_ons_population(args.ons);
  auto columns = std::make_shared<const phm::PopulationColumns>(phm::generate_population(options, distribution));
  const phm::Population population = phm::view_of(columns);
  phm::write_population_csv(population, args.output);

  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("Wrote %zu persons, %zu conditions, %zu events (%s to %s) to %s in %.1f s\n", population.person_count(),
              population.condition.size(), population.event_count(), population.extract_start.to_string().c_str(),
              population.extract_end.to_string().c_str(), args.output.c_str(), seconds);
}

}  // namespace

void add_synth_command(CLI::App& app) {
  auto* synth = app.add_subcommand("synth", "Generate synthetic data for tests, benchmarks and demos");
  synth->require_subcommand(1);
  auto args = std::make_shared<SynthArgs>();
  auto* population = synth->add_subcommand(
      "population", "Write persons.csv, conditions.csv and events.csv for a synthetic ICS population");
  population->add_option("--persons", args->persons, "Number of persons")->required();
  population->add_option("--years", args->years, "Whole years of events, ending on --end (2 to 10)")->capture_default_str();
  population->add_option("--seed", args->seed, "Random seed (the same seed gives the same files)")->capture_default_str();
  population->add_option("--output", args->output, "Directory to write the three CSV files into")->required();
  population->add_option("--end", args->end, "Last day of the extract (YYYY-MM-DD)")->capture_default_str();
  population->add_option("--ons", args->ons, "ONS mid-year population estimates CSV (England's ages and sexes)")
      ->capture_default_str();
  population->add_option("--threads", args->threads, "Threads to generate on (0 = all cores; output is the same)");
  population->callback([args] { run_synth_population(*args); });
}

}  // namespace ics::cli
