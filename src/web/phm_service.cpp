#include "web/phm_service.h"

#include <system_error>

#include "phm/phm_output.h"
#include "phm/snapshot.h"

namespace ics::web {

const nlohmann::json& PhmPopulation::json() const {
  std::call_once(json_once_, [this] { json_ = phm::analysis_json(population, analysis); });
  return json_;
}

PhmService::PhmService(std::string snapshot_path, std::function<Date()> today)
    : path_(std::move(snapshot_path)), today_(std::move(today)) {}

Date PhmService::analysis_date(const phm::Population& population, Date today) {
  const Date latest = phm::default_analysis_date(population);
  if (today > latest) return latest;
  // The model trains on the year before last, so it needs two whole years of events before `at`.
  const Date earliest = phm::one_year_after(phm::one_year_after(population.extract_start));
  if (today < earliest) return earliest < latest ? earliest : latest;
  return today;
}

PhmState PhmService::state() {
  std::lock_guard lock(mutex_);
  std::error_code error;
  if (path_.empty() || !std::filesystem::is_regular_file(path_, error)) {
    loaded_mtime_.reset();
    cached_ = PhmState{};
    return cached_;
  }
  const auto mtime = std::filesystem::last_write_time(path_, error);
  if (!error && loaded_mtime_ && *loaded_mtime_ == mtime) return cached_;
  // Loading holds the lock, so concurrent first requests wait for one analysis rather than each running it.
  PhmState next;
  try {
    auto loaded = std::make_shared<PhmPopulation>();
    loaded->population = phm::open_snapshot(path_);
    loaded->today = today_();
    phm::AnalysisOptions options;
    options.at = analysis_date(loaded->population, loaded->today);
    loaded->clamped = *options.at != loaded->today;
    loaded->analysis = phm::analyse_population(loaded->population, options);
    next.kind = PhmState::Kind::Ready;
    next.ready = std::move(loaded);
  } catch (const std::exception& e) {
    next.kind = PhmState::Kind::Failed;
    next.problem = e.what();
  }
  cached_ = std::move(next);
  if (!error) loaded_mtime_ = mtime;
  return cached_;
}

}  // namespace ics::web
