#include "phm/phm_analysis.h"

#include <chrono>
#include <future>
#include <stdexcept>
#include <thread>

#include "phm/parallel_ranges.h"

namespace ics::phm {

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Runs f and adds its wall time to `ms`.
template <class F>
auto timed(double& ms, F&& f) {
  const auto start = Clock::now();
  if constexpr (std::is_void_v<decltype(f())>) {
    f();
    ms = milliseconds_since(start);
  } else {
    auto result = f();
    ms = milliseconds_since(start);
    return result;
  }
}

void check_analysis_date(const Population& population, Date at) {
  const Date latest = default_analysis_date(population);
  if (at > latest)
    throw std::invalid_argument("analysis date " + at.to_string() + " is after the day after the extract ends (" +
                                latest.to_string() + ")");
  const Date earliest_start = one_year_before(one_year_before(at));
  if (earliest_start < population.extract_start)
    throw std::invalid_argument("analysis date " + at.to_string() +
                                " needs two years of events before it (from " + earliest_start.to_string() +
                                "), but the extract starts on " + population.extract_start.to_string());
}

}  // namespace

Date default_analysis_date(const Population& population) { return Date{population.extract_end.days + 1}; }

PhmAnalysis analyse_population(const Population& population, const AnalysisOptions& options) {
  const auto start = Clock::now();
  PhmAnalysis analysis;
  analysis.at = options.at.value_or(default_analysis_date(population));
  const Date at = analysis.at;
  check_analysis_date(population, at);
  const unsigned threads = options.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.threads;

  // Both dates' facts in one pass: each person's conditions and events are read while in cache.
  std::vector<PersonFacts> facts_year_before;
  timed(analysis.timings.facts, [&] {
    const Date year_before = one_year_before(at);
    const size_t n = population.person_count();
    analysis.facts_at.resize(n);
    facts_year_before.resize(n);
    parallel_ranges(n, threads, [&](size_t begin, size_t end) {
      for (size_t p = begin; p < end; ++p) {
        analysis.facts_at[p] = person_facts(population, p, at);
        facts_year_before[p] = person_facts(population, p, year_before);
      }
    });
  });
  for (const PersonFacts& f : analysis.facts_at) analysis.persons_in_population += f.in_population ? 1 : 0;

  // The risk model (the heaviest part, multi-threaded itself) runs here while the cheap single-pass
  // aggregations run beside it on one other thread (so they take one thread each, not all the cores).
  auto aggregations = [&] {
    timed(analysis.timings.segments, [&] {
      const std::vector<Segment> segments = segment_population(analysis.facts_at);
      analysis.segments = summarise_segments(population, analysis.facts_at, segments, at);
    });
    timed(analysis.timings.inequalities,
          [&] { analysis.inequalities = measure_inequalities(population, facts_year_before, analysis.facts_at, at, 1); });
    timed(analysis.timings.value,
          [&] { analysis.value = find_value_opportunities(population, analysis.facts_at, at, 1); });
  };
  FitOptions fit;
  fit.threads = threads;
  auto risk = [&] {
    timed(analysis.timings.risk,
          [&] { analysis.risk = run_risk_model(population, facts_year_before, analysis.facts_at, at, fit); });
  };
  if (threads > 1) {
    auto side = std::async(std::launch::async, aggregations);
    try {
      risk();
    } catch (...) {
      side.wait();
      throw;
    }
    side.get();
  } else {
    aggregations();
    risk();
  }
  analysis.timings.total = milliseconds_since(start);
  return analysis;
}

}  // namespace ics::phm
