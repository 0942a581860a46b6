// The demo action log: what a year of minuted actions looks like on `today`. Older actions are mostly
// completed, a few superseded, consolidated or delegated; recent ones open or ongoing, some overdue.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "demo/demo_governance_parts.h"

namespace ics::demo::detail {
namespace {

// The board's log continues from earlier years; sub-committee logs began with the ICB.
int first_number(int64_t committee_id) { return committee_id == kBoard ? 181 : 1; }

bool is_open(ActionStatus s) { return s == ActionStatus::Open || s == ActionStatus::Ongoing; }

ActionStatus draw_status(const ActionSeed& seed, Date today, DemoRandom& random) {
  using S = ActionStatus;
  const int days_past_due = today.days - seed.due.days;
  const int roll = random.below(100);
  if (days_past_due > 30) {
    if (roll < 70) return S::Completed;
    if (roll < 77) return S::Superseded;
    if (roll < 84) return S::Consolidated;
    if (roll < 90) return S::Delegated;
    return roll < 95 ? S::Open : S::Ongoing;
  }
  if (days_past_due > 0) return roll < 45 ? S::Completed : roll < 75 ? S::Ongoing : S::Open;
  return roll < 55 ? S::Open : roll < 85 ? S::Ongoing : S::Completed;
}

// A day on which the action was closed: after it was raised, by today, around its due date.
Date closing_day(const Action& a, Date today, DemoRandom& random) {
  const Date latest = std::min(add_days(today, -1), add_days(*a.due, 14));
  const int span = std::max(1, latest.days - a.raised_on.days);
  return add_days(a.raised_on, std::min(random.between(span / 2, span), std::max(0, today.days - a.raised_on.days)));
}

}  // namespace

std::vector<Action> demo_actions(const std::vector<ActionSeed>& seeds, const std::vector<Committee>& committees,
                                 Date today, DemoRandom& random) {
  std::map<int64_t, const Committee*> by_id;
  for (const auto& c : committees) by_id[c.id] = &c;
  std::map<int64_t, int> next_number;
  std::vector<Action> log;
  for (const auto& seed : seeds) {
    const Committee& committee = *by_id.at(seed.committee_id);
    if (!next_number.count(committee.id)) next_number[committee.id] = first_number(committee.id);
    char number[32];
    std::snprintf(number, sizeof number, "%03d", next_number[committee.id]++);
    Action a;
    a.id = static_cast<int64_t>(log.size() + 1);
    a.ref = committee.action_prefix + number;
    a.committee_id = committee.id;
    a.meeting_id = seed.meeting_id;
    a.item_number = seed.item_number;
    a.description = seed.description;
    a.owner_id = seed.owner_id;
    a.raised_on = seed.raised_on;
    a.due = seed.due;
    a.status = draw_status(seed, today, random);
    a.confidential = seed.confidential;
    log.push_back(a);
  }

  // Targets on the same log: a superseding action raised later, or an open action to consolidate into;
  // preferably the same request raised again at a later meeting, as real logs show.
  auto find_on_same_log = [&](const Action& a, const std::function<bool(const Action&)>& fits) -> const Action* {
    const Action* any = nullptr;
    for (const auto& other : log) {
      if (other.committee_id != a.committee_id || other.id == a.id || !fits(other)) continue;
      if (other.description == a.description) return &other;
      if (!any) any = &other;
    }
    return any;
  };
  auto later_on_same_log = [&](const Action& a) {
    return find_on_same_log(a, [&](const Action& other) { return a.raised_on < other.raised_on; });
  };
  auto open_on_same_log = [&](const Action& a) {
    return find_on_same_log(a, [](const Action& other) { return is_open(other.status); });
  };
  auto set_target = [&](Action& a) {
    a.status_target.clear();
    const Action* target = nullptr;
    if (a.status == ActionStatus::Superseded) target = later_on_same_log(a);
    if (a.status == ActionStatus::Consolidated) target = open_on_same_log(a);
    if (a.status == ActionStatus::Delegated) a.status_target = kDelegateGroup;
    else if (target) a.status_target = target->ref;
    else if (!is_open(a.status) && a.status != ActionStatus::Completed) a.status = ActionStatus::Completed;
  };
  for (auto& a : log) set_target(a);

  // Every status appears, and some open actions are overdue, whatever the seed drew.
  auto ensure = [&](const std::function<bool(const Action&)>& wanted, const std::function<bool(const Action&)>& fits,
                    ActionStatus status) {
    if (std::any_of(log.begin(), log.end(), wanted)) return;
    for (auto& a : log)
      if (fits(a)) {
        a.status = status;
        set_target(a);
        if (wanted(a)) return;
      }
  };
  auto has = [](ActionStatus s) { return [s](const Action& a) { return a.status == s; }; };
  const auto closed_and_old = [&](const Action& a) { return a.status == ActionStatus::Completed && *a.due < today; };
  ensure(has(ActionStatus::Open), [&](const Action& a) { return *a.due >= today; }, ActionStatus::Open);
  ensure(has(ActionStatus::Ongoing), [&](const Action& a) { return *a.due >= today && a.status != ActionStatus::Open; },
         ActionStatus::Ongoing);
  ensure([&](const Action& a) { return is_open(a.status) && *a.due < today; }, closed_and_old, ActionStatus::Open);
  ensure(has(ActionStatus::Completed), [](const Action&) { return true; }, ActionStatus::Completed);
  ensure(has(ActionStatus::Delegated), closed_and_old, ActionStatus::Delegated);
  ensure(has(ActionStatus::Superseded), closed_and_old, ActionStatus::Superseded);
  ensure(has(ActionStatus::Consolidated), closed_and_old, ActionStatus::Consolidated);

  for (auto& a : log) {
    const std::string owner = person_name(*a.owner_id);
    if (is_open(a.status)) {
      a.closed_on.reset();
      const Date noted = std::min(add_days(a.raised_on, 21), add_days(today, -1));
      if (a.status == ActionStatus::Ongoing && a.raised_on < noted)
        a.updates.push_back({noted, owner, "Work in progress; a fuller update will come to the next meeting."});
      if (*a.due < today && random.chance(0.5))
        a.updates.push_back({std::max(noted, *a.due), owner, "Deadline missed; a revised date will be proposed."});
      continue;
    }
    a.closed_on = closing_day(a, today, random);
    std::string note;
    switch (a.status) {
      case ActionStatus::Completed: note = "Completed: reported back to the meeting."; break;
      case ActionStatus::Superseded: note = "Superseded by " + a.status_target + "."; break;
      case ActionStatus::Consolidated: note = "Consolidated into " + a.status_target + " to avoid duplication."; break;
      case ActionStatus::Delegated: note = "Delegated to the " + a.status_target + " for oversight."; break;
      default: break;
    }
    a.updates.push_back({*a.closed_on, owner, note});
  }
  return log;
}

}  // namespace ics::demo::detail
