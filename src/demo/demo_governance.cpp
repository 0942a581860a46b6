#include "demo/demo_governance.h"

#include <map>
#include <stdexcept>
#include <string>

#include "demo/demo_governance_parts.h"
#include "store/store.h"
#include "web/password_hash.h"

namespace ics::demo {
namespace detail {

Date add_days(Date date, int days) { return Date{date.days + days}; }

// 1970-01-01 was a Thursday.
int weekday(Date date) { return ((date.days + 3) % 7 + 7) % 7; }

}  // namespace detail

namespace {

// Each part draws from its own stream, so adding to one part leaves the others as they were.
uint32_t stream(uint32_t seed, uint32_t part) { return seed ^ (part * 0x9e3779b9u); }

std::optional<int64_t> mapped(const std::map<int64_t, int64_t>& ids, const std::optional<int64_t>& placeholder,
                              const char* what) {
  if (!placeholder) return std::nullopt;
  auto it = ids.find(*placeholder);
  if (it == ids.end())
    throw std::runtime_error(std::string("demo governance: unknown ") + what + " " + std::to_string(*placeholder));
  return it->second;
}
int64_t mapped(const std::map<int64_t, int64_t>& ids, int64_t placeholder, const char* what) {
  return *mapped(ids, std::optional<int64_t>(placeholder), what);
}

}  // namespace

DemoGovernance build_demo_governance(Date today, uint32_t seed) {
  using namespace detail;
  DemoGovernance demo;
  demo.people = demo_people();
  const auto interests = demo_interests(today);
  for (const auto& i : interests) demo.interests.push_back(i.interest);
  const auto committees = demo_committees(today);
  for (const auto& c : committees) demo.committees.push_back(c.committee);

  DemoRandom meetings_random(stream(seed, 1));
  auto meetings = demo_meetings(committees, demo.people, interests, today, meetings_random);
  demo.meetings = std::move(meetings.meetings);
  demo.papers = std::move(meetings.papers);
  demo.decisions = std::move(meetings.decisions);
  DemoRandom actions_random(stream(seed, 2));
  demo.actions = demo_actions(meetings.action_seeds, demo.committees, today, actions_random);

  demo.accounts = {
      {"secretariat", Role::Secretariat, kHeadOfGovernance},
      {"member", Role::Member, kFinanceDirector},  // a voting board member who owns actions and interests
      {"analyst", Role::Analyst, std::nullopt},
      {"admin", Role::Admin, std::nullopt},
  };
  return demo;
}

void load_demo_governance(Store& store, const DemoGovernance& demo) {
  GovernanceStore& g = store.governance();
  const std::string actor = kDemoActor;
  std::map<int64_t, int64_t> people, interests, committees, meetings;

  for (Person p : demo.people) {
    const int64_t placeholder = p.id;
    p.id = 0;
    people[placeholder] = g.save_person(p, actor);
  }
  for (Interest i : demo.interests) {
    const int64_t placeholder = i.id;
    i.id = 0;
    i.person_id = mapped(people, i.person_id, "person");
    interests[placeholder] = g.save_interest(i, actor);
  }
  for (Committee c : demo.committees) {
    const int64_t placeholder = c.id;
    c.id = 0;
    c.reports_to = mapped(committees, c.reports_to, "committee");
    for (auto& m : c.members) m.person_id = mapped(people, m.person_id, "person");
    committees[placeholder] = g.save_committee(c, actor);
  }
  // Minutes are approved at a later meeting, so approvals are written once every meeting exists.
  std::vector<Meeting> approved;
  for (Meeting m : demo.meetings) {
    const int64_t placeholder = m.id;
    m.id = 0;
    m.committee_id = mapped(committees, m.committee_id, "committee");
    for (auto& a : m.attendance) a.person_id = mapped(people, a.person_id, "person");
    for (auto& d : m.declarations) {
      d.person_id = mapped(people, d.person_id, "person");
      d.interest_id = mapped(interests, d.interest_id, "interest");
    }
    const auto approved_at = m.minutes_approved_at;
    m.minutes_approved_at.reset();
    m.id = meetings[placeholder] = g.save_meeting(m, actor);
    if (approved_at) {
      m.minutes_approved_at = *approved_at;  // a placeholder until every meeting is saved
      approved.push_back(m);
    }
  }
  for (Meeting& m : approved) {
    m.minutes_approved_at = mapped(meetings, m.minutes_approved_at, "meeting");
    g.save_meeting(m, actor);
  }
  for (const DemoPaper& demo_paper : demo.papers) {
    Paper p = demo_paper.paper;
    p.id = 0;
    p.meeting_id = mapped(meetings, p.meeting_id, "meeting");
    g.save_paper(p, demo_paper.file_bytes, actor);
  }
  for (Action a : demo.actions) {
    a.id = 0;
    a.committee_id = mapped(committees, a.committee_id, "committee");
    a.meeting_id = mapped(meetings, a.meeting_id, "meeting");
    a.owner_id = mapped(people, a.owner_id, "person");
    g.save_action(a, actor);
  }
  for (Decision d : demo.decisions) {
    d.id = 0;
    d.committee_id = mapped(committees, d.committee_id, "committee");
    d.meeting_id = mapped(meetings, d.meeting_id, "meeting");
    g.save_decision(d, actor);
  }

  AccountStore& accounts = store.accounts();
  for (const DemoAccount& demo_account : demo.accounts) {
    Account account;
    account.name = demo_account.name;
    account.role = demo_account.role;
    account.person_id = mapped(people, demo_account.person_id, "person");
    account.password_hash = web::hash_password(kDemoPassword);
    if (auto existing = accounts.account_by_name(account.name)) {
      account.id = existing->id;
      accounts.update_account(account, actor);
    } else {
      accounts.add_account(account, actor);
    }
  }
}

}  // namespace ics::demo
