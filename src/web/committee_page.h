#pragma once
// The committees index and a committee's page: terms of reference, meetings, and each member's
// attendance over the last 12 months against the requirement. Views only format what they are given.
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/committee.h"
#include "domain/meeting.h"
#include "domain/organisation.h"
#include "domain/person.h"
#include "governance/attendance.h"

namespace ics::web {

// Each committee with the committee it reports to, how often it meets and its next meeting on or
// after today. `meetings` are every committee's meetings.
std::string committees_index_body(const std::vector<Committee>& committees, const std::vector<Meeting>& meetings,
                                  Date today);

struct CommitteePageData {
  Committee committee;
  std::vector<Committee> committees;  // for the name of the parent
  std::vector<Person> people;
  std::vector<Organisation> organisations;
  std::vector<Meeting> meetings;  // this committee's, by date
  std::vector<governance::MemberAttendance> attendance;
  Date today;
  bool can_edit = false;  // shows "Add a meeting"
};

std::string committee_body(const CommitteePageData& data);

// The quorum rule as a sentence: "At least 4 voting members from at least 2 partner organisations,
// including the chair or vice-chair. Deputies count towards quorum."
std::string quorum_in_words(const QuorumRule& rule);

}  // namespace ics::web
