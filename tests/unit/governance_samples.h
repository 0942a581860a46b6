#pragma once
// Governance records with every field set to something other than its default, so a round trip that
// drops or mangles any field fails operator==.
#include <cstdint>

#include "domain/action.h"
#include "domain/committee.h"
#include "domain/decision.h"
#include "domain/interest.h"
#include "domain/meeting.h"
#include "domain/paper.h"
#include "domain/person.h"

namespace ics::samples {

inline Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

inline Person person(std::string name = "Dr Asha Patel") {
  return Person{0, std::move(name), "Chief Medical Officer", "RXX"};
}

inline Committee committee(int64_t member_a, int64_t member_b, std::optional<int64_t> reports_to = std::nullopt) {
  Committee c;
  c.name = "Quality Group";
  c.code = "QG";
  c.reports_to = reports_to;
  c.purpose = "Assure the board on quality and safety";
  c.frequency = "Bi-monthly";
  c.meets_in_public = true;
  c.quorum = QuorumRule{4, 2, false, false};
  c.required_attendance = 0.6;
  c.paper_cycle = PaperCycle{8, 4, 7};
  c.action_prefix = "Q";
  c.decision_prefix = "QG-D";
  c.members = {CommitteeMember{member_a, MemberRole::Chair, d(2025, 4, 1), std::nullopt},
               CommitteeMember{member_b, MemberRole::InAttendance, std::nullopt, d(2026, 3, 31)}};
  return c;
}

inline Meeting meeting(int64_t committee_id, int64_t person_a, int64_t person_b, std::optional<int64_t> interest_id,
                       Date date = d(2026, 1, 15)) {
  Meeting m;
  m.committee_id = committee_id;
  m.date = date;
  m.start_time = "09:30";
  m.end_time = "12:30";
  m.location = "Room 2, County Hall";
  m.video_link = "https://teams.example/meet/1";
  m.cancelled = true;
  m.agenda = {AgendaItem{"1", "09:30", "Opening business", "Welcome and apologies", "", {"Chair"},
                         ActionRequested::Note, ItemFormat::Verbal, MeetingPart::Public},
              AgendaItem{"4.2", "10:05", "Strategy and assurance", "Winter plan", "Enc B", {"CMO", "COO"},
                         ActionRequested::Approve, ItemFormat::ToFollow, MeetingPart::Private}};
  m.attendance = {AttendanceRecord{person_a, AttendanceStatus::Present, ""},
                  AttendanceRecord{person_b, AttendanceStatus::Deputy, "Sam Jones"}};
  m.declarations = {Declaration{person_a, "4.2", interest_id, "Director of a supplier",
                                DeclarationDecision::StaysWithoutVoting}};
  m.minutes = {MinuteEntry{"4.2", "The group discussed the plan.", {"to approve the winter plan", "to review in March"}}};
  m.minutes_status = MinutesStatus::Draft;
  return m;
}

inline Paper paper(std::optional<int64_t> meeting_id, std::string enclosure = "Enc B") {
  Paper p;
  p.meeting_id = meeting_id;
  p.item_number = "4.2";
  p.enclosure_ref = std::move(enclosure);
  p.title = "Winter plan 2026/27";
  p.sponsor = "Chief Operating Officer";
  p.author = "Head of Urgent Care";
  p.presenter = "Deputy COO";
  p.purpose = ActionRequested::Assure;
  p.summary = "How the system will manage winter demand.";
  p.recommendations = "The board is asked to approve the plan.";
  p.prior_forums = {PriorForum{"Finance Directors Group", d(2025, 12, 10), "Supported"},
                    PriorForum{"System Executive", std::nullopt, "Noted"}};
  p.implications = Implications{"£2.1m", "good", "high", "none", "agency staff", "better flow", "EIA done",
                                "DPIA done", "Healthwatch engaged"};
  p.conflicts_of_interest = "None declared";
  p.confidential = true;
  p.confidential_reason = "Commercial negotiations (FOI s36)";
  p.draft = true;
  return p;
}

inline Action action(std::string ref, int64_t committee_id, std::optional<int64_t> meeting_id,
                     std::optional<int64_t> owner_id) {
  Action a;
  a.ref = std::move(ref);
  a.committee_id = committee_id;
  a.meeting_id = meeting_id;
  a.item_number = "4.2";
  a.description = "Report back on winter bed capacity";
  a.owner_id = owner_id;
  a.raised_on = d(2026, 1, 15);
  a.due = d(2026, 3, 12);
  a.status = ActionStatus::Consolidated;
  a.status_target = "B257";
  a.closed_on = d(2026, 2, 1);
  a.confidential = true;
  a.updates = {ActionUpdate{d(2026, 1, 30), "secretariat", "Merged with B257"}};
  return a;
}

inline Decision decision(std::string ref, int64_t committee_id, std::optional<int64_t> meeting_id,
                         Date date = d(2026, 1, 15)) {
  return Decision{0, std::move(ref), committee_id, meeting_id, "4.2", date, "Winter plan",
                  "Resolved: the board approved the winter plan.", true};
}

inline Interest interest(int64_t person_id) {
  return Interest{0, person_id, InterestType::NonFinancialProfessional, "Trustee of a local hospice",
                  d(2020, 5, 1), d(2026, 6, 30), d(2025, 4, 2), d(2025, 10, 3)};
}

}  // namespace ics::samples
