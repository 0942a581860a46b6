#pragma once
// A realistic year of board business for the demo ICS: people, the board and its sub-committees,
// meetings with agendas, attendance, declarations and minutes, papers with cover sheets and small PDF
// files, action and decision logs, the interests register, and sign-in accounts for trying the app.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/account.h"
#include "domain/action.h"
#include "domain/committee.h"
#include "domain/decision.h"
#include "domain/interest.h"
#include "domain/meeting.h"
#include "domain/paper.h"
#include "domain/person.h"

namespace ics {
class Store;
}

namespace ics::demo {

// The password of every demo account. Demo accounts are for trying the app, never for real use.
inline constexpr const char* kDemoPassword = "demo-password-2026";
// The audit trail's actor for everything the demo writes.
inline constexpr const char* kDemoActor = "ics demo";

struct DemoPaper {
  Paper paper;             // paper.file describes the bytes (name, content type, size)
  std::string file_bytes;  // a one-page PDF
};

struct DemoAccount {
  std::string name;  // sign-in name
  Role role = Role::Member;
  std::optional<int64_t> person_id;  // placeholder id of the person this account is
};

// Plain records whose ids (and references between them) are placeholders numbered from 1 within each
// kind; load_demo_governance maps them to the ids the store gives. Committees come parents first,
// meetings in date order.
struct DemoGovernance {
  std::vector<Person> people;
  std::vector<Interest> interests;
  std::vector<Committee> committees;
  std::vector<Meeting> meetings;
  std::vector<DemoPaper> papers;
  std::vector<Action> actions;
  std::vector<Decision> decisions;
  std::vector<DemoAccount> accounts;
};

// The twelve months of business up to `today` and the meetings planned for the two months after it.
// Pure: the same today and seed give the same records.
DemoGovernance build_demo_governance(Date today, uint32_t seed);

// Saves every record through store.governance() (actor "ics demo"), mapping placeholder ids to stored
// ids, and creates the demo accounts with kDemoPassword (an existing account of the same name gets the
// demo role, person and password). Each record is its own transaction: call it on a store without
// governance data (see GovernanceStore::clear_governance_data). Throws std::runtime_error from the store.
void load_demo_governance(Store& store, const DemoGovernance& demo);

}  // namespace ics::demo
