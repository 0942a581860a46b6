#pragma once
// An entry in a committee's decision log ("ICSB-D007").
#include <cstdint>
#include <optional>
#include <string>

#include "core/calendar.h"

namespace ics {

struct Decision {
  int64_t id = 0;   // 0 until stored
  std::string ref;  // "ICSB-D007", unique
  int64_t committee_id = 0;
  std::optional<int64_t> meeting_id;
  std::string item_number;
  Date date;
  std::string title;
  std::string decision;  // the resolution as minuted
  bool confidential = false;
  bool operator==(const Decision&) const = default;
};

}  // namespace ics
