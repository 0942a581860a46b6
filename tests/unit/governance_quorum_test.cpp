// Quorum under a committee's terms of reference, attendance rates and the attendance matrix.
#include "governance/attendance.h"
#include "governance/quorum.h"

#include <gtest/gtest.h>

#include <vector>

namespace ics::governance {
namespace {

Date d(const char* text) { return *parse_date(text); }

// Six voting members from four organisations, plus one officer in attendance.
//   1 chair (RXX), 2 vice-chair (QWE), 3 member (RXX), 4 member (QWE), 5 member (LA1), 6 member (""),
//   7 in attendance (RXX).
Committee board() {
  Committee c;
  c.id = 1;
  c.name = "Integrated Care Board";
  c.code = "ICSB";
  c.quorum = QuorumRule{.min_members = 4, .min_organisations = 2, .chair_or_vice_required = true,
                        .deputies_count = true};
  c.required_attendance = 0.75;
  c.members = {{1, MemberRole::Chair, {}, {}},  {2, MemberRole::ViceChair, {}, {}},
               {3, MemberRole::Member, {}, {}}, {4, MemberRole::Member, {}, {}},
               {5, MemberRole::Member, {}, {}}, {6, MemberRole::Member, {}, {}},
               {7, MemberRole::InAttendance, {}, {}}};
  return c;
}

std::vector<Person> people() {
  return {{1, "Chair", "", "RXX"}, {2, "Vice", "", "QWE"}, {3, "A", "", "RXX"}, {4, "B", "", "QWE"},
          {5, "C", "", "LA1"},     {6, "D", "", ""},       {7, "Officer", "", "RXX"}};
}

Meeting meeting_on(const char* date, std::vector<AttendanceRecord> attendance) {
  Meeting m;
  m.committee_id = 1;
  m.date = d(date);
  m.start_time = "10:00";
  m.attendance = std::move(attendance);
  return m;
}

using S = AttendanceStatus;

TEST(Quorum, QuorateWithEnoughMembersOrganisationsAndTheChair) {
  auto r = evaluate_quorum(board(), people(),
                           meeting_on("2024-05-01", {{1, S::Present, ""}, {3, S::Present, ""}, {4, S::Present, ""},
                                                     {5, S::Present, ""}, {2, S::Apologies, ""}}));
  EXPECT_TRUE(r.quorate);
  EXPECT_EQ(r.members_present, 4);
  EXPECT_EQ(r.organisations_present, 3);
  EXPECT_TRUE(r.chair_or_vice_present);
  EXPECT_TRUE(r.shortfalls.empty());
}

TEST(Quorum, InAttendanceNeverCountsAndShortfallsAreSentences) {
  auto r = evaluate_quorum(board(), people(),
                           meeting_on("2024-05-01", {{1, S::Present, ""}, {3, S::Present, ""}, {7, S::Present, ""},
                                                     {4, S::Absent, ""}, {5, S::Apologies, ""}}));
  EXPECT_FALSE(r.quorate);
  EXPECT_EQ(r.members_present, 2);
  EXPECT_EQ(r.organisations_present, 1);
  ASSERT_EQ(r.shortfalls.size(), 2u);
  EXPECT_EQ(r.shortfalls[0], "2 of 6 members present; 4 needed");
  EXPECT_EQ(r.shortfalls[1], "1 partner organisation represented; 2 needed");
}

TEST(Quorum, ChairOrViceRequired) {
  auto r = evaluate_quorum(board(), people(),
                           meeting_on("2024-05-01", {{3, S::Present, ""}, {4, S::Present, ""}, {5, S::Present, ""},
                                                     {6, S::Present, ""}}));
  EXPECT_FALSE(r.quorate);
  EXPECT_FALSE(r.chair_or_vice_present);
  ASSERT_EQ(r.shortfalls.size(), 1u);
  EXPECT_EQ(r.shortfalls[0], "Neither the chair nor the vice-chair is present");

  Committee relaxed = board();
  relaxed.quorum.chair_or_vice_required = false;
  EXPECT_TRUE(evaluate_quorum(relaxed, people(), meeting_on("2024-05-01", {{3, S::Present, ""}, {4, S::Present, ""},
                                                                            {5, S::Present, ""}, {6, S::Present, ""}}))
                  .quorate);
}

TEST(Quorum, DeputiesCountOnlyWhenTheRuleAllowsAndRepresentTheMembersOrganisation) {
  const auto m = meeting_on("2024-05-01", {{1, S::Present, ""}, {3, S::Present, ""}, {4, S::Present, ""},
                                           {5, S::Deputy, "Deputy for C"}});
  auto with = evaluate_quorum(board(), people(), m);
  EXPECT_TRUE(with.quorate);
  EXPECT_EQ(with.members_present, 4);
  EXPECT_EQ(with.organisations_present, 3);  // the deputy brings LA1

  Committee strict = board();
  strict.quorum.deputies_count = false;
  auto without = evaluate_quorum(strict, people(), m);
  EXPECT_FALSE(without.quorate);
  EXPECT_EQ(without.members_present, 3);
  EXPECT_EQ(without.organisations_present, 2);
}

TEST(Quorum, DeputyForTheChairDoesNotMakeTheChairPresent) {
  auto r = evaluate_quorum(board(), people(),
                           meeting_on("2024-05-01", {{1, S::Deputy, "Someone"}, {3, S::Present, ""},
                                                     {4, S::Present, ""}, {5, S::Present, ""}}));
  EXPECT_EQ(r.members_present, 4);
  EXPECT_FALSE(r.chair_or_vice_present);
  EXPECT_FALSE(r.quorate);
}

TEST(Quorum, OnlyMembershipsCoveringTheMeetingDateCount) {
  Committee c = board();
  c.members[2].to = d("2024-03-31");    // person 3 left
  c.members[3].from = d("2024-06-01");  // person 4 not yet joined
  auto r = evaluate_quorum(c, people(),
                           meeting_on("2024-05-01", {{1, S::Present, ""}, {3, S::Present, ""}, {4, S::Present, ""},
                                                     {5, S::Present, ""}}));
  EXPECT_EQ(r.members_present, 2);
  EXPECT_EQ(r.shortfalls.at(0), "2 of 4 members present; 4 needed");
  // On the last day of membership the seat still counts.
  auto last_day = evaluate_quorum(c, people(), meeting_on("2024-03-31", {{3, S::Present, ""}}));
  EXPECT_EQ(last_day.members_present, 1);
}

TEST(Attendance, RatesCountOnlyPresentOverTheLast12Months) {
  Committee c = board();
  std::vector<Meeting> meetings{
      meeting_on("2023-05-31", {{3, S::Present, ""}}),  // outside the window ending 2024-05-31
      meeting_on("2023-06-01", {{3, S::Present, ""}, {4, S::Deputy, "X"}}),
      meeting_on("2023-09-01", {{3, S::Present, ""}, {4, S::Present, ""}}),
      meeting_on("2023-12-01", {{3, S::Apologies, ""}, {4, S::Present, ""}}),
      meeting_on("2024-03-01", {{3, S::Present, ""}, {4, S::Deputy, "X"}}),
      meeting_on("2024-06-01", {{3, S::Present, ""}}),  // after today
  };
  Meeting cancelled = meeting_on("2024-04-01", {{3, S::Absent, ""}});
  cancelled.cancelled = true;
  meetings.push_back(cancelled);
  Meeting other_committee = meeting_on("2024-04-02", {{3, S::Absent, ""}});
  other_committee.committee_id = 2;
  meetings.push_back(other_committee);

  auto rates = attendance_rates(c, meetings, d("2024-05-31"));
  ASSERT_EQ(rates.size(), 6u);  // voting members only: not the officer in attendance
  EXPECT_EQ(rates[0].person_id, 1);
  const auto& a = rates[2];
  EXPECT_EQ(a.person_id, 3);
  EXPECT_EQ(a.meetings, 4);
  EXPECT_EQ(a.attended, 3);
  EXPECT_DOUBLE_EQ(a.rate, 0.75);
  EXPECT_TRUE(a.meets_requirement);
  const auto& b = rates[3];
  EXPECT_EQ(b.attended, 2);
  EXPECT_EQ(b.deputised, 2);
  EXPECT_DOUBLE_EQ(b.rate, 0.5);
  EXPECT_FALSE(b.meets_requirement);
  EXPECT_EQ(rates[0].attended, 0);
  EXPECT_FALSE(rates[0].meets_requirement);
}

TEST(Attendance, MeetingsBeforeJoiningDoNotCountAgainstAMember) {
  Committee c = board();
  c.members[4].from = d("2024-01-01");
  std::vector<Meeting> meetings{meeting_on("2023-09-01", {}), meeting_on("2024-03-01", {{5, S::Present, ""}})};
  auto rates = attendance_rates(c, meetings, d("2024-05-31"));
  EXPECT_EQ(rates[4].person_id, 5);
  EXPECT_EQ(rates[4].meetings, 1);
  EXPECT_DOUBLE_EQ(rates[4].rate, 1.0);

  auto none = attendance_rates(c, {}, d("2024-05-31"));
  EXPECT_EQ(none[0].meetings, 0);
  EXPECT_EQ(none[0].rate, 0);
  EXPECT_TRUE(none[0].meets_requirement);
}

TEST(Attendance, MatrixCells) {
  const auto m = meeting_on("2024-03-01", {{3, S::Apologies, ""}, {4, S::Deputy, "X"}});
  EXPECT_EQ(attendance_at(m, 3), S::Apologies);
  EXPECT_EQ(attendance_at(m, 4), S::Deputy);
  EXPECT_FALSE(attendance_at(m, 5).has_value());
}

}  // namespace
}  // namespace ics::governance
