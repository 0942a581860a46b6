#pragma once
// A committee and its terms of reference: purpose, members and their roles, quorum, attendance
// expected of members, and the secretariat's paper-cycle deadlines.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/enum_names.h"

namespace ics {

enum class MemberRole { Chair, ViceChair, Member, InAttendance };
template <>
struct EnumNames<MemberRole> {
  static constexpr std::array<std::pair<MemberRole, std::string_view>, 4> values{{
      {MemberRole::Chair, "chair"},
      {MemberRole::ViceChair, "vice-chair"},
      {MemberRole::Member, "member"},
      {MemberRole::InAttendance, "in attendance"},
  }};
};

// A seat on the committee. Those "in attendance" do not count towards quorum or attendance rates.
struct CommitteeMember {
  int64_t person_id = 0;
  MemberRole role = MemberRole::Member;
  std::optional<Date> from, to;  // membership dates, inclusive; absent = open-ended
  bool operator==(const CommitteeMember&) const = default;
};

// Quorum as terms of reference state it: at least min_members voting members present (deputies count
// when the terms allow them), drawn from at least min_organisations partner organisations, and the
// chair or vice-chair present when required.
struct QuorumRule {
  int min_members = 1;
  int min_organisations = 0;
  bool chair_or_vice_required = true;
  bool deputies_count = true;
  bool operator==(const QuorumRule&) const = default;
};

// Secretariat deadlines around a meeting, in working days (England and Wales bank holidays excluded).
struct PaperCycle {
  int items_agreed_before = 10;  // agenda items agreed this many working days before the meeting
  int papers_out_before = 5;     // papers circulated this many working days before
  int draft_minutes_after = 10;  // draft minutes to the chair within this many working days after
  bool operator==(const PaperCycle&) const = default;
};

struct Committee {
  int64_t id = 0;  // 0 until stored
  std::string name;                // "Integrated Care Board"
  std::string code;                // short code used in references: "ICSB", "POG"
  std::optional<int64_t> reports_to;  // parent committee; absent for the board
  std::string purpose;
  std::string frequency;           // "Monthly", "Bi-monthly", "Quarterly"
  bool meets_in_public = false;    // a board meets in public; its sub-committees usually do not
  QuorumRule quorum;
  double required_attendance = 0.75;  // share of meetings each member is expected to attend
  PaperCycle paper_cycle;
  std::string action_prefix;       // action references: "B" -> B203
  std::string decision_prefix;     // decision references: "ICSB-D" -> ICSB-D007
  std::vector<CommitteeMember> members;
  bool operator==(const Committee&) const = default;
};

}  // namespace ics
