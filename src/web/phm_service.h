#pragma once
// The population the PHM pages show: the server's snapshot file, mapped and analysed once on first use
// (at the server's today, clamped to the extract) and kept until the file's modification time changes,
// so an `ics phm import` over it is picked up without restarting the server. Thread-safe.
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/calendar.h"
#include "phm/phm_analysis.h"
#include "phm/population.h"

namespace ics::web {

// One analysed population. Immutable once made, so handlers share it without locks.
struct PhmPopulation {
  phm::Population population;
  phm::PhmAnalysis analysis;
  Date today;          // the server's today when it was analysed
  bool clamped = false;  // analysis.at differs from today (today lay outside what the extract allows)
  // phm::analysis_json of the analysis (disclosure applied), made on first use and then kept.
  const nlohmann::json& json() const;

 private:
  mutable std::once_flag json_once_;
  mutable nlohmann::json json_;
};

// Where the service stands: no snapshot at the path; one that could not be read or analysed; or ready.
struct PhmState {
  enum class Kind { NotLoaded, Failed, Ready } kind = Kind::NotLoaded;
  std::string problem;  // Failed: what went wrong, for the page
  std::shared_ptr<const PhmPopulation> ready;  // Ready
};

class PhmService {
 public:
  // today() is asked on each load (the server's today).
  PhmService(std::string snapshot_path, std::function<Date()> today);

  const std::string& snapshot_path() const { return path_; }
  // The current state, loading or re-loading the snapshot when it is new or changed since last time.
  PhmState state();

  // The date to analyse a population on at `today`: today, or the extract's end + 1 day when today is
  // later, or the earliest date with a full year of training history when today is earlier.
  static Date analysis_date(const phm::Population& population, Date today);

 private:
  std::string path_;
  std::function<Date()> today_;
  std::mutex mutex_;
  std::optional<std::filesystem::file_time_type> loaded_mtime_;
  PhmState cached_;
};

}  // namespace ics::web
