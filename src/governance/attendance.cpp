#include "governance/attendance.h"

#include <algorithm>

namespace ics::governance {
namespace {

bool is_voting(MemberRole role) { return role != MemberRole::InAttendance; }

bool voting_member_on(const Committee& committee, int64_t person_id, Date date) {
  return std::any_of(committee.members.begin(), committee.members.end(), [&](const CommitteeMember& m) {
    return m.person_id == person_id && is_voting(m.role) && (!m.from || *m.from <= date) && (!m.to || date <= *m.to);
  });
}

// The same day a year earlier (29 Feb -> 28 Feb); the window starts the day after it.
Date one_year_before(Date d) {
  const int y = d.year() - 1, m = d.month();
  int day = d.day();
  if (m == 2 && day == 29) day = 28;
  return Date::from_ymd(y, m, day);
}

}  // namespace

std::vector<MemberAttendance> attendance_rates(const Committee& committee, const std::vector<Meeting>& meetings,
                                               Date today) {
  const Date window_start = one_year_before(today);  // exclusive
  std::vector<const Meeting*> held;
  for (const auto& meeting : meetings)
    if (meeting.committee_id == committee.id && !meeting.cancelled && window_start < meeting.date &&
        meeting.date <= today)
      held.push_back(&meeting);

  // Everyone who held a voting seat at some point in the window, in the order the committee lists them.
  std::vector<int64_t> people;
  for (const auto& m : committee.members) {
    if (!is_voting(m.role) || (m.from && today < *m.from) || (m.to && *m.to <= window_start)) continue;
    if (std::find(people.begin(), people.end(), m.person_id) == people.end()) people.push_back(m.person_id);
  }

  std::vector<MemberAttendance> out;
  for (int64_t person : people) {
    MemberAttendance row;
    row.person_id = person;
    for (const Meeting* meeting : held) {
      if (!voting_member_on(committee, person, meeting->date)) continue;
      ++row.meetings;
      const auto status = attendance_at(*meeting, person);
      if (status == AttendanceStatus::Present) ++row.attended;
      if (status == AttendanceStatus::Deputy) ++row.deputised;
    }
    row.rate = row.meetings == 0 ? 0.0 : static_cast<double>(row.attended) / row.meetings;
    // A small tolerance so that, say, 3 of 4 meets a requirement typed as 0.75.
    row.meets_requirement = row.meetings == 0 || row.rate + 1e-9 >= committee.required_attendance;
    out.push_back(row);
  }
  return out;
}

std::optional<AttendanceStatus> attendance_at(const Meeting& meeting, int64_t person_id) {
  for (const auto& record : meeting.attendance)
    if (record.person_id == person_id) return record.status;
  return std::nullopt;
}

}  // namespace ics::governance
