#pragma once
// A small governance world for HTTP tests of the JSON API and the route x role table: a board and a
// sub-committee, meetings with public and private items, public, draft and confidential papers (with
// files), actions, decisions, interests, and one account per signed-in role. Everything confidential
// carries kSecretMarker, so a test can prove it never reaches a caller who may not see it.
#include <gtest/gtest.h>
#include <httplib.h>

#include <cstdint>
#include <string>

#include "store/store.h"
#include "test_server.h"
#include "web/password_hash.h"
#include "web/web_server.h"

namespace ics::web::governance_http {

inline constexpr const char* kSecretMarker = "ZZ-SECRET-42";
inline constexpr const char* kPassword = "a long enough passphrase";
inline const Date kToday = Date::from_ymd(2026, 3, 10);

using http_test::Session;

// The ids of everything fill_world stored.
struct World {
  int64_t ada = 0, ben = 0, cat = 0, dan = 0;  // people; dan is the member account's person
  int64_t board = 0, pog = 0;                  // committees
  int64_t january = 0, february = 0, pog_march = 0;  // meetings
  int64_t public_paper = 0, draft_paper = 0, confidential_paper = 0, private_item_paper = 0;
  int64_t b001 = 0;  // dan's, open, overdue
  int64_t b002 = 0;  // ben's, ongoing, due later
  int64_t b003 = 0;  // ben's, completed
  int64_t b004 = 0;  // dan's, confidential, overdue
  int64_t p001 = 0;  // the sub-committee's, cat's, open, no due date
  int64_t public_decision = 0, confidential_decision = 0;
  int64_t dan_interest = 0, ben_interest = 0;
  int64_t analyst_account = 0, member_account = 0, secretariat_account = 0, admin_account = 0;
};

inline Date day(int y, int m, int d) { return Date::from_ymd(y, m, d); }

inline Action make_action(const std::string& ref, int64_t committee, std::optional<int64_t> meeting, int64_t owner,
                          ActionStatus status, std::optional<Date> due, const std::string& description) {
  Action a;
  a.ref = ref;
  a.committee_id = committee;
  a.meeting_id = meeting;
  a.item_number = "2";
  a.description = description;
  a.owner_id = owner;
  a.raised_on = day(2026, 1, 6);
  a.due = due;
  a.status = status;
  if (status == ActionStatus::Completed) a.closed_on = day(2026, 2, 3);
  return a;
}

// Fills an empty store; creates the four accounts (one Argon2 hash shared: hashing is slow).
inline World fill_world(Store& store) {
  auto& gov = store.governance();
  World w;
  store.upsert_organisations({Organisation{"R1A", "North Trust", OrganisationType::Trust, ""},
                              Organisation{"R2B", "South Trust", OrganisationType::Trust, ""},
                              Organisation{"C3C", "County Council", OrganisationType::Council, ""}});
  w.ada = gov.save_person({0, "Ada Chair", "Chair", "R1A"}, "test");
  w.ben = gov.save_person({0, "Ben Vice", "Chief Executive", "R2B"}, "test");
  w.cat = gov.save_person({0, "Cat Member", "Director of Public Health", "C3C"}, "test");
  w.dan = gov.save_person({0, "Dan Member", "Medical Director", "R2B"}, "test");

  Committee board;
  board.name = "Integrated Care Board";
  board.code = "ICSB";
  board.purpose = "Runs the system";
  board.frequency = "Monthly";
  board.meets_in_public = true;
  board.quorum = QuorumRule{2, 2, true, true};
  board.action_prefix = "B";
  board.decision_prefix = "ICSB-D";
  board.members = {{w.ada, MemberRole::Chair, std::nullopt, std::nullopt},
                   {w.ben, MemberRole::ViceChair, std::nullopt, std::nullopt},
                   {w.cat, MemberRole::Member, std::nullopt, std::nullopt},
                   {w.dan, MemberRole::Member, std::nullopt, std::nullopt}};
  w.board = gov.save_committee(board, "test");
  Committee pog = board;
  pog.name = "Performance Oversight Group";
  pog.code = "POG";
  pog.reports_to = w.board;
  pog.meets_in_public = false;
  pog.action_prefix = "P";
  pog.decision_prefix = "POG-D";
  w.pog = gov.save_committee(pog, "test");

  const std::string marker = kSecretMarker;
  Meeting jan;
  jan.committee_id = w.board;
  jan.date = day(2026, 1, 6);
  jan.start_time = "10:00";
  jan.location = "County Hall";
  jan.agenda = {AgendaItem{"1", "10:00", "Opening business", "Welcome and apologies", "", {"Chair"},
                           ActionRequested::Note, ItemFormat::Verbal, MeetingPart::Public},
                AgendaItem{"2", "10:10", "Strategy", "Winter plan", "Enc A", {"COO"}, ActionRequested::Approve,
                           ItemFormat::Attached, MeetingPart::Public},
                AgendaItem{"3", "11:00", "Private business", "Acquisition " + marker + " item", "Enc C", {"CEO"},
                           ActionRequested::Approve, ItemFormat::Attached, MeetingPart::Private}};
  jan.attendance = {{w.ada, AttendanceStatus::Present, ""},
                    {w.ben, AttendanceStatus::Present, ""},
                    {w.cat, AttendanceStatus::Apologies, ""},
                    {w.dan, AttendanceStatus::Deputy, "Eve Deputy"}};
  jan.declarations = {Declaration{w.ben, "3", std::nullopt, "Adviser to " + marker + " bidder",
                                  DeclarationDecision::LeavesForItem}};
  jan.minutes = {MinuteEntry{"2", "The board discussed the winter plan.", {"to approve the winter plan"}},
                 MinuteEntry{"3", "The board discussed " + marker + " in private.", {"to proceed with " + marker}}};
  jan.minutes_status = MinutesStatus::Approved;
  w.january = gov.save_meeting(jan, "test");
  Meeting feb;
  feb.committee_id = w.board;
  feb.date = day(2026, 2, 3);
  feb.start_time = "10:00";
  w.february = gov.save_meeting(feb, "test");
  Meeting march;
  march.committee_id = w.pog;
  march.date = day(2026, 3, 3);
  march.start_time = "14:00";
  w.pog_march = gov.save_meeting(march, "test");

  Paper pub;
  pub.meeting_id = w.january;
  pub.item_number = "2";
  pub.enclosure_ref = "Enc A";
  pub.title = "Winter plan 2026/27";
  pub.summary = "How the system manages winter.";
  pub.file = PaperFile{"winter-plan.pdf", "application/pdf", 0, ""};
  w.public_paper = gov.save_paper(pub, std::string("%PDF-1.4 winter plan"), "test");
  Paper draft = pub;
  draft.enclosure_ref = "Enc B";
  draft.title = "Draft strategy for consultation";
  draft.draft = true;
  draft.file.reset();
  w.draft_paper = gov.save_paper(draft, std::nullopt, "test");
  Paper conf = pub;
  conf.enclosure_ref = "Enc D";
  conf.title = "Merger case " + marker;
  conf.summary = "Commercially sensitive: " + marker;
  conf.confidential = true;
  conf.confidential_reason = "FOI s36: prejudice to the conduct of public affairs";
  conf.file = PaperFile{"merger.pdf", "application/pdf", 0, ""};
  w.confidential_paper = gov.save_paper(conf, std::string("%PDF-1.4 ") + marker + " merger", "test");
  Paper on_private = pub;
  on_private.item_number = "3";
  on_private.enclosure_ref = "Enc C";
  on_private.title = "Acquisition options " + marker;
  on_private.file = PaperFile{"acquisition.pdf", "application/pdf", 0, ""};
  w.private_item_paper = gov.save_paper(on_private, std::string("%PDF-1.4 ") + marker + " options", "test");

  w.b001 = gov.save_action(make_action("B001", w.board, w.january, w.dan, ActionStatus::Open, day(2026, 3, 1),
                                       "Publish the winter plan"),
                           "test");
  w.b002 = gov.save_action(make_action("B002", w.board, w.january, w.ben, ActionStatus::Ongoing, day(2026, 6, 1),
                                       "Review discharge delays"),
                           "test");
  w.b003 = gov.save_action(make_action("B003", w.board, w.january, w.ben, ActionStatus::Completed, day(2026, 2, 1),
                                       "Circulate the finance report"),
                           "test");
  Action secret = make_action("B004", w.board, w.january, w.dan, ActionStatus::Open, day(2026, 2, 20),
                              "Due diligence on " + marker);
  secret.item_number = "3";
  secret.confidential = true;
  w.b004 = gov.save_action(secret, "test");
  w.p001 = gov.save_action(make_action("P001", w.pog, w.pog_march, w.cat, ActionStatus::Open, std::nullopt,
                                       "Refresh the A&E trajectory"),
                           "test");

  Decision d1;
  d1.ref = "ICSB-D001";
  d1.committee_id = w.board;
  d1.meeting_id = w.january;
  d1.item_number = "2";
  d1.date = day(2026, 1, 6);
  d1.title = "Winter plan";
  d1.decision = "The board approved the winter plan.";
  w.public_decision = gov.save_decision(d1, "test");
  Decision d2 = d1;
  d2.ref = "ICSB-D002";
  d2.item_number = "3";
  d2.title = "Acquisition " + marker;
  d2.decision = "The board agreed to proceed with " + marker + ".";
  d2.confidential = true;
  w.confidential_decision = gov.save_decision(d2, "test");

  Interest dans;
  dans.person_id = w.dan;
  dans.type = InterestType::Financial;
  dans.description = "Shareholder in Acme Health Ltd";
  dans.declared_on = day(2025, 6, 1);
  dans.last_confirmed = day(2025, 8, 31);  // review due 28 Feb 2026: overdue on 10 March
  w.dan_interest = gov.save_interest(dans, "test");
  Interest bens;
  bens.person_id = w.ben;
  bens.type = InterestType::NonFinancialProfessional;
  bens.description = "Trustee of the Riverside Hospice";
  bens.declared_on = day(2026, 1, 5);
  bens.last_confirmed = day(2026, 1, 5);
  w.ben_interest = gov.save_interest(bens, "test");

  const std::string hash = hash_password(kPassword);
  auto& accounts = store.accounts();
  w.analyst_account = accounts.add_account({0, "ana", Role::Analyst, std::nullopt, hash, false}, "test");
  w.member_account = accounts.add_account({0, "mo", Role::Member, w.dan, hash, false}, "test");
  w.secretariat_account = accounts.add_account({0, "sam", Role::Secretariat, std::nullopt, hash, false}, "test");
  w.admin_account = accounts.add_account({0, "root", Role::Admin, std::nullopt, hash, false}, "test");
  return w;
}

// `ics serve` on 127.0.0.1 and a free port, over a fresh temporary store filled with fill_world,
// treating kToday as today; stopped and deleted when destroyed.
class WorldServer {
 public:
  explicit WorldServer(const std::string& name)
      : db_(name), world_(fill_world(db_.store())), server_(db_.store(), kToday) {}

  Store& store() { return db_.store(); }
  const World& world() const { return world_; }
  httplib::Client client() const { return server_.client(); }

  // Signs in through POST /api/v1/login and returns the session cookie and CSRF token.
  Session sign_in(const std::string& name) const { return server_.sign_in(name, kPassword); }

 private:
  // Declared in construction order: the store is filled before the server starts, and the server
  // stops before the store is closed and deleted.
  http_test::TempStore db_;
  World world_;
  http_test::TestServer server_;
};

}  // namespace ics::web::governance_http
