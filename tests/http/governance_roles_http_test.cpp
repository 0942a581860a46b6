// Who may see and change what: every governance route (pages and JSON API, GET and POST) against every
// role (the public, analyst, member, secretariat, admin) with the status each must get, on the real
// server on 127.0.0.1. Writes use bodies that fail validation, so a role that passes authorisation
// gets 400/422 and nothing is saved, while a role that does not gets 401/403/404 (or, for the public
// on a form page, the redirect to sign in). Then: nothing confidential (every such record carries
// kSecretMarker) reaches the public or an analyst by id, list, filter or file download.
#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <string>
#include <vector>

#include "governance_http_world.h"
#include "role_table.h"

namespace ics::web {
namespace {

using namespace http_test;  // the role table's names: Method, RouteCase, kOk, kEveryone, ...
using governance_http::kSecretMarker;
using governance_http::WorldServer;

constexpr Expected kSignedIn = {kHidden, kOk, kOk, kOk, kOk};  // drafts

class GovernanceRolesHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new WorldServer("ics_gov_roles");
    roles_ = std::make_unique<SignedInRoles>(*server_);
  }
  static void TearDownTestSuite() {
    roles_.reset();
    delete server_;
    server_ = nullptr;
  }
  static const governance_http::World& w() { return server_->world(); }

