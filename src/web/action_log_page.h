#pragma once
// The action log pages: the filtered log with its counts, one action with its update history and the
// status form, and the secretariat's form for a new action. Views only format; the routes choose what
// the caller may see and change.
#include <httplib.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/field_errors.h"
#include "domain/action.h"
#include "domain/committee.h"
#include "domain/meeting.h"
#include "domain/person.h"
#include "web/auth.h"

namespace ics::web {

// The log's filters, read from the GET form: committee, owner, status ("" all, "open" = open or
// ongoing, "closed" = any closed status, "open-only" = Open alone, or another status's name) and
// overdue only.
struct ActionFilter {
  std::optional<int64_t> committee_id;
  std::optional<int64_t> owner_id;
  std::string status;
  bool overdue_only = false;
};

// The filters in the request's query string; unknown or malformed values are ignored (show all).
ActionFilter read_action_filter(const httplib::Request& req);
// True when the action passes every filter (overdue judged on `today`).
bool action_matches(const Action& action, const ActionFilter& filter, Date today);

// The status tag ("Consolidated into B257", "Delegated to ...") and an "Overdue" red tag when open past due.
std::string action_status_tags(const Action& action, Date today);
// "Open", "Superseded" ... for labels and selects.
std::string action_status_label(ActionStatus status);

struct ActionLogData {
  std::vector<Action> actions;  // already filtered and visible to the caller
  std::vector<Committee> committees;
  std::vector<Meeting> meetings;
  std::vector<Person> people;
  ActionFilter filter;
  Date today;
  bool can_add = false;
};
std::string action_log_body(const ActionLogData& data);

struct ActionDetailData {
  Action action;
  std::optional<Committee> committee;
  std::optional<Meeting> meeting;
  std::vector<Person> people;
  Date today;
  bool can_update = false;  // shows the status form
  // What the status form shows: the submitted values after a refused change, else the action's own.
  ActionStatus form_status = ActionStatus::Open;
  std::string form_target;
  std::string form_note;
  FieldErrors errors;
};
std::string action_detail_body(const ActionDetailData& data, const Principal& principal);

// The new-action form for `committee`: ref, meeting, item, description, owner, dates, confidential.
std::string action_form_body(const Committee& committee, const std::vector<Meeting>& meetings,
                             const std::vector<Person>& people, const Action& values, const FieldErrors& errors,
                             const Principal& principal);
// Reads the new-action form into an action of `committee` (meeting must be one of `meetings`, owner one
// of `people`), adding field errors for anything malformed.
Action read_action_form(const httplib::Request& req, const Committee& committee, const std::vector<Meeting>& meetings,
                        const std::vector<Person>& people, FieldErrors& errors);

}  // namespace ics::web
