#include "web/attendance_matrix_page.h"

#include <cmath>

#include "governance/attendance.h"
#include "report/html_escape.h"
#include "web/governance_view_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

// The same day a year earlier (29 Feb -> 28 Feb): the window starts after it, as attendance_rates counts.
Date one_year_before(Date d) {
  const int day = d.month() == 2 && d.day() == 29 ? 28 : d.day();
  return Date::from_ymd(d.year() - 1, d.month(), day);
}

std::string hidden(const std::string& text) {
  return "<span class=\"nhsuk-u-visually-hidden\">" + html_escape(text) + "</span>";
}

std::string cell(const Meeting& meeting, int64_t person_id) {
  const auto status = governance::attendance_at(meeting, person_id);
  if (!status) return "";
  switch (*status) {
    case AttendanceStatus::Present: return "<span aria-hidden=\"true\">\u2713</span>" + hidden("present");
    case AttendanceStatus::Apologies: return "<span aria-hidden=\"true\">A</span>" + hidden("apologies");
    case AttendanceStatus::Absent: return "<span aria-hidden=\"true\">\u2717</span>" + hidden("absent");
    case AttendanceStatus::Deputy: {
      std::string name;
      for (const auto& r : meeting.attendance)
        if (r.person_id == person_id) name = r.deputy_name;
      return "D (" + html_escape(name) + ")" + hidden(" deputy");
    }
  }
  return "";
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

}  // namespace

std::string attendance_matrix_body(const Committee& committee, const std::vector<Meeting>& meetings,
                                   const std::vector<Person>& people, Date today) {
  const Date window_start = one_year_before(today);
  std::vector<const Meeting*> held;
  for (const auto& m : meetings)
    if (m.committee_id == committee.id && !m.cancelled && window_start < m.date && m.date <= today) held.push_back(&m);

  std::vector<std::string> headers{"Member"};
  for (const Meeting* m : held) headers.push_back(nhs_short_date(m->date));
  headers.push_back("Attended");
  headers.push_back("Requirement");

  std::vector<std::vector<std::string>> rows;
  for (const auto& rate : governance::attendance_rates(committee, meetings, today)) {
    std::vector<std::string> row{html_escape(person_name(people, rate.person_id))};
    for (const Meeting* m : held) row.push_back(cell(*m, rate.person_id));
    row.push_back(rate.meetings == 0 ? "No meetings"
                                     : percent(rate.rate) + " (" + std::to_string(rate.attended) + " of " +
                                           std::to_string(rate.meetings) + ")");
    row.push_back(rate.meetings == 0         ? ""
                  : rate.meets_requirement ? nhs_tag("Meets " + percent(committee.required_attendance), "green")
                                           : nhs_tag("Below " + percent(committee.required_attendance), "red"));
    rows.push_back(std::move(row));
  }

  return back_link("/committees/" + std::to_string(committee.id), "Back to " + committee.name) +
         "<h1>Attendance: " + html_escape(committee.name) + "</h1><p>Meetings held in the 12 months to " +
         html_escape(nhs_date(today)) + ". Members are expected to attend " +
         percent(committee.required_attendance) + " of meetings; sending a deputy does not count as attending.</p>" +
         nhs_table("Attendance by meeting", headers, rows, "The committee has no voting members.") +
         "<p class=\"nhsuk-body-s\">\u2713 present, A apologies, D deputy (who deputised), \u2717 absent; blank when "
         "not a member at the time or not recorded.</p>";
}

}  // namespace ics::web