  // The whole table, in the order the spec lists the pages and then the API.
  static std::vector<RouteCase> route_table() {
    const auto& x = w();
    auto n = [](int64_t v) { return std::to_string(v); };
    const std::string jan = "/meetings/" + n(x.january);
    std::vector<RouteCase> t = {
        // ---- pages: reading ----
        {Method::Get, "/committees", kEveryone},
        {Method::Get, "/committees/" + n(x.board), kEveryone},
        {Method::Get, "/committees/" + n(x.pog), kEveryone},
        {Method::Get, "/committees/" + n(x.board) + "/attendance", kEveryone},
        {Method::Get, jan, kEveryone},
        {Method::Get, "/meetings/" + n(x.pog_march), kEveryone},
        {Method::Get, "/papers/" + n(x.public_paper), kEveryone},
        {Method::Get, "/papers/" + n(x.public_paper) + "/file", kEveryone},
        {Method::Get, "/papers/" + n(x.draft_paper), kSignedIn},
        {Method::Get, "/papers/" + n(x.confidential_paper), kConfidential},
        {Method::Get, "/papers/" + n(x.confidential_paper) + "/file", kConfidential},
        {Method::Get, "/papers/" + n(x.private_item_paper), kConfidential},
        {Method::Get, "/papers/" + n(x.private_item_paper) + "/file", kConfidential},
        {Method::Get, "/actions", kEveryone},
        {Method::Get, "/actions?overdue=true", kEveryone},
        {Method::Get, "/actions/" + n(x.b001), kEveryone},
        {Method::Get, "/actions/" + n(x.b004), kConfidential},
        {Method::Get, "/decisions", kEveryone},
        {Method::Get, "/decisions/" + n(x.public_decision), kEveryone},
        {Method::Get, "/decisions/" + n(x.confidential_decision), kConfidential},
        {Method::Get, "/interests", kEveryone},
        // ---- pages: forms ----
        {Method::Get, "/meetings/new?committee=" + n(x.board), kEditorsPage},
        {Method::Get, jan + "/agenda", kEditorsPage},
        {Method::Get, jan + "/attendance", kEditorsPage},
        {Method::Get, jan + "/declarations", kEditorsPage},
        {Method::Get, jan + "/minutes", kEditorsPage},
        {Method::Get, "/papers/new?meeting=" + n(x.january), kEditorsPage},
        {Method::Get, "/actions/new?committee=" + n(x.board), kEditorsPage},
        {Method::Get, "/decisions/new?committee=" + n(x.board), kEditorsPage},
        {Method::Get, "/interests/new", {kToSignIn, kForbidden, kOk, kOk, kOk}},
        // ---- pages: form posts (each body misses a required field) ----
        {Method::PostForm, "/meetings", kEditorsForm, {{"committee", n(x.board)}}},
        {Method::PostForm, jan + "/agenda", kEditorsForm, {{"time", "10:00"}}},
        {Method::PostForm, jan + "/attendance", kEditorsForm, {{"attendance-" + n(x.ada), "asleep"}}},
        {Method::PostForm, jan + "/declarations", kEditorsForm, {{"item", "2"}}},
        {Method::PostForm, jan + "/minutes", kEditorsForm, {{"minutes_status", "lost"}}},
        {Method::PostForm, "/papers", kEditorsForm, {{"meeting", n(x.january)}}},
        {Method::PostForm, "/actions", kEditorsForm, {{"committee", n(x.board)}}},
        {Method::PostForm, "/decisions", kEditorsForm, {{"committee", n(x.board)}}},
        // b001 is the member's own action; b002 is not; b004 is the member's and confidential.
        {Method::PostForm, "/actions/" + n(x.b001) + "/status",
         {kForbidden, kForbidden, kInvalidForm, kInvalidForm, kInvalidForm}, {{"status", "finished"}}},
        {Method::PostForm, "/actions/" + n(x.b002) + "/status", kEditorsForm, {{"status", "finished"}}},
        {Method::PostForm, "/actions/" + n(x.b004) + "/status",
         {kHidden, kHidden, kInvalidForm, kInvalidForm, kInvalidForm}, {{"status", "finished"}}},
        {Method::PostForm, "/interests", {kForbidden, kForbidden, kInvalidForm, kInvalidForm, kInvalidForm},
         {{"person", n(x.dan)}, {"type", "financial"}}},
        // Confirming is a real (harmless) change: it only moves last_confirmed to today.
        {Method::PostForm, "/interests/" + n(x.dan_interest) + "/confirm",
         {kForbidden, kForbidden, kSaved, kSaved, kSaved}},
        {Method::PostForm, "/interests/" + n(x.ben_interest) + "/confirm",
         {kForbidden, kForbidden, kForbidden, kSaved, kSaved}},
        // ---- JSON API: reading ----
        {Method::Get, "/api/v1/committees", kEveryone},
        {Method::Get, "/api/v1/committees/" + n(x.board), kEveryone},
        {Method::Get, "/api/v1/meetings", kEveryone},
        {Method::Get, "/api/v1/meetings?committee=" + n(x.board), kEveryone},
        {Method::Get, "/api/v1" + jan, kEveryone},
        {Method::Get, "/api/v1/papers", kEveryone},
        {Method::Get, "/api/v1/papers?meeting=" + n(x.january), kEveryone},
        {Method::Get, "/api/v1/papers/" + n(x.public_paper), kEveryone},
        {Method::Get, "/api/v1/papers/" + n(x.draft_paper), kSignedIn},
        {Method::Get, "/api/v1/papers/" + n(x.confidential_paper), kConfidential},
        {Method::Get, "/api/v1/papers/" + n(x.private_item_paper), kConfidential},
        {Method::Get, "/api/v1/actions", kEveryone},
        {Method::Get, "/api/v1/actions?overdue=true&owner=" + n(x.dan), kEveryone},
        {Method::Get, "/api/v1/actions/" + n(x.b001), kEveryone},
        {Method::Get, "/api/v1/actions/" + n(x.b004), kConfidential},
        {Method::Get, "/api/v1/decisions", kEveryone},
        {Method::Get, "/api/v1/decisions/" + n(x.public_decision), kEveryone},
        {Method::Get, "/api/v1/decisions/" + n(x.confidential_decision), kConfidential},
        {Method::Get, "/api/v1/interests", kEveryone},
        {Method::Get, "/api/v1/interests/" + n(x.dan_interest), kEveryone},
        // ---- JSON API: writes (each body fails validation) ----
        {Method::PostJson, "/api/v1/actions", kEditorsApi, {}, {{"committee_id", x.board}, {"description", ""}}},
        {Method::PostJson, "/api/v1/actions/" + n(x.b001) + "/status",
         {kNoAuth, kForbidden, kInvalidJson, kInvalidJson, kInvalidJson}, {}, {{"status", "finished"}}},
        {Method::PostJson, "/api/v1/actions/" + n(x.b002) + "/status", kEditorsApi, {}, {{"status", "finished"}}},
        {Method::PostJson, "/api/v1/actions/" + n(x.b004) + "/status",
         {kNoAuth, kHidden, kInvalidJson, kInvalidJson, kInvalidJson}, {}, {{"status", "finished"}}},
        {Method::PostJson, "/api/v1/interests", {kNoAuth, kForbidden, kInvalidJson, kInvalidJson, kInvalidJson}, {},
         {{"person_id", x.dan}, {"description", ""}}},
        {Method::PostJson, "/api/v1/interests", kEditorsApi, {}, {{"person_id", x.ben}, {"description", ""}}},
    };
    return t;
  }

  static inline WorldServer* server_ = nullptr;
  static inline std::unique_ptr<SignedInRoles> roles_;
};

// Everything but interests (whose confirm rows are real changes), compared as whole records.
struct GovernanceSnapshot {
  std::vector<Committee> committees;
  std::vector<Meeting> meetings;
  std::vector<Paper> papers;
  std::vector<Action> actions;
  std::vector<Decision> decisions;
  size_t interests = 0;
  static GovernanceSnapshot of(GovernanceStore& g) {
    return {g.committees(), g.meetings(), g.papers(), g.actions(), g.decisions(), g.interests().size()};
  }
  bool operator==(const GovernanceSnapshot&) const = default;
};

