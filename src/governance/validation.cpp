#include "governance/validation.h"

#include <cctype>
#include <cmath>
#include <set>
#include <string>

#include "core/text.h"

namespace ics::governance {
namespace {

// "HH:MM" on the 24-hour clock.
bool valid_time(const std::string& t) {
  if (t.size() != 5 || t[2] != ':') return false;
  for (size_t i : {0u, 1u, 3u, 4u})
    if (t[i] < '0' || t[i] > '9') return false;
  const int hours = (t[0] - '0') * 10 + (t[1] - '0');
  const int minutes = (t[3] - '0') * 10 + (t[4] - '0');
  return hours < 24 && minutes < 60;
}

// The years the working-day calendar knows; a date outside them is a typing slip.
bool plausible_date(Date d) { return d.year() >= 1971 && d.year() <= 2100; }
constexpr const char* kDateRange = "Date must be between 1971 and 2100";

void require(FieldErrors& errors, const std::string& value, const char* field, const char* message) {
  if (is_blank(value)) errors.push_back({field, message});
}

}  // namespace

FieldErrors validate_person(const Person& person) {
  FieldErrors errors;
  require(errors, person.name, "name", "Enter a name");
  return errors;
}

FieldErrors validate_committee(const Committee& committee) {
  FieldErrors errors;
  require(errors, committee.name, "name", "Enter a name");
  if (is_blank(committee.code)) {
    errors.push_back({"code", "Enter a short code, like ICSB"});
  } else {
    for (char c : committee.code)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
        errors.push_back({"code", "Code must only include letters, numbers and hyphens"});
        break;
      }
  }
  if (committee.quorum.min_members < 1)
    errors.push_back({"quorum_min_members", "Quorum must be at least 1 member"});
  if (committee.quorum.min_organisations < 0)
    errors.push_back({"quorum_min_organisations", "Partner organisations needed must be 0 or more"});
  if (!std::isfinite(committee.required_attendance) || committee.required_attendance < 0 ||
      committee.required_attendance > 1)
    errors.push_back({"required_attendance", "Required attendance must be between 0% and 100%"});
  const PaperCycle& cycle = committee.paper_cycle;
  auto check_days = [&](int days, const char* field) {
    if (days < 0 || days > 60) errors.push_back({field, "Enter a number of working days from 0 to 60"});
  };
  check_days(cycle.items_agreed_before, "items_agreed_before");
  check_days(cycle.papers_out_before, "papers_out_before");
  check_days(cycle.draft_minutes_after, "draft_minutes_after");
  return errors;
}

FieldErrors validate_meeting(const Meeting& meeting) {
  FieldErrors errors;
  if (!plausible_date(meeting.date)) errors.push_back({"date", kDateRange});
  if (is_blank(meeting.start_time)) {
    errors.push_back({"start_time", "Enter a start time like 09:30"});
  } else if (!valid_time(meeting.start_time)) {
    errors.push_back({"start_time", "Enter a time like 09:30"});
  }
  if (!meeting.end_time.empty()) {
    if (!valid_time(meeting.end_time))
      errors.push_back({"end_time", "Enter a time like 12:30"});
    else if (valid_time(meeting.start_time) && meeting.end_time <= meeting.start_time)
      errors.push_back({"end_time", "End time must be after the start time"});
  }

  std::set<std::string> numbers;
  for (size_t i = 0; i < meeting.agenda.size(); ++i) {
    const AgendaItem& item = meeting.agenda[i];
    const std::string prefix = "agenda-" + std::to_string(i) + "-";
    if (is_blank(item.number))
      errors.push_back({prefix + "number", "Enter an item number"});
    else if (!numbers.insert(item.number).second)
      errors.push_back({prefix + "number", "Item number " + item.number + " is used more than once"});
    if (is_blank(item.title)) errors.push_back({prefix + "title", "Enter a title"});
    if (!item.time.empty() && !valid_time(item.time)) errors.push_back({prefix + "time", "Enter a time like 09:30"});
  }

  std::set<int64_t> recorded;
  for (const auto& record : meeting.attendance) {
    const std::string field = "attendance-" + std::to_string(record.person_id);
    if (!recorded.insert(record.person_id).second)
      errors.push_back({field, "Attendance is recorded more than once for this person"});
    else if (record.status == AttendanceStatus::Deputy && is_blank(record.deputy_name))
      errors.push_back({field, "Enter the name of the deputy"});
  }

  for (size_t i = 0; i < meeting.declarations.size(); ++i)
    if (!numbers.count(meeting.declarations[i].item_number))
      errors.push_back({"declaration-" + std::to_string(i) + "-item", "Choose an item on the agenda"});
  return errors;
}

FieldErrors validate_paper(const Paper& paper) {
  FieldErrors errors;
  require(errors, paper.title, "title", "Enter a title");
  require(errors, paper.enclosure_ref, "enclosure_ref", "Enter an enclosure reference, like Enc B");
  if (paper.confidential && is_blank(paper.confidential_reason))
    errors.push_back({"confidential_reason", "Enter why the paper is confidential"});
  return errors;
}

FieldErrors validate_action(const Action& action) {
  FieldErrors errors;
  require(errors, action.ref, "ref", "Enter a reference, like B203");
  require(errors, action.description, "description", "Enter a description");
  if (action.due && *action.due < action.raised_on)
    errors.push_back({"due", "Due date must be on or after the date raised"});
  const bool open = action.status == ActionStatus::Open || action.status == ActionStatus::Ongoing;
  if (!open && !action.closed_on)
    errors.push_back({"closed_on", "Enter the date the action was closed"});
  else if (action.closed_on && *action.closed_on < action.raised_on)
    errors.push_back({"closed_on", "Date closed must be on or after the date raised"});
  if (is_blank(action.status_target)) {
    if (action.status == ActionStatus::Superseded)
      errors.push_back({"status_target", "Enter the reference of the action that supersedes it"});
    if (action.status == ActionStatus::Consolidated)
      errors.push_back({"status_target", "Enter the reference of the action it was consolidated into"});
    if (action.status == ActionStatus::Delegated)
      errors.push_back({"status_target", "Enter the name of the group it was delegated to"});
  }
  return errors;
}

FieldErrors validate_decision(const Decision& decision) {
  FieldErrors errors;
  require(errors, decision.ref, "ref", "Enter a reference, like ICSB-D007");
  require(errors, decision.title, "title", "Enter a title");
  require(errors, decision.decision, "decision", "Enter the decision");
  if (!plausible_date(decision.date)) errors.push_back({"date", kDateRange});
  return errors;
}

FieldErrors validate_interest(const Interest& interest) {
  FieldErrors errors;
  if (interest.person_id <= 0) errors.push_back({"person_id", "Select a person"});
  require(errors, interest.description, "description", "Enter a description");
  if (interest.from && interest.to && *interest.to < *interest.from)
    errors.push_back({"to", "End date must be on or after the start date"});
  return errors;
}

}  // namespace ics::governance
