// Times the PHM engines' core aggregations on a mapped snapshot, the same work bench/phm_compare/ runs in
// SQLite, PostgreSQL and DuckDB, and writes the results in the same CSV shapes so the script can check that
// every engine got the same answer:
//   facts  all_person_facts on `at`, rolled up to events by PCN x setting (persons alive on `at`);
//   dsr    what the SQL computes and nothing more: one pass counting persons alive a year before `at` and
//          their emergency admissions in the year, by IMD quintile x ESP band, then the DSR per quintile;
//   dsr_full  the facts on both dates and measure_inequalities (every measure and dimension, with CIs and
//          the SII/RII): what `ics phm run` does for inequalities, for scale;
//   value  all_person_facts on `at`, then find_value_opportunities (indirect standardisation by PCN x setting);
//   full   analyse_population (everything `ics phm run` computes, without writing files).
//
//   phm_aggregations --snapshot FILE [--at YYYY-MM-DD] [--output DIR] [--threads N] [--skip-full]
//
// Prints "name seconds" lines; with --output writes facts.csv, dsr_inputs.csv, dsr.csv and value.csv there.
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/calendar.h"
#include "domain/enum_names.h"
#include "phm/inequalities.h"
#include "phm/parallel_ranges.h"
#include "phm/person_facts.h"
#include "phm/phm_analysis.h"
#include "phm/population.h"
#include "phm/snapshot.h"
#include "phm/standardisation.h"
#include "phm/value_opportunities.h"

using namespace ics;
using namespace ics::phm;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string number(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  return buf;
}

struct PcnSettingCounts {
  std::vector<std::array<int64_t, kSettingCount>> persons_with_event, events;  // by PCN
};

// The "facts" roll-up: per person's events by setting in the year before `at`, summed by PCN.
PcnSettingCounts roll_up_by_pcn(const Population& population, const std::vector<PersonFacts>& facts) {
  PcnSettingCounts out;
  size_t pcns = population.geography.pcn_codes.size();
  out.persons_with_event.assign(pcns, {});
  out.events.assign(pcns, {});
  for (size_t p = 0; p < facts.size(); ++p) {
    if (!facts[p].in_population) continue;
    uint16_t pcn = population.pcn_of(p);
    for (int s = 0; s < kSettingCount; ++s) {
      uint16_t n = facts[p].events_last_year[s];
      out.events[pcn][s] += n;
      out.persons_with_event[pcn][s] += n > 0;
    }
  }
  return out;
}

void write_facts(const std::string& path, const Population& population, const PcnSettingCounts& counts) {
  std::ofstream out(path);
  out << "pcn,setting,persons_with_event,events\n";
  for (size_t pcn = 0; pcn < counts.events.size(); ++pcn)
    for (int s = 0; s < kSettingCount; ++s)
      if (counts.events[pcn][s] > 0)
        out << population.geography.pcn_codes[pcn] << ',' << enum_name(static_cast<Setting>(s)) << ','
            << counts.persons_with_event[pcn][s] << ',' << counts.events[pcn][s] << '\n';
}

// Persons alive a year before `at` and their emergency admissions in [at - 1 year, at), by IMD quintile x
// ESP band: the SQL's dsr_cells, in one pass over persons with per-thread partial sums.
struct QuintileBands {
  std::array<std::array<double, kAgeBandCount>, 5> persons{}, events{};
};
QuintileBands count_emergency_admissions(const Population& population, Date at, unsigned threads) {
  const Date year_ago = one_year_before(at);
  // One partial per chunk: parallel_ranges makes at most one chunk per thread.
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<QuintileBands> partial(threads);
  std::atomic<size_t> next_slot{0};
  parallel_ranges(population.person_count(), threads, [&](size_t begin, size_t end) {
    QuintileBands& mine = partial[next_slot++ % partial.size()];
    for (size_t p = begin; p < end; ++p) {
      int age = age_on(population.birth_month[p], year_ago);
      Day death = population.death_day[p];
      if (age < 0 || (death != kNoDay && death < year_ago.days)) continue;
      int q = (population.imd_decile[p] + 1) / 2 - 1, band = age_band_of(age);
      mine.persons[q][band] += 1;
      mine.events[q][band] += count_events(population, p, Setting::EmergencyAdmission, year_ago, at);
    }
  });
  QuintileBands total;
  for (const QuintileBands& part : partial)
    for (int q = 0; q < 5; ++q)
      for (int b = 0; b < kAgeBandCount; ++b) {
        total.persons[q][b] += part.persons[q][b];
        total.events[q][b] += part.events[q][b];
      }
  return total;
}

void write_dsr_inputs(const std::string& path, const QuintileBands& cells) {
  std::ofstream out(path);
  out << "imd_quintile,age_band,persons,events\n";
  for (int q = 0; q < 5; ++q)
    for (int b = 0; b < kAgeBandCount; ++b)
      if (cells.persons[q][b] > 0)
        out << q + 1 << ',' << b << ',' << number(cells.persons[q][b]) << ',' << number(cells.events[q][b]) << '\n';
}

void write_dsr(const std::string& path, const std::array<StandardisedRate, 5>& rates) {
  std::ofstream out(path);
  out << "imd_quintile,persons,events,dsr\n";
  for (int q = 0; q < 5; ++q) {
    if (rates[q].population == 0) continue;  // a quintile with nobody: the SQL has no row for it
    out << q + 1 << ',' << number(rates[q].population) << ',' << number(rates[q].events) << ','
        << number(rates[q].rate) << '\n';
  }
}

