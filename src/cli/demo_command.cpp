// ics demo --db FILE --ae PATH [--force] [--seed N] [--today YYYY-MM-DD] [--persons N]: fill a store with the
// demo ICS (Nottingham and Nottinghamshire): its organisations, the real A&E series, generated series for
// every other KPI, a year of board governance up to today, demo sign-in accounts, the assurance picture
// (risks, priorities, programmes), two financial years of finance, activity and workforce, and a generated
// population written as the population health snapshot beside the store (what `ics serve` reads).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/csv.h"
#include "core/errors.h"
#include "demo/demo_assurance.h"
#include "demo/demo_finance.h"
#include "demo/demo_governance.h"
#include "demo/demo_organisations.h"
#include "demo/demo_population.h"
#include "demo/demo_series.h"
#include "ingest/ae_attendances.h"
#include "ingest/ons_population.h"
#include "performance/metric_catalogue.h"
#include "phm/snapshot.h"

namespace ics::cli {
namespace {

struct DemoArgs {
  std::string db;
  std::string ae = "../shared/data/ae_attendances.csv";
  bool force = false;
  uint64_t seed = demo::kDefaultSeed;
  std::string today;  // "" = the system date; the governance year ends here
  int64_t persons = demo::kDefaultDemoPersons;
  std::string ons = ICS_SOURCE_DIR "/../shared/data/ons_uk_population_2023.csv";
};

Date demo_today(const std::string& text) {
  if (text.empty()) {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return Date{static_cast<int32_t>(now.time_since_epoch().count())};
  }
  // parse_date also reads "YYYY-MM"; the option names a day.
  const auto today = text.size() == 10 ? parse_date(text) : std::nullopt;
  if (!today) throw InputError("--today must be a real date written YYYY-MM-DD (\"" + text + "\" is not)");
  return *today;
}

bool has_governance(Store& store) {
  return !store.governance().committees().empty() || !store.governance().people().empty();
}

bool has_assurance(Store& store) {
  AssuranceStore& a = store.assurance();
  return !a.objectives().empty() || !a.risks().empty() || !a.priorities().empty() || !a.programmes().empty();
}

// Any ledger year, or activity, workforce or envelopes in the years the demo writes.
bool has_finance(Store& store, const demo::DemoFinance& demo) {
  FinanceStore& f = store.finance();
  if (!f.ledger_years().empty()) return true;
  const Month first = demo.ledger.front().month, last = demo.ledger.back().month;
  if (!f.activity(first, last).empty() || !f.workforce(first, last).empty()) return true;
  for (const auto& e : demo.envelopes)
    if (!f.envelopes(e.financial_year_start).empty()) return true;
  return false;
}

std::string describe_assurance(const demo::DemoAssurance& a) {
  size_t confidential = 0, products = 0;
  for (const auto& r : a.risks) confidential += r.confidential;
  for (const auto& p : a.programmes) products += p.products.size();
  Month first{9999, 12}, last{0, 1};
  for (const auto& p : a.priorities)
    for (const auto& r : p.ratings) {
      first = std::min(first, r.stocktake);
      last = std::max(last, r.stocktake);
    }
  return std::string("assurance: ") + std::to_string(a.objectives.size()) + " strategic objectives, " +
         std::to_string(a.risks.size()) + " risks (" + std::to_string(confidential) + " confidential), " +
         std::to_string(a.priorities.size()) + " priorities rated at stocktakes from " + first.label() + " to " +
         last.label() + ", " + std::to_string(a.programmes.size()) + " programmes with " + std::to_string(products) +
         " products";
}

std::string describe_finance(const demo::DemoFinance& f, Date today) {
  const Month closed = Month::of(today).previous();
  return std::string("finance: ") + with_commas(f.ledger.size()) + " ledger rows for " +
         std::to_string(demo::demo_finance_organisations().size()) + " organisations (" +
         f.ledger.front().month.financial_year() + " and " + f.ledger.back().month.financial_year() +
         ", actuals to " + closed.long_label() + "), " + std::to_string(f.envelopes.size()) + " envelopes, " +
         with_commas(f.activity.size()) + " activity rows, " + with_commas(f.workforce.size()) + " workforce rows";
}

std::string describe_population(const phm::Population& p, const std::string& path) {
  return std::string("population health: ") + with_commas(p.person_count()) + " generated persons in " +
         std::to_string(p.geography.place_codes.size()) + " places, " + std::to_string(p.geography.pcn_codes.size()) +
         " PCNs and " + std::to_string(p.geography.practice_codes.size()) + " practices, " +
         with_commas(p.event_count()) + " events from " + p.extract_start.to_string() + " to " +
         p.extract_end.to_string() + ", in " + path;
}

void run_demo(const DemoArgs& args) {
  // Read and check the input files before touching the store, so a bad file changes nothing.
  if (!std::filesystem::exists(args.ae))
    throw InputError(InputProblem{args.ae, 0, 0,
                                  "A&E file not found; give the NHS England A&E attendances CSV with --ae PATH"});
  if (!std::filesystem::exists(args.ons))
    throw InputError(InputProblem{
        args.ons, 0, 0, "ONS population file not found; give the ONS mid-year estimates CSV with --ons PATH"});
  if (args.persons < 1) throw InputError("--persons must be at least 1");
  const auto ae = read_ae_attendances_csv(read_csv_file(args.ae));
  const auto age_sex = ingest::read_ons_population(args.ons);
  const auto catalogue = standard_metric_catalogue();
  const auto organisations = demo::demo_organisations();
  auto generated = demo::generate_demo_observations(catalogue, args.seed);
  const Date today = demo_today(args.today);
  const auto seed = static_cast<uint32_t>(args.seed);
  const auto governance = demo::build_demo_governance(today, seed);
  const auto finance = demo::build_demo_finance(today, seed);

  auto store = open_store(args.db);
  const bool has_data = store->count_observations({}) > 0 || !store->organisations().empty() ||
                        has_governance(*store) || has_assurance(*store) || has_finance(*store, finance);
  if (has_data && !args.force)
    throw InputError(InputProblem{args.db, 0, 0, "the store already holds data; use --force to replace it"});
  const std::string snapshot = phm::snapshot_path_beside(args.db);
  if (std::filesystem::exists(snapshot) && !args.force)
    throw InputError(InputProblem{snapshot, 0, 0, "a population snapshot is already there; use --force to replace it"});
  // Generated before the store is cleared, so a failure here leaves the store as it was.
  const auto population = std::make_shared<const phm::PopulationColumns>(
      phm::generate_population(demo::demo_synth_options(today, args.persons, args.seed), age_sex));
  if (has_data) {
    // Assurance first: priorities and programme products refer to committees.
    store->assurance().clear_assurance_data(demo::kDemoActor);
    store->finance().clear_finance_data();
    store->governance().clear_governance_data(demo::kDemoActor);
    store->clear_performance_data();
  }

  store->upsert_metrics(catalogue);
  store->upsert_organisations(organisations);
  std::vector<Observation> all = ae;
  all.insert(all.end(), generated.begin(), generated.end());
  store->put_observations(all);
  std::cout << "created the demo ICS in " << args.db << ": " << with_commas(organisations.size())
            << " organisations, " << with_commas(catalogue.size()) << " metrics, " << with_commas(ae.size())
            << " A&E observations from " << args.ae << ", " << with_commas(generated.size())
            << " generated observations\n";

  demo::load_demo_governance(*store, governance);
  std::cout << "governance: " << governance.committees.size() << " committees, " << governance.people.size()
            << " people, " << governance.meetings.size() << " meetings, " << governance.papers.size() << " papers, "
            << governance.actions.size() << " actions, " << governance.decisions.size() << " decisions, "
            << governance.interests.size() << " interests\n";

  // Priorities and programme products point at committees, so the assurance records are built against
  // the committees as stored.
  const auto assurance = demo::build_demo_assurance(today, seed, store->governance().committees());
  demo::load_demo_assurance(*store, assurance);
  std::cout << describe_assurance(assurance) << '\n';
  demo::load_demo_finance(*store, finance, today);
  std::cout << describe_finance(finance, today) << '\n';
  const phm::Population view = phm::view_of(population);
  phm::write_snapshot(view, snapshot);
  std::cout << describe_population(view, snapshot) << '\n';
  demo::load_demo_patient_access(*store);

  std::cout << "demo accounts, for trying the app only (never for real use); sign in as";
  for (size_t i = 0; i < governance.accounts.size(); ++i) {
    const auto& account = governance.accounts[i];
    std::cout << (i == 0 ? " " : ", ") << account.name << " (" << enum_name(account.role);
    for (const auto& person : governance.people)
      if (account.person_id == person.id) std::cout << ": " << person.name;
    std::cout << ")";
  }
  std::cout << ", " << demo::kPcnLeadAccount << " (analyst, with patient-level access to";
  const auto pcns = demo::demo_pcn_lead_pcns();
  for (size_t i = 0; i < pcns.size(); ++i) std::cout << (i == 0 ? " " : ", ") << pcns[i];
  std::cout << ")";
  std::cout << "\nthe password of every demo account is the demo password: " << demo::kDemoPassword << "\n";
}

}  // namespace

void add_demo_command(CLI::App& app) {
  auto args = std::make_shared<DemoArgs>();
  auto* cmd = app.add_subcommand("demo", "Fill a store with the demo ICS (Nottingham and Nottinghamshire)");
  add_db_option(*cmd, args->db);
  cmd->add_option("--ae", args->ae, "NHS England A&E attendances CSV (the whole file is imported)")
      ->capture_default_str();
  cmd->add_flag("--force", args->force, "Replace the data of a store that already holds some");
  cmd->add_option("--seed", args->seed, "Seed for the generated series and governance records")->capture_default_str();
  cmd->add_option("--today", args->today, "The day the demo's governance year ends (default: the system date)");
  cmd->add_option("--persons", args->persons,
                  "Persons in the generated population (default: a sample of the real ~1.2 million, so the "
                  "demo is made in seconds)")
      ->capture_default_str();
  cmd->add_option("--ons", args->ons, "ONS mid-year population estimates CSV (the generated ages and sexes)")
      ->capture_default_str();
  cmd->callback([args] { run_demo(*args); });
}

}  // namespace ics::cli