TEST_F(GovernanceRolesHttp, EveryRouteAnswersEveryRoleAsTheSpecSays) {
  const auto before = GovernanceSnapshot::of(server_->store().governance());
  EXPECT_EQ(roles_->mismatches(route_table()), "");
  // Every write in the table was refused or invalid, so nothing but the confirmations changed.
  EXPECT_TRUE(GovernanceSnapshot::of(server_->store().governance()) == before);
}

TEST_F(GovernanceRolesHttp, EveryCookieWriteWithoutItsCsrfTokenIsRefused) {
  const auto before = GovernanceSnapshot::of(server_->store().governance());
  EXPECT_EQ(roles_->accepted_without_csrf(writes_of(route_table())), "");
  EXPECT_TRUE(GovernanceSnapshot::of(server_->store().governance()) == before);
}

// Every GET the public could try: every page and API list, every filter, every record by id
// (confidential ones included) and every file.
std::vector<std::string> paths_to_probe(const governance_http::World& x) {
  auto n = [](int64_t v) { return std::to_string(v); };
  std::vector<std::string> paths = {
      "/committees", "/actions", "/actions?overdue=true", "/actions?status=open",
      "/actions?owner=" + n(x.dan), "/actions?committee=" + n(x.board) + "&owner=" + n(x.dan) + "&status=open&overdue=true",
      "/actions?q=ZZ-SECRET-42", "/decisions", "/decisions?committee=" + n(x.board), "/interests",
      "/api/v1/committees", "/api/v1/meetings", "/api/v1/meetings?committee=" + n(x.board), "/api/v1/papers",
      "/api/v1/papers?meeting=" + n(x.january), "/api/v1/actions", "/api/v1/actions?overdue=true",
      "/api/v1/actions?owner=" + n(x.dan), "/api/v1/actions?status=open&committee=" + n(x.board),
      "/api/v1/actions?meeting=" + n(x.january), "/api/v1/decisions", "/api/v1/decisions?committee=" + n(x.board),
      "/api/v1/interests", "/api/v1/interests?person=" + n(x.ben)};
  for (const int64_t c : {x.board, x.pog}) {
    paths.push_back("/committees/" + n(c));
    paths.push_back("/committees/" + n(c) + "/attendance");
    paths.push_back("/api/v1/committees/" + n(c));
  }
  for (const int64_t m : {x.january, x.february, x.pog_march}) {
    paths.push_back("/meetings/" + n(m));
    paths.push_back("/api/v1/meetings/" + n(m));
  }
  for (const int64_t p : {x.public_paper, x.draft_paper, x.confidential_paper, x.private_item_paper}) {
    paths.push_back("/papers/" + n(p));
    paths.push_back("/papers/" + n(p) + "/file");
    paths.push_back("/api/v1/papers/" + n(p));
  }
  for (const int64_t a : {x.b001, x.b002, x.b003, x.b004, x.p001}) {
    paths.push_back("/actions/" + n(a));
    paths.push_back("/api/v1/actions/" + n(a));
  }
  for (const int64_t d : {x.public_decision, x.confidential_decision}) {
    paths.push_back("/decisions/" + n(d));
    paths.push_back("/api/v1/decisions/" + n(d));
  }
  for (const int64_t i : {x.dan_interest, x.ben_interest}) paths.push_back("/api/v1/interests/" + n(i));
  return paths;
}

TEST_F(GovernanceRolesHttp, NothingConfidentialReachesThePublicOrAnAnalyst) {
  EXPECT_EQ(roles_->leaks(paths_to_probe(w()), {kPublic, kAnalyst}, {kSecretMarker}), "");
}

TEST_F(GovernanceRolesHttp, MembersDoSeeTheConfidentialRecordsTheProbeLooksFor) {
  // Without this the probe above could pass because the marker never reached any page at all.
  const auto& x = w();
  auto n = [](int64_t v) { return std::to_string(v); };
  const std::vector<std::string> paths = {
      "/meetings/" + n(x.january), "/api/v1/meetings/" + n(x.january), "/papers/" + n(x.confidential_paper),
      "/papers/" + n(x.confidential_paper) + "/file", "/papers/" + n(x.private_item_paper) + "/file",
      "/api/v1/papers", "/actions", "/api/v1/actions?overdue=true", "/actions/" + n(x.b004), "/decisions",
      "/api/v1/decisions/" + n(x.confidential_decision)};
  EXPECT_EQ(roles_->lacking(paths, kMember, kSecretMarker), "");
}

}  // namespace
}  // namespace ics::web
