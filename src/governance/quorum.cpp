#include "governance/quorum.h"

#include <map>
#include <set>

namespace ics::governance {
namespace {

bool is_voting(MemberRole role) { return role != MemberRole::InAttendance; }

bool covers(const CommitteeMember& m, Date date) { return (!m.from || *m.from <= date) && (!m.to || date <= *m.to); }

std::string plural(int n, const std::string& one, const std::string& many) { return n == 1 ? one : many; }

}  // namespace

QuorumResult evaluate_quorum(const Committee& committee, const std::vector<Person>& people, const Meeting& meeting) {
  // The voting seats held on the day; a person with two seats (say member, then chair) counts once,
  // taking the senior role.
  std::map<int64_t, MemberRole> voting;
  for (const auto& m : committee.members) {
    if (!is_voting(m.role) || !covers(m, meeting.date)) continue;
    auto [it, inserted] = voting.emplace(m.person_id, m.role);
    if (!inserted && static_cast<int>(m.role) < static_cast<int>(it->second)) it->second = m.role;
  }
  std::map<int64_t, std::string> org_of;
  for (const auto& p : people) org_of[p.id] = p.org_code;

  QuorumResult result;
  std::set<int64_t> counted;
  std::set<std::string> organisations;
  for (const auto& record : meeting.attendance) {
    auto seat = voting.find(record.person_id);
    if (seat == voting.end() || counted.count(record.person_id)) continue;
    const bool present = record.status == AttendanceStatus::Present;
    const bool deputy = record.status == AttendanceStatus::Deputy && committee.quorum.deputies_count;
    if (!present && !deputy) continue;
    counted.insert(record.person_id);
    ++result.members_present;
    // A deputy represents the member's organisation.
    auto org = org_of.find(record.person_id);
    if (org != org_of.end() && !org->second.empty()) organisations.insert(org->second);
    // A deputy cannot take the chair in the member's place.
    if (present && (seat->second == MemberRole::Chair || seat->second == MemberRole::ViceChair))
      result.chair_or_vice_present = true;
  }
  result.organisations_present = static_cast<int>(organisations.size());

  const QuorumRule& rule = committee.quorum;
  const int members = static_cast<int>(voting.size());
  if (result.members_present < rule.min_members)
    result.shortfalls.push_back(std::to_string(result.members_present) + " of " + std::to_string(members) + " " +
                                plural(members, "member", "members") + " present; " +
                                std::to_string(rule.min_members) + " needed");
  if (result.organisations_present < rule.min_organisations)
    result.shortfalls.push_back(std::to_string(result.organisations_present) + " partner " +
                                plural(result.organisations_present, "organisation", "organisations") +
                                " represented; " + std::to_string(rule.min_organisations) + " needed");
  if (rule.chair_or_vice_required && !result.chair_or_vice_present)
    result.shortfalls.push_back("Neither the chair nor the vice-chair is present");
  result.quorate = result.shortfalls.empty();
  return result;
}

}  // namespace ics::governance
