// ics phm run: the whole population health analysis of a snapshot, written as CSV and JSON files.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/calendar.h"
#include "core/errors.h"
#include "core/money.h"
#include "phm/disclosure.h"
#include "phm/phm_analysis.h"
#include "phm/phm_output.h"
#include "phm/snapshot.h"

namespace ics::cli {
namespace {

struct PhmRunArgs {
  std::string snapshot;
  std::string output;
  std::string at;
  std::optional<std::string> case_finding;
  int threads = 0;
  bool timings = false;
};

// "all" = every PCN (an empty list); otherwise comma-separated PCN codes, none empty.
std::vector<std::string> parse_case_finding(const std::string& text) {
  if (text == "all") return {};
  std::vector<std::string> codes;
  size_t start = 0;
  while (true) {
    const size_t comma = text.find(',', start);
    std::string code = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (code.empty())
      throw InputError(std::string("--case-finding: expected \"all\" or PCN codes separated by commas, got \"") +
                       text + "\"");
    codes.push_back(std::move(code));
    if (comma == std::string::npos) return codes;
    start = comma + 1;
  }
}

std::string shown(int64_t count) {
  const auto d = phm::disclosed_count(count);
  return d ? std::to_string(*d) : std::string("*");
}

void print_summary(const phm::PhmAnalysis& a, const std::vector<std::string>& files, const std::string& output,
                   double seconds, bool timings) {
  std::printf("PHM analysis on %s: %s persons (counts rounded to 5; * = 1-7 suppressed)\n", a.at.to_string().c_str(),
              shown(a.persons_in_population).c_str());
  for (int s = 0; s < phm::kSegmentCount; ++s) {
    const auto segment = static_cast<phm::Segment>(s);
    std::printf("  %-38s %10s\n", phm::segment_label(segment).c_str(), shown(a.segments.ics[s].persons).c_str());
  }
  std::printf("Risk model: AUC %.3f on the held-out third (%s persons)\n", a.risk.test_auc,
              shown(a.risk.test_persons).c_str());
  const phm::DisclosedValueTotals value = phm::disclosed_value_totals(a.value);
  std::printf("Value opportunity: £%s a year", format_pounds(value.total_opportunity_pence).c_str());
  if (value.total_rows_withheld > 0)
    std::printf(" (%lld PCN-setting rows with small numbers left out)",
                static_cast<long long>(value.total_rows_withheld));
  std::printf("\n");
  std::printf("Wrote %zu files to %s:", files.size(), output.c_str());
  for (const auto& f : files) std::printf(" %s", f.c_str());
  std::printf("\nTook %.2f s\n", seconds);
  if (timings) {
    const auto& t = a.timings;
    std::printf("Timings (ms): facts %.1f, segments %.1f, risk %.1f, inequalities %.1f, value %.1f, analysis %.1f\n",
                t.facts, t.segments, t.risk, t.inequalities, t.value, t.total);
  }
}

void run_phm(const PhmRunArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  // Options first, so a mistyped flag costs nothing and leaves nothing behind.
  std::optional<Date> at;
  if (!args.at.empty()) {
    at = args.at.size() == 10 ? parse_date(args.at) : std::nullopt;
    if (!at) throw InputError(std::string("--at: \"") + args.at + "\" is not a date (YYYY-MM-DD)");
  }
  if (args.threads < 0) throw InputError("--threads: must be 0 (all cores) or more");
  phm::OutputOptions output;
  if (args.case_finding) output.case_finding_pcns = parse_case_finding(*args.case_finding);

  const phm::Population population = phm::open_snapshot(args.snapshot);
  if (output.case_finding_pcns) phm::pcn_indexes(population, *output.case_finding_pcns);  // unknown codes: fail now

  phm::AnalysisOptions options;
  options.at = at;
  options.threads = static_cast<unsigned>(args.threads);
  phm::PhmAnalysis analysis;
  try {
    analysis = phm::analyse_population(population, options);
  } catch (const std::invalid_argument& e) {
    // The date does not fit the extract (or the extract cannot support the analysis).
    throw InputError(InputProblem{args.snapshot, 0, 0, e.what()});
  }
  phm::write_analysis(population, analysis, args.output, output);

  std::vector<std::string> files{"summary.json", "segments.csv", "risk_model.csv", "risk_calibration.csv",
                                 "risk_tiers.csv", "inequalities.csv", "inequality_slopes.csv",
                                 "value_opportunities.csv"};
  if (output.case_finding_pcns) files.emplace_back(phm::kCaseFindingFile);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  print_summary(analysis, files, args.output, seconds, args.timings);
  if (output.case_finding_pcns)
    std::printf("%s is PATIENT IDENTIFIABLE (OFFICIAL-SENSITIVE): share it only with those caring for the patients.\n",
                std::string(phm::kCaseFindingFile).c_str());
}

}  // namespace

void add_phm_run_command(CLI::App& phm) {
  auto args = std::make_shared<PhmRunArgs>();
  auto* cmd = phm.add_subcommand(
      "run", "Segment, risk-stratify, measure inequalities and find value opportunities; write CSV and JSON");
  cmd->add_option("--snapshot", args->snapshot, "population snapshot written by `ics phm import`")->required();
  cmd->add_option("--output", args->output, "folder to write the results into (created)")->required();
  cmd->add_option("--at", args->at, "analysis date YYYY-MM-DD (default: the day after the extract ends)");
  cmd->add_option("--case-finding", args->case_finding,
                  "also write a PATIENT-IDENTIFIABLE case-finding list: all, or PCN codes separated by commas");
  cmd->add_option("--threads", args->threads, "threads to use (0 = every core)")->capture_default_str();
  cmd->add_flag("--timings", args->timings, "print each stage's time");
  cmd->callback([args] { run_phm(*args); });
}

}  // namespace ics::cli
