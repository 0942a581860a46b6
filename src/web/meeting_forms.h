#pragma once
// The secretariat's forms for a meeting, each on its own page: a new meeting, an agenda item,
// attendance, a declaration of interest, and the minutes. Each has a body (values and errors shown
// beside their fields) and a reader that turns the submitted form into values plus field errors.
#include <httplib.h>

#include <string>
#include <vector>

#include "core/field_errors.h"
#include "domain/committee.h"
#include "domain/meeting.h"
#include "domain/person.h"
#include "web/auth.h"

namespace ics::web {

// New meeting: date, start and end time, location, video link. `values` holds what was typed, and
// date_text the date as typed (which may not be a real date).
std::string new_meeting_form_body(const Committee& committee, const Meeting& values, const std::string& date_text,
                                  const FieldErrors& errors, const Principal& principal);
// Reads date, times and place into a meeting of `committee_id` (agenda left empty).
Meeting read_new_meeting_form(const httplib::Request& req, int64_t committee_id, FieldErrors& errors);

// Adding an agenda item, with the current agenda listed above the form.
std::string agenda_form_body(const Committee& committee, const Meeting& meeting, const AgendaItem& values,
                             const FieldErrors& errors, const Principal& principal);
AgendaItem read_agenda_item_form(const httplib::Request& req, FieldErrors& errors);

// The committee's members on the meeting's date, one row each: status and deputy's name.
std::vector<CommitteeMember> members_on(const Committee& committee, Date date);
std::string attendance_form_body(const Committee& committee, const Meeting& meeting, const std::vector<Person>& people,
                                 const std::vector<AttendanceRecord>& values, const FieldErrors& errors,
                                 const Principal& principal);
// One record per member whose status was chosen; fields "attendance-ID" and "deputy-ID".
std::vector<AttendanceRecord> read_attendance_form(const httplib::Request& req, const Committee& committee, Date date,
                                                   FieldErrors& errors);

// Recording a declaration against an agenda item, with the chair's decision.
std::string declaration_form_body(const Committee& committee, const Meeting& meeting, const std::vector<Person>& people,
                                  const Declaration& values, const FieldErrors& errors, const Principal& principal);
Declaration read_declaration_form(const httplib::Request& req, const std::vector<Person>& people, FieldErrors& errors);

// The minutes: status, and per agenda item the text and resolutions (one per line). `meeting`
// carries the values shown.
std::string minutes_form_body(const Committee& committee, const Meeting& meeting, const FieldErrors& errors,
                              const Principal& principal);
// Replaces meeting.minutes and meeting.minutes_status with what was submitted.
void read_minutes_form(const httplib::Request& req, Meeting& meeting, FieldErrors& errors);

// Moves errors that validate_meeting reported under `from_prefix` ("agenda-3-") to the form's plain
// field names ("title"), keeping the rest, and skipping fields already in `errors`.
void merge_errors(FieldErrors& errors, const FieldErrors& more, const std::string& from_prefix = "");

}  // namespace ics::web