// The engine's emergency-admission rates by quintile must be the one-pass rates: a check that the two ics
// paths (and so the SQL engines, checked against the one-pass output) agree.
bool engine_agrees(const InequalityReport& report, const std::array<StandardisedRate, 5>& rates) {
  for (const InequalityRow& row : report.rows) {
    if (row.measure != InequalityMeasure::EmergencyAdmissions || row.dimension != InequalityDimension::ImdQuintile)
      continue;
    // Groups read "1 (most deprived)" ... "5 (least deprived)": the quintile is the leading digit.
    const StandardisedRate& mine = rates[row.group[0] - '1'];
    if (row.rate.events != mine.events || row.rate.population != mine.population ||
        std::abs(row.rate.rate - mine.rate) > 1e-9 * std::max(1.0, mine.rate))
      return false;
  }
  return true;
}

void write_value(const std::string& path, const Population& population, const ValueReport& report) {
  std::ofstream out(path);
  out << "pcn,setting,observed,expected,ratio\n";
  for (const OpportunityRow& row : report.rows) {
    if (!(row.ratio.expected > 0)) continue;  // a setting nobody used: the SQL has no row for it
    out << population.geography.pcn_codes[row.pcn] << ',' << enum_name(row.setting) << ','
        << number(row.ratio.observed) << ',' << number(row.ratio.expected) << ',' << number(row.ratio.ratio) << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string snapshot_path, output_dir;
  std::optional<Date> at;
  unsigned threads = 0;
  bool skip_full = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--snapshot") snapshot_path = value();
    else if (arg == "--output") output_dir = value();
    else if (arg == "--threads") threads = static_cast<unsigned>(std::stoul(value()));
    else if (arg == "--skip-full") skip_full = true;
    else if (arg == "--at") {
      std::string text = value();
      at = parse_date(text);
      if (!at) { std::cerr << "bad --at date: " << text << "\n"; return 2; }
    } else {
      std::cerr << "usage: phm_aggregations --snapshot FILE [--at YYYY-MM-DD] [--output DIR] [--threads N] [--skip-full]\n";
      return 2;
    }
  }
  if (snapshot_path.empty()) { std::cerr << "--snapshot is required\n"; return 2; }

  try {
    auto start = std::chrono::steady_clock::now();
    Population population = open_snapshot(snapshot_path);
    std::printf("open_snapshot %.4f\n", seconds_since(start));
    Date when = at ? *at : default_analysis_date(population);
    Date year_before = one_year_before(when);
    std::printf("at %s\n", when.to_string().c_str());

    // (a) facts scan, rolled up by PCN x setting.
    start = std::chrono::steady_clock::now();
    std::vector<PersonFacts> facts_at = all_person_facts(population, when, threads);
    double facts_seconds = seconds_since(start);
    PcnSettingCounts counts = roll_up_by_pcn(population, facts_at);
    std::printf("facts %.4f (all_person_facts %.4f)\n", seconds_since(start), facts_seconds);

    // (b) directly standardised rates of emergency admissions by IMD quintile, as the SQL computes them.
    start = std::chrono::steady_clock::now();
    QuintileBands cells = count_emergency_admissions(population, when, threads);
    std::array<StandardisedRate, 5> quintile_rates{};
    for (int q = 0; q < 5; ++q) quintile_rates[q] = directly_standardised_rate(cells.events[q], cells.persons[q]);
    std::printf("dsr %.4f\n", seconds_since(start));

    // (b') everything `ics phm run` computes for inequalities, for scale.
    start = std::chrono::steady_clock::now();
    std::vector<PersonFacts> facts_before = all_person_facts(population, year_before, threads);
    std::vector<PersonFacts> facts_at_b = all_person_facts(population, when, threads);
    double both_facts = seconds_since(start);
    InequalityReport inequalities = measure_inequalities(population, facts_before, facts_at_b, when, threads);
    std::printf("dsr_full %.4f (facts for both dates %.4f)\n", seconds_since(start), both_facts);
    if (!engine_agrees(inequalities, quintile_rates)) {
      std::cerr << "phm_aggregations: measure_inequalities and the one-pass DSRs disagree\n";
      return 1;
    }

    // (c) indirect standardisation by PCN x setting.
    start = std::chrono::steady_clock::now();
    std::vector<PersonFacts> facts_at_c = all_person_facts(population, when, threads);
    both_facts = seconds_since(start);
    ValueReport value = find_value_opportunities(population, facts_at_c, when, threads);
    std::printf("value %.4f (all_person_facts %.4f)\n", seconds_since(start), both_facts);

    if (!skip_full) {
      start = std::chrono::steady_clock::now();
      AnalysisOptions options;
      options.at = when;
      options.threads = threads;
      try {
        PhmAnalysis analysis = analyse_population(population, options);
        std::printf("full %.4f (facts %.0f, segments %.0f, risk %.0f, inequalities %.0f, value %.0f ms)\n",
                    seconds_since(start), analysis.timings.facts, analysis.timings.segments, analysis.timings.risk,
                    analysis.timings.inequalities, analysis.timings.value);
      } catch (const std::exception& e) {  // the three aggregations stand without it
        std::printf("full failed: %s\n", e.what());
      }
    }

    if (!output_dir.empty()) {
      write_facts(output_dir + "/facts.csv", population, counts);
      write_dsr_inputs(output_dir + "/dsr_inputs.csv", cells);
      write_dsr(output_dir + "/dsr.csv", quintile_rates);
      write_value(output_dir + "/value.csv", population, value);
    }
  } catch (const std::exception& e) {
    std::cerr << "phm_aggregations: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
