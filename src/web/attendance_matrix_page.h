#pragma once
// A committee's attendance matrix: voting members against the meetings held in the last 12 months,
// each cell ✓ present, A apologies, D deputy (name), ✗ absent or blank, and each member's rate against
// the committee's requirement.
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/committee.h"
#include "domain/meeting.h"
#include "domain/person.h"

namespace ics::web {

// `meetings` are the committee's; those held in the window are picked here the way
// governance::attendance_rates picks them.
std::string attendance_matrix_body(const Committee& committee, const std::vector<Meeting>& meetings,
                                   const std::vector<Person>& people, Date today);

}  // namespace ics::web
