#pragma once
// The whole PHM analysis of a population on one date: facts, segments, the risk model, inequalities and
// value opportunities, in one call that the CLI (`ics phm run`), the web pages and the benchmarks share.
#include <memory>
#include <optional>
#include <vector>

#include "phm/inequalities.h"
#include "phm/person_facts.h"
#include "phm/population.h"
#include "phm/risk_model.h"
#include "phm/segmentation.h"
#include "phm/value_opportunities.h"

namespace ics::phm {

struct AnalysisOptions {
  std::optional<Date> at;  // default: the day after extract_end
  unsigned threads = 0;    // 0 = the machine's cores
};

struct AnalysisTimings {  // milliseconds, for `ics phm run --timings` and the benchmarks
  double facts = 0, segments = 0, risk = 0, inequalities = 0, value = 0, total = 0;
};

struct PhmAnalysis {
  Date at;
  int64_t persons_in_population = 0;
  std::vector<PersonFacts> facts_at;  // per person on `at` (kept for case-finding)
  SegmentSummary segments;
  RiskModelReport risk;
  InequalityReport inequalities;
  ValueReport value;
  AnalysisTimings timings;
};

// The date analyses default to: the day after the extract's last day.
Date default_analysis_date(const Population& population);

// Runs everything. Throws std::invalid_argument when `at` leaves less than two years of events before it
// (the model trains on the year before last) or lies after extract_end + 1 day.
PhmAnalysis analyse_population(const Population& population, const AnalysisOptions& options = {});

}  // namespace ics::phm
