// Who may see what: private items, their minutes and declarations, confidential and draft papers.
#include "governance/visibility.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ics::governance {
namespace {

AgendaItem item(const char* number, MeetingPart part, const char* paper_ref = "") {
  AgendaItem i;
  i.number = number;
  i.title = std::string("Item ") + number;
  i.part = part;
  i.paper_ref = paper_ref;
  return i;
}

Meeting meeting(MinutesStatus minutes_status) {
  Meeting m;
  m.id = 9;
  m.committee_id = 1;
  m.date = *parse_date("2024-05-01");
  m.start_time = "10:00";
  m.agenda = {item("1", MeetingPart::Public), item("2", MeetingPart::Public, "Enc A"),
              item("10", MeetingPart::Private, "Enc P")};
  m.declarations = {{1, "2", std::nullopt, "Shareholder", DeclarationDecision::TakesPart},
                    {2, "10", std::nullopt, "Bidder's director", DeclarationDecision::LeavesForItem}};
  m.minutes = {{"1", "Welcome", {}}, {"2", "Finance report", {"Resolved: noted"}}, {"10", "Contract award", {}}};
  m.minutes_status = minutes_status;
  return m;
}

std::vector<std::string> numbers(const Meeting& m) {
  std::vector<std::string> out;
  for (const auto& i : m.agenda) out.push_back(i.number);
  return out;
}

TEST(Visibility, ConfidentialReadersSeeTheWholeMeeting) {
  for (Role role : {Role::Member, Role::Secretariat, Role::Admin})
    EXPECT_EQ(meeting_as_seen_by(meeting(MinutesStatus::Draft), role), meeting(MinutesStatus::Draft));
}

TEST(Visibility, AnalystsLosePrivateItemsTheirMinutesAndDeclarationsButKeepDraftMinutes) {
  const Meeting seen = meeting_as_seen_by(meeting(MinutesStatus::Draft), Role::Analyst);
  EXPECT_EQ(numbers(seen), (std::vector<std::string>{"1", "2"}));
  ASSERT_EQ(seen.minutes.size(), 2u);
  EXPECT_EQ(seen.minutes[1].item_number, "2");
  ASSERT_EQ(seen.declarations.size(), 1u);
  EXPECT_EQ(seen.declarations[0].item_number, "2");
  EXPECT_EQ(seen.minutes_status, MinutesStatus::Draft);
}

TEST(Visibility, ThePublicSeesOnlyApprovedMinutes) {
  const Meeting draft = meeting_as_seen_by(meeting(MinutesStatus::Draft), Role::Public);
  EXPECT_TRUE(draft.minutes.empty());
  EXPECT_EQ(draft.minutes_status, MinutesStatus::None);
  EXPECT_EQ(numbers(draft), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(draft.declarations.size(), 1u);

  const Meeting approved = meeting_as_seen_by(meeting(MinutesStatus::Approved), Role::Public);
  EXPECT_EQ(approved.minutes.size(), 2u);
  EXPECT_EQ(approved.minutes_status, MinutesStatus::Approved);
  for (const auto& entry : approved.minutes) EXPECT_NE(entry.text, "Contract award");
}

TEST(Visibility, Papers) {
  const Meeting m = meeting(MinutesStatus::Draft);
  Paper open;
  open.meeting_id = 9;
  open.item_number = "2";
  open.enclosure_ref = "Enc A";
  open.title = "Finance report";
  for (Role role : {Role::Public, Role::Analyst, Role::Member, Role::Secretariat, Role::Admin})
    EXPECT_TRUE(paper_visible(open, m, role));

  Paper confidential = open;
  confidential.confidential = true;
  confidential.confidential_reason = "Commercial interests";
  EXPECT_FALSE(paper_visible(confidential, m, Role::Public));
  EXPECT_FALSE(paper_visible(confidential, m, Role::Analyst));
  EXPECT_TRUE(paper_visible(confidential, m, Role::Member));

  Paper on_private_item = open;
  on_private_item.item_number = "10";
  on_private_item.enclosure_ref = "Enc P";
  EXPECT_FALSE(paper_visible(on_private_item, m, Role::Public));
  EXPECT_FALSE(paper_visible(on_private_item, m, Role::Analyst));
  EXPECT_TRUE(paper_visible(on_private_item, m, Role::Secretariat));
  // Linked by enclosure only, the private item still hides it.
  Paper by_enclosure = open;
  by_enclosure.item_number = "";
  by_enclosure.enclosure_ref = "Enc P";
  EXPECT_FALSE(paper_visible(by_enclosure, m, Role::Public));

  Paper draft = open;
  draft.draft = true;
  EXPECT_FALSE(paper_visible(draft, m, Role::Public));
  EXPECT_TRUE(paper_visible(draft, m, Role::Analyst));
  EXPECT_TRUE(paper_visible(draft, std::nullopt, Role::Member));
}

TEST(Visibility, ConfidentialActionsAndDecisions) {
  Action a;
  Decision dec;
  EXPECT_TRUE(action_visible(a, Role::Public));
  EXPECT_TRUE(decision_visible(dec, Role::Public));
  a.confidential = dec.confidential = true;
  for (Role role : {Role::Public, Role::Analyst}) {
    EXPECT_FALSE(action_visible(a, role));
    EXPECT_FALSE(decision_visible(dec, role));
  }
  for (Role role : {Role::Member, Role::Secretariat, Role::Admin}) {
    EXPECT_TRUE(action_visible(a, role));
    EXPECT_TRUE(decision_visible(dec, role));
  }
}

}  // namespace
}  // namespace ics::governance
