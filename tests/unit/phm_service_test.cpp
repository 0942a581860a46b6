// The PHM pages' population: which date a snapshot is analysed on for the server's today, and the
// snapshot file's life under a running server — none, loaded once and kept, replaced by a new import and
// picked up, unreadable (the problem kept for the page), and removed again.
#include "web/phm_service.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "phm/snapshot.h"
#include "phm/synthetic_population.h"
#include "phm_flat_age_population.h"

namespace ics::web {
namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

// Only the extract's dates matter to analysis_date.
phm::Population extract(Date start, Date end) {
  auto columns = std::make_shared<phm::PopulationColumns>();
  columns->extract_start = start;
  columns->extract_end = end;
  return phm::view_of(columns);
}

TEST(PhmServiceAnalysisDate, TodayWhenTheExtractSupportsIt) {
  const auto three_years = extract(ymd(2023, 4, 1), ymd(2026, 3, 31));
  EXPECT_EQ(PhmService::analysis_date(three_years, ymd(2025, 10, 10)), ymd(2025, 10, 10));
  // The first and last dates it supports: two whole years of history, and the day after the extract.
  EXPECT_EQ(PhmService::analysis_date(three_years, ymd(2025, 4, 1)), ymd(2025, 4, 1));
  EXPECT_EQ(PhmService::analysis_date(three_years, ymd(2026, 4, 1)), ymd(2026, 4, 1));
}

TEST(PhmServiceAnalysisDate, ClampsTodayToTheExtract) {
  const auto three_years = extract(ymd(2023, 4, 1), ymd(2026, 3, 31));
  EXPECT_EQ(PhmService::analysis_date(three_years, ymd(2026, 4, 2)), ymd(2026, 4, 1));
  EXPECT_EQ(PhmService::analysis_date(three_years, ymd(2030, 1, 1)), ymd(2026, 4, 1));
  EXPECT_EQ(PhmService::analysis_date(three_years, ymd(2025, 3, 31)), ymd(2025, 4, 1));
  // Exactly two years: the only date is the day after the extract, whichever side today falls.
  const auto two_years = extract(ymd(2024, 4, 1), ymd(2026, 3, 31));
  EXPECT_EQ(PhmService::analysis_date(two_years, ymd(2025, 1, 1)), ymd(2026, 4, 1));
  EXPECT_EQ(PhmService::analysis_date(two_years, ymd(2027, 1, 1)), ymd(2026, 4, 1));
  // Under two years supports no date; the latest is offered and the analysis itself says why it cannot run.
  const auto short_extract = extract(ymd(2025, 1, 1), ymd(2026, 3, 31));
  EXPECT_EQ(PhmService::analysis_date(short_extract, ymd(2025, 6, 1)), ymd(2026, 4, 1));
}

phm::Population generated(int64_t persons, uint64_t seed) {
  phm::SynthOptions options;
  options.persons = persons;
  options.seed = seed;
  options.threads = 1;
  return phm::view_of(phm::testing::flat_age_columns(options));
}

class PhmServiceFile : public ::testing::Test {
 protected:
  void TearDown() override { std::filesystem::remove(path_); }

  // Writes beside the snapshot and renames over it, as an import does, one second later than the last write
  // so the change shows whatever the file system's time resolution.
  void replace_with(const phm::Population& population) {
    const std::string staged = path_ + ".new";
    phm::write_snapshot(population, staged);
    std::filesystem::rename(staged, path_);
    bump_time();
  }
  void bump_time() {
    last_time_ += std::chrono::seconds(1);
    std::filesystem::last_write_time(path_, last_time_);
  }

  const std::string path_ =
      (std::filesystem::temp_directory_path() / ("ics_phm_service_" + std::to_string(::getpid()) + ".phm")).string();
  std::filesystem::file_time_type last_time_ = std::filesystem::file_time_type::clock::now();
  int loads_ = 0;  // how often the service asked for today: once per load
  PhmService service_{path_, [this] {
                        ++loads_;
                        return ymd(2026, 6, 15);
                      }};
};

TEST_F(PhmServiceFile, NoFileIsNotLoaded) {
  const PhmState state = service_.state();
  EXPECT_EQ(state.kind, PhmState::Kind::NotLoaded);
  EXPECT_EQ(state.ready, nullptr);
  EXPECT_EQ(loads_, 0);
  EXPECT_EQ(PhmService("", [] { return ymd(2026, 6, 15); }).state().kind, PhmState::Kind::NotLoaded);
}

TEST_F(PhmServiceFile, LoadsOnceAndKeepsItUntilTheFileChanges) {
  replace_with(generated(400, 1));
  const PhmState first = service_.state();
  ASSERT_EQ(first.kind, PhmState::Kind::Ready) << first.problem;
  EXPECT_EQ(first.ready->population.person_count(), 400u);
  EXPECT_EQ(first.ready->today, ymd(2026, 6, 15));
  EXPECT_EQ(first.ready->analysis.at, ymd(2026, 4, 1));  // the day after the default extract
  EXPECT_TRUE(first.ready->clamped);
  EXPECT_EQ(service_.state().ready, first.ready);  // the same analysis, not a second one
  EXPECT_EQ(loads_, 1);

  replace_with(generated(500, 2));
  const PhmState second = service_.state();
  ASSERT_EQ(second.kind, PhmState::Kind::Ready) << second.problem;
  EXPECT_EQ(second.ready->population.person_count(), 500u);
  EXPECT_NE(second.ready, first.ready);
  EXPECT_EQ(loads_, 2);
  // Whoever still holds the first population keeps it whole while the service has moved on.
  EXPECT_EQ(first.ready->population.person_count(), 400u);
}

TEST_F(PhmServiceFile, AnUnreadableFileFailsWithItsProblemAndRecoversWhenReplaced) {
  {
    std::ofstream out(path_, std::ios::binary);
    out << "not a snapshot";
  }
  bump_time();
  const PhmState failed = service_.state();
  EXPECT_EQ(failed.kind, PhmState::Kind::Failed);
  EXPECT_NE(failed.problem, "");
  EXPECT_EQ(failed.ready, nullptr);
  EXPECT_EQ(service_.state().problem, failed.problem);  // kept, not retried on every request
  EXPECT_EQ(loads_, 0);                               // it never got as far as analysing

  replace_with(generated(400, 3));
  EXPECT_EQ(service_.state().kind, PhmState::Kind::Ready);

  std::filesystem::remove(path_);
  EXPECT_EQ(service_.state().kind, PhmState::Kind::NotLoaded);
}

TEST_F(PhmServiceFile, AnExtractTooShortToAnalyseFailsSayingWhy) {
  phm::SynthOptions options;
  options.persons = 300;
  options.threads = 1;
  auto columns = phm::testing::flat_age_columns(options);
  columns->extract_start = ymd(2025, 1, 1);  // 15 months: the model needs two whole years before its date
  replace_with(phm::view_of(columns));
  const PhmState state = service_.state();
  EXPECT_EQ(state.kind, PhmState::Kind::Failed);
  EXPECT_NE(state.problem, "");
}

}  // namespace
}  // namespace ics::web
