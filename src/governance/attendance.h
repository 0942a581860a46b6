#pragma once
// Each member's attendance over the last 12 months against the committee's requirement, and the
// attendance matrix (member x meeting) boards publish in their annual reports.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/calendar.h"
#include "domain/committee.h"
#include "domain/meeting.h"

namespace ics::governance {

struct MemberAttendance {
  int64_t person_id = 0;
  int meetings = 0;    // meetings held in the window while they were a member
  int attended = 0;    // present in person
  int deputised = 0;   // sent a deputy (does not count as attended)
  double rate = 0;     // attended / meetings; 0 when meetings == 0
  bool meets_requirement = true;  // rate >= committee.required_attendance (true when meetings == 0)
};

// For every voting member (not "in attendance"), over meetings of this committee held (not
// cancelled) in the 12 months ending on `today` (inclusive) and on or before today.
std::vector<MemberAttendance> attendance_rates(const Committee& committee, const std::vector<Meeting>& meetings, Date today);

// A cell of the attendance matrix: the status, or nullopt when the person was not a member then or
// no attendance was recorded.
std::optional<AttendanceStatus> attendance_at(const Meeting& meeting, int64_t person_id);

}  // namespace ics::governance
