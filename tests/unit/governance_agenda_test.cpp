// Standing agenda items, matters arising carried from the action log, and the previous meeting.
#include "governance/agenda.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ics::governance {
namespace {

Date d(const char* text) { return *parse_date(text); }

Meeting meeting(int64_t id, const char* date, bool cancelled = false) {
  Meeting m;
  m.id = id;
  m.committee_id = 1;
  m.date = d(date);
  m.start_time = "10:00";
  m.cancelled = cancelled;
  return m;
}

Action action(const char* ref, const char* raised, ActionStatus status, const char* closed = nullptr) {
  Action a;
  a.ref = ref;
  a.committee_id = 1;
  a.description = "Review the winter plan";
  a.raised_on = d(raised);
  a.status = status;
  if (closed) a.closed_on = d(closed);
  return a;
}

std::vector<std::string> refs(const std::vector<Action>& actions) {
  std::vector<std::string> out;
  for (const auto& a : actions) out.push_back(a.ref);
  return out;
}

TEST(Agenda, StandingItemsFollowThePublicOrPrivatePartAndNameThePreviousMeeting) {
  Committee board;
  board.meets_in_public = true;
  auto items = standing_items(board, meeting(1, "2024-03-12"));
  ASSERT_EQ(items.size(), 4u);
  for (size_t i = 0; i < items.size(); ++i) {
    EXPECT_EQ(items[i].number, std::to_string(i + 1));
    EXPECT_EQ(items[i].part, MeetingPart::Public);
  }
  EXPECT_EQ(items[1].title, "Declarations of interest");
  EXPECT_EQ(items[2].title, "Minutes of the previous meeting held on 12 March 2024");
  EXPECT_EQ(items[2].action, ActionRequested::Approve);

  Committee group;
  group.meets_in_public = false;
  auto first = standing_items(group, std::nullopt);
  EXPECT_EQ(first[0].part, MeetingPart::Private);
  EXPECT_EQ(first[2].title, "Minutes of the previous meeting");
}

TEST(Agenda, PreviousMeetingSkipsCancelledAndLaterOnes) {
  std::vector<Meeting> meetings{meeting(1, "2024-01-10"), meeting(2, "2024-03-13", true), meeting(3, "2024-02-14"),
                                meeting(4, "2024-04-10"), meeting(5, "2024-05-08")};
  auto prev = previous_meeting(meetings, d("2024-04-10"));
  ASSERT_TRUE(prev.has_value());
  EXPECT_EQ(prev->id, 3);
  EXPECT_FALSE(previous_meeting(meetings, d("2024-01-10")).has_value());
}

TEST(Agenda, MattersArisingAreOpenActionsAndThoseClosedSinceThePreviousMeeting) {
  std::vector<Action> log{
      action("B100", "2024-01-10", ActionStatus::Open),
      action("B99", "2024-01-10", ActionStatus::Ongoing),
      action("B101", "2024-01-10", ActionStatus::Completed, "2024-02-01"),   // closed before the previous meeting
      action("B102", "2024-01-10", ActionStatus::Completed, "2024-02-20"),   // closed since
      action("B103", "2024-02-14", ActionStatus::Consolidated, "2024-03-01"),  // closed since
      action("B104", "2024-04-10", ActionStatus::Open),                        // raised at this meeting
      action("B105", "2024-01-10", ActionStatus::Delegated, "2024-02-14"),   // closed at the previous meeting
  };
  auto carried = matters_arising(log, d("2024-04-10"), meeting(3, "2024-02-14"));
  EXPECT_EQ(refs(carried), (std::vector<std::string>{"B99", "B100", "B102", "B103"}));

  auto first_meeting = matters_arising(log, d("2024-04-10"), std::nullopt);
  EXPECT_EQ(refs(first_meeting), (std::vector<std::string>{"B99", "B100"}));
}

}  // namespace
}  // namespace ics::governance
