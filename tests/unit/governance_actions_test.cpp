// The action log's lifecycle: consolidate, supersede, delegate, reopen, overdue and the next reference.
#include "governance/action_lifecycle.h"

#include <gtest/gtest.h>

#include <vector>

namespace ics::governance {
namespace {

Date d(const char* text) { return *parse_date(text); }

Action action(const char* ref, ActionStatus status = ActionStatus::Open) {
  Action a;
  a.ref = ref;
  a.committee_id = 1;
  a.description = "Review the winter plan";
  a.raised_on = d("2024-01-10");
  a.due = d("2024-03-31");
  a.status = status;
  if (status != ActionStatus::Open && status != ActionStatus::Ongoing) a.closed_on = d("2024-02-01");
  return a;
}

std::vector<Action> log() {
  return {action("B201"), action("B203"), action("B257", ActionStatus::Ongoing),
          action("B190", ActionStatus::Completed)};
}

ActionChange change(ActionStatus status, const char* target = "", const char* note = "") {
  return ActionChange{status, target, note, "secretariat", d("2024-04-02")};
}

TEST(ActionLifecycle, OpenAndOverdue) {
  EXPECT_TRUE(is_open(ActionStatus::Open));
  EXPECT_TRUE(is_open(ActionStatus::Ongoing));
  for (auto s : {ActionStatus::Completed, ActionStatus::Superseded, ActionStatus::Consolidated,
                 ActionStatus::Delegated})
    EXPECT_FALSE(is_open(s));

  Action a = action("B201");
  EXPECT_FALSE(is_overdue(a, d("2024-03-31")));  // due today is not yet overdue
  EXPECT_TRUE(is_overdue(a, d("2024-04-01")));
  a.status = ActionStatus::Ongoing;
  EXPECT_TRUE(is_overdue(a, d("2024-04-01")));
  a.status = ActionStatus::Completed;
  EXPECT_FALSE(is_overdue(a, d("2024-04-01")));
  Action undated = action("B202");
  undated.due.reset();
  EXPECT_FALSE(is_overdue(undated, d("2030-01-01")));
}

TEST(ActionLifecycle, ConsolidateIntoAnotherOpenAction) {
  Action a = action("B201");
  auto errors = apply_action_change(a, change(ActionStatus::Consolidated, " b257 ", "Merged with winter actions"), log());
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(a.status, ActionStatus::Consolidated);
  EXPECT_EQ(a.status_target, "B257");  // as the log spells it
  EXPECT_EQ(a.closed_on, d("2024-04-02"));
  ASSERT_EQ(a.updates.size(), 1u);
  EXPECT_EQ(a.updates[0].text, "Merged with winter actions");
  EXPECT_EQ(a.updates[0].by, "secretariat");
}

TEST(ActionLifecycle, ConsolidateRejectsMissingUnknownClosedOrSelfTargetsAndLeavesTheActionAlone) {
  const Action before = action("B201");
  for (const char* target : {"", "B999", "B190", "B201"}) {
    Action a = before;
    auto errors = apply_action_change(a, change(ActionStatus::Consolidated, target, "note"), log());
    ASSERT_EQ(errors.size(), 1u) << target;
    EXPECT_EQ(errors[0].field, "target");
    EXPECT_EQ(a, before) << target;
  }
  Action a = before;
  auto errors = apply_action_change(a, change(ActionStatus::Consolidated, "B999"), log());
  EXPECT_EQ(errors[0].message, "There is no action B999 in the log");
  errors = apply_action_change(a, change(ActionStatus::Consolidated, "B190"), log());
  EXPECT_EQ(errors[0].message, "Action B190 is closed; choose an open action");
}

TEST(ActionLifecycle, SupersedeMayPointAtAClosedActionButNotAnUnknownOne) {
  Action a = action("B201");
  EXPECT_TRUE(apply_action_change(a, change(ActionStatus::Superseded, "B190"), log()).empty());
  EXPECT_EQ(a.status, ActionStatus::Superseded);
  EXPECT_EQ(a.status_target, "B190");
  EXPECT_TRUE(a.updates.empty());  // no note, no update

  Action b = action("B203");
  auto errors = apply_action_change(b, change(ActionStatus::Superseded, "X1"), log());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "target");
  EXPECT_EQ(b.status, ActionStatus::Open);
}

TEST(ActionLifecycle, DelegateNeedsTheGroupsName) {
  Action a = action("B201");
  auto errors = apply_action_change(a, change(ActionStatus::Delegated, "  "), log());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "target");
  EXPECT_EQ(a.status, ActionStatus::Open);

  EXPECT_TRUE(apply_action_change(a, change(ActionStatus::Delegated, "ICS Chief Executive Group"), log()).empty());
  EXPECT_EQ(a.status, ActionStatus::Delegated);
  EXPECT_EQ(a.status_target, "ICS Chief Executive Group");
  EXPECT_EQ(a.closed_on, d("2024-04-02"));
}

TEST(ActionLifecycle, CompleteThenReopenClearsClosingDateAndTarget) {
  Action a = action("B201");
  a.status_target = "left over";
  EXPECT_TRUE(apply_action_change(a, change(ActionStatus::Completed), log()).empty());
  EXPECT_EQ(a.status, ActionStatus::Completed);
  EXPECT_TRUE(a.status_target.empty());
  EXPECT_EQ(a.closed_on, d("2024-04-02"));

  Action b = action("B203");
  ASSERT_TRUE(apply_action_change(b, change(ActionStatus::Delegated, "System Executive"), log()).empty());
  EXPECT_TRUE(apply_action_change(b, change(ActionStatus::Ongoing, "", "Returned to the board"), log()).empty());
  EXPECT_EQ(b.status, ActionStatus::Ongoing);
  EXPECT_FALSE(b.closed_on.has_value());
  EXPECT_TRUE(b.status_target.empty());
  EXPECT_EQ(b.updates.back().text, "Returned to the board");
}

TEST(ActionLifecycle, CannotCloseBeforeTheDateRaised) {
  Action a = action("B201");
  ActionChange early = change(ActionStatus::Completed);
  early.on = d("2024-01-09");
  auto errors = apply_action_change(a, early, log());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "status");
  EXPECT_EQ(a.status, ActionStatus::Open);
}

TEST(ActionLifecycle, NextRef) {
  EXPECT_EQ(next_ref("B", {"B201", "B203", "ICSB-D007", "BX999", "B"}), "B204");
  EXPECT_EQ(next_ref("ICSB-D", {"ICSB-D007", "ICSB-D003", "B900"}), "ICSB-D008");
  EXPECT_EQ(next_ref("B", {}), "B001");
  EXPECT_EQ(next_ref("B", {"B9", "B0999"}), "B1000");
  EXPECT_EQ(next_ref("Q", {"Q0041"}), "Q0042");
  EXPECT_EQ(next_ref("POG-", {"POG-099"}), "POG-100");
}

}  // namespace
}  // namespace ics::governance
