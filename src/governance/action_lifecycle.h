#pragma once
// The action log's lifecycle: open and ongoing actions, closing as completed, superseded,
// consolidated into another action or delegated to another group, reopening, and overdue.
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/field_errors.h"
#include "domain/action.h"

namespace ics::governance {

bool is_open(ActionStatus status);  // Open or Ongoing
// Open past its due date (due < today). Actions without a due date are never overdue.
bool is_overdue(const Action& action, Date today);

// A requested change of status, as the form or API sends it.
struct ActionChange {
  ActionStatus status = ActionStatus::Open;
  std::string target;  // ref for Superseded/Consolidated, group for Delegated
  std::string note;    // recorded as an update when not empty
  std::string by;      // who made the change
  Date on;             // the day of the change
};

// Applies the change to `action`, or returns field errors (fields "status", "target") and leaves it
// unchanged. Rules: Consolidated needs the ref of another open action in `log`; Superseded needs the ref
// of another action in `log`; Delegated needs the group's name; closing sets closed_on, reopening
// clears it and the target. The log is every action, for checking refs.
FieldErrors apply_action_change(Action& action, const ActionChange& change, const std::vector<Action>& log);

// The next free reference for a prefix: "B" with B201, B203 taken -> "B204". Refs of other prefixes are
// ignored; numbers keep the width of the widest existing ("ICSB-D007" -> "ICSB-D008"), at least 3 digits.
std::string next_ref(const std::string& prefix, const std::vector<std::string>& existing_refs);

// Every ref in a log of actions or decisions, for next_ref and duplicate checks.
template <class Record>
std::vector<std::string> refs_of(const std::vector<Record>& log) {
  std::vector<std::string> refs;
  refs.reserve(log.size());
  for (const auto& r : log) refs.push_back(r.ref);
  return refs;
}

}  // namespace ics::governance
