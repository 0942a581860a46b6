#include "governance/action_lifecycle.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace ics::governance {
namespace {

bool same_ref(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
         });
}

const Action* find_ref(const std::vector<Action>& log, const std::string& ref) {
  for (const auto& a : log)
    if (same_ref(a.ref, ref)) return &a;
  return nullptr;
}

// Checks the target of a change that points at another action; returns "" when it is acceptable.
std::string check_target_action(const Action& action, const std::string& target, const std::vector<Action>& log,
                                bool must_be_open, const char* missing_message) {
  if (target.empty()) return missing_message;
  if (same_ref(target, action.ref)) return "An action cannot point to itself; enter a different reference";
  const Action* other = find_ref(log, target);
  if (!other) return "There is no action " + target + " in the log";
  if (must_be_open && !is_open(other->status)) return "Action " + other->ref + " is closed; choose an open action";
  return {};
}

}  // namespace

bool is_open(ActionStatus status) { return status == ActionStatus::Open || status == ActionStatus::Ongoing; }

bool is_overdue(const Action& action, Date today) {
  return is_open(action.status) && action.due.has_value() && *action.due < today;
}

FieldErrors apply_action_change(Action& action, const ActionChange& change, const std::vector<Action>& log) {
  FieldErrors errors;
  std::string target = trim(change.target);
  const bool closing = !is_open(change.status);
  if (closing && change.on < action.raised_on)
    errors.push_back({"status", "An action cannot be closed before the date it was raised (" +
                                    action.raised_on.to_string() + ")"});

  switch (change.status) {
    case ActionStatus::Consolidated: {
      auto message = check_target_action(action, target, log, /*must_be_open=*/true,
                                         "Enter the reference of the open action it was consolidated into");
      if (!message.empty()) errors.push_back({"target", message});
      else target = find_ref(log, target)->ref;  // stored as the log spells it
      break;
    }
    case ActionStatus::Superseded: {
      auto message = check_target_action(action, target, log, /*must_be_open=*/false,
                                         "Enter the reference of the action that supersedes it");
      if (!message.empty()) errors.push_back({"target", message});
      else target = find_ref(log, target)->ref;
      break;
    }
    case ActionStatus::Delegated:
      if (target.empty()) errors.push_back({"target", "Enter the name of the group it was delegated to"});
      break;
    default:
      break;
  }
  if (!errors.empty()) return errors;

  if (closing) {
    // Re-saving the same closed status keeps the original closing date.
    if (!(action.status == change.status && action.closed_on)) action.closed_on = change.on;
    action.status_target = change.status == ActionStatus::Completed ? std::string() : target;
  } else {
    action.closed_on.reset();
    action.status_target.clear();
  }
  action.status = change.status;
  const std::string note = trim(change.note);
  if (!note.empty()) action.updates.push_back(ActionUpdate{change.on, change.by, note});
  return errors;
}

std::string next_ref(const std::string& prefix, const std::vector<std::string>& existing_refs) {
  long long highest = 0;
  size_t width = 3;
  for (const auto& ref : existing_refs) {
    if (ref.size() <= prefix.size() || ref.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string digits = ref.substr(prefix.size());
    if (digits.size() > 18 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    highest = std::max(highest, std::stoll(digits));
    width = std::max(width, digits.size());
  }
  std::string number = std::to_string(highest + 1);
  if (number.size() < width) number.insert(0, width - number.size(), '0');
  return prefix + number;
}

}  // namespace ics::governance
