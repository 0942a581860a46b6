// SPC engine throughput: XmR limits, the four rules and icons over many series, in points per second.
// Results and commands: docs/PERFORMANCE.md, section "SPC".
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>
#include <vector>

#include "core/calendar.h"
#include "core/csv.h"
#include "spc/spc.h"
#include "spc/table.h"

namespace {

// Many series of the same length stored end to end (structure of arrays): values and day numbers.
struct Batch {
  size_t series = 0, length = 0;
  std::vector<double> values;
  std::vector<int32_t> dates;
};

// Noisy monthly series with occasional level shifts and spikes, so every rule has work to do.
Batch make_batch(size_t series, size_t length) {
  Batch b{series, length, std::vector<double>(series * length), std::vector<int32_t>(length)};
  for (size_t i = 0; i < length; ++i) b.dates[i] = static_cast<int32_t>(i * 30);
  std::mt19937_64 rng(42);
  std::normal_distribution<double> noise(0.0, 1.0);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (size_t s = 0; s < series; ++s) {
    double level = 100.0 + 10.0 * u(rng);
    for (size_t i = 0; i < length; ++i) {
      if (u(rng) < 0.01) level += 3.0 * noise(rng);
      double y = level + noise(rng);
      if (u(rng) < 0.005) y += 8.0;
      b.values[s * length + i] = y;
    }
  }
  return b;
}

void run_batch(benchmark::State& state, const Batch& b, const ics::spc::Options& options) {
  ics::spc::SeriesResult result;  // reused: no allocation once grown
  const std::span<const int32_t> dates(b.dates);
  for (auto _ : state) {
    for (size_t s = 0; s < b.series; ++s) {
      ics::spc::analyse(dates, std::span<const double>(b.values).subspan(s * b.length, b.length), options, result);
      benchmark::DoNotOptimize(result.special_cause.data());
      benchmark::DoNotOptimize(result.variation);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * b.series * b.length));
}

ics::spc::Options increase_with_target() {
  ics::spc::Options o;
  o.improvement = ics::Improvement::Increase;
  o.target = 105;
  return o;
}

// 1,000 series x 10,000 points = 10 million points per iteration.
void BM_Analyse_1k_series_x_10k(benchmark::State& state) {
  static const Batch b = make_batch(1000, 10000);
  run_batch(state, b, increase_with_target());
}
BENCHMARK(BM_Analyse_1k_series_x_10k)->Unit(benchmark::kMillisecond);

// 100,000 series x 100 points = 10 million points: per-series overhead dominates more.
void BM_Analyse_100k_series_x_100(benchmark::State& state) {
  static const Batch b = make_batch(100000, 100);
  run_batch(state, b, increase_with_target());
}
BENCHMARK(BM_Analyse_100k_series_x_100)->Unit(benchmark::kMillisecond);

// 250,000 series x 36 points (three years monthly, the IPR shape) with a rebase and a fixed baseline.
void BM_Analyse_250k_series_x_36_rebase_fix(benchmark::State& state) {
  static const Batch b = make_batch(250000, 36);  // 9 million points
  auto o = increase_with_target();
  o.fix_after = 12;
  o.rebase_days = {b.dates[18]};
  run_batch(state, b, o);
}
BENCHMARK(BM_Analyse_250k_series_x_36_rebase_fix)->Unit(benchmark::kMillisecond);

// The whole table path on the real A&E extract (12,765 rows): CSV parse, grouping, analysis and CSV output
// (formatted and handed to a sink that only counts bytes).
void BM_Table_AeAttendances(benchmark::State& state) {
  const std::filesystem::path source =
      std::filesystem::path(ICS_SOURCE_DIR) / ".." / "shared" / "data" / "ae_attendances.csv";
  if (!std::filesystem::exists(source)) {
    state.SkipWithError("ae_attendances.csv not found");
    return;
  }
  const ics::CsvTable ae = ics::read_csv_file(source.string());
  std::string csv = "period,unit,performance\n";
  for (const auto& row : ae.rows) {
    const double a = std::stod(row.cells[3]), br = std::stod(row.cells[4]);
    if (a > 0) csv += row.cells[0] + "," + row.cells[1] + ":" + row.cells[2] + "," + std::to_string(1 - br / a) + "\n";
  }
  ics::spc::TableRequest request;
  request.value_column = "performance";
  request.date_column = "period";
  request.facet_column = "unit";
  request.improvement = "increase";
  request.target = 0.95;
  size_t rows = 0;
  for (auto _ : state) {
    const auto table = ics::parse_csv(csv, "ae.csv");
    rows = table.rows.size();
    const auto result = ics::spc::analyse_table(table, request);
    size_t bytes = 0;  // streamed as `ics spc` writes it, in 64 KiB pieces
    ics::spc::format_points_csv(result, [&bytes](std::string_view piece) { bytes += piece.size(); });
    benchmark::DoNotOptimize(bytes);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * rows));
}
BENCHMARK(BM_Table_AeAttendances)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
