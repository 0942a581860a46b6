#pragma once
// Whether a meeting was quorate under its committee's terms of reference.
#include <string>
#include <vector>

#include "domain/committee.h"
#include "domain/meeting.h"
#include "domain/person.h"

namespace ics::governance {

struct QuorumResult {
  bool quorate = false;
  int members_present = 0;        // voting members (not "in attendance") present, plus deputies when allowed
  int organisations_present = 0;  // distinct organisation codes among those counted
  bool chair_or_vice_present = false;
  std::vector<std::string> shortfalls;  // plain sentences: "3 of 6 members present; 4 needed"
};

// Counts members of the committee on the meeting's date from the attendance records; people supplies
// organisation codes. Deputies count for the member they stand in for when the rule allows.
QuorumResult evaluate_quorum(const Committee& committee, const std::vector<Person>& people, const Meeting& meeting);

}  // namespace ics::governance
