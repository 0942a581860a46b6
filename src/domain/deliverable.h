#pragma once
// Plan and MOU deliverables: the system's priorities ("NO4.4"), each overseen by a committee and rated
// Blue / Red / Amber / Green with a progress update at every quarterly stocktake.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/enum_names.h"

namespace ics {

// National (NHS planning guidance), integrating care (the ICS's own strategy), oversight (NHS Oversight
// Framework) or local (place and partner commitments).
enum class PriorityType { National, IntegratingCare, Oversight, Local };
template <>
struct EnumNames<PriorityType> {
  static constexpr std::array<std::pair<PriorityType, std::string_view>, 4> values{{
      {PriorityType::National, "national"},
      {PriorityType::IntegratingCare, "integrating care"},
      {PriorityType::Oversight, "oversight"},
      {PriorityType::Local, "local"},
  }};
};

// Blue: delivered / complete; Green: on track; Amber: at risk, recoverable; Red: off track.
enum class Brag { Blue, Red, Amber, Green };
template <>
struct EnumNames<Brag> {
  static constexpr std::array<std::pair<Brag, std::string_view>, 4> values{{
      {Brag::Blue, "B"},
      {Brag::Red, "R"},
      {Brag::Amber, "A"},
      {Brag::Green, "G"},
  }};
};

// The rating and update recorded at one stocktake (the month the stocktake reported).
struct StocktakeRating {
  Month stocktake;
  Brag rating = Brag::Green;
  std::string progress;  // the annex's progress update
  bool operator==(const StocktakeRating&) const = default;
};

struct Priority {
  int64_t id = 0;      // 0 until stored
  std::string ref;     // "NO4.4", unique
  PriorityType type = PriorityType::National;
  std::string description;
  int64_t overseeing_committee_id = 0;  // the committee (governance) that oversees it
  std::string plan_year;                // "2024/25"
  // A superseded priority keeps its ratings; later stocktakes show it as superseded by this ref.
  std::string superseded_by;
  std::optional<Month> superseded_from;  // the first stocktake it no longer appears in
  std::vector<StocktakeRating> ratings;  // oldest first, one per stocktake
  bool operator==(const Priority&) const = default;
};

}  // namespace ics
