#pragma once
// An entry in a committee's action log ("B203"), with the lifecycle secretariats use: open and
// ongoing actions, and actions closed as completed, superseded, consolidated into another, or
// delegated to another group.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/enum_names.h"

namespace ics {

enum class ActionStatus { Open, Ongoing, Completed, Superseded, Consolidated, Delegated };
template <>
struct EnumNames<ActionStatus> {
  static constexpr std::array<std::pair<ActionStatus, std::string_view>, 6> values{{
      {ActionStatus::Open, "open"},
      {ActionStatus::Ongoing, "ongoing"},
      {ActionStatus::Completed, "completed"},
      {ActionStatus::Superseded, "superseded"},
      {ActionStatus::Consolidated, "consolidated"},
      {ActionStatus::Delegated, "delegated"},
  }};
};

struct ActionUpdate {
  Date date;
  std::string by;  // account or person name
  std::string text;
  bool operator==(const ActionUpdate&) const = default;
};

struct Action {
  int64_t id = 0;   // 0 until stored
  std::string ref;  // "B203", unique
  int64_t committee_id = 0;
  std::optional<int64_t> meeting_id;  // the meeting that raised it
  std::string item_number;
  std::string description;
  std::optional<int64_t> owner_id;  // a person
  Date raised_on;
  std::optional<Date> due;
  ActionStatus status = ActionStatus::Open;
  // Superseded: the ref that replaces it; Consolidated: the ref it was merged into ("B257");
  // Delegated: the group now holding it ("ICS Chief Executive Group").
  std::string status_target;
  std::optional<Date> closed_on;
  bool confidential = false;  // raised in a private item
  std::vector<ActionUpdate> updates;
  bool operator==(const Action&) const = default;
};

}  // namespace ics
