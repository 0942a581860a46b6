// The governance JSON API (/api/v1) against the real server on 127.0.0.1: lists and their filters,
// what each role sees, records the caller may not see answering exactly like missing ones, and writes
// with their authorisation, CSRF and validation rules (a refused write leaves the store unchanged).
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "governance_http_world.h"
#include "json_reply.h"
#include "web/password_hash.h"

namespace ics::web {
namespace {

using governance_http::kToday;
using governance_http::Session;
using governance_http::WorldServer;
using http_test::Reply;
using http_test::reply_of;
using nlohmann::json;

std::string id(int64_t n) { return std::to_string(n); }

// The values of `key` across a list's items, in order.
template <class T>
std::vector<T> column(const json& list, const std::string& key) {
  std::vector<T> out;
  for (const auto& item : list.at("items")) out.push_back(item.at(key).get<T>());
  return out;
}

using Refs = std::vector<std::string>;

// Shared by both suites: a server over a fresh world, and sessions for each signed-in role.
class GovernanceApiBase : public ::testing::Test {
 protected:
  static void start(const std::string& name) {
    server_ = new WorldServer(name);
    analyst_ = server_->sign_in("ana");
    member_ = server_->sign_in("mo");
    secretariat_ = server_->sign_in("sam");
    admin_ = server_->sign_in("root");
  }
  static void stop() {
    delete server_;
    server_ = nullptr;
  }
  static const governance_http::World& w() { return server_->world(); }
  static GovernanceStore& gov() { return server_->store().governance(); }

  static Reply get(const std::string& path, const Session* session = nullptr) {
    auto client = server_->client();
    return reply_of(session ? client.Get(path, session->headers()) : client.Get(path));
  }
  static Reply post(const std::string& path, const std::string& body, const httplib::Headers& headers = {}) {
    return reply_of(server_->client().Post(path, headers, body, "application/json"));
  }
  // A cookie-authenticated write with the session's CSRF token, as the site's own scripts send it.
  static Reply post_as(const Session& session, const std::string& path, const json& body) {
    return post(path, body.dump(), session.headers_with_csrf());
  }

  static inline WorldServer* server_ = nullptr;
  static inline Session analyst_, member_, secretariat_, admin_;
};

// ---- reading (this suite never writes, so counts are exact) ----

class GovernanceApiRead : public GovernanceApiBase {
 protected:
  static void SetUpTestSuite() { start("ics_gov_api_read"); }
  static void TearDownTestSuite() { stop(); }
};

TEST_F(GovernanceApiRead, CommitteesAreListedWithCountAndFetchedById) {
  const Reply list = get("/api/v1/committees");
  ASSERT_EQ(list.status, 200) << list.text;
  EXPECT_EQ(list.body.at("count"), 2);
  EXPECT_EQ(column<std::string>(list.body, "code"), (Refs{"ICSB", "POG"}));
  const Reply pog = get("/api/v1/committees/" + id(w().pog));
  ASSERT_EQ(pog.status, 200);
  EXPECT_EQ(pog.body.at("name"), "Performance Oversight Group");
  EXPECT_EQ(pog.body.at("reports_to"), w().board);
  EXPECT_EQ(pog.body.at("members").size(), 4u);

  for (const std::string path : {"/api/v1/committees/999999", "/api/v1/committees/abc", "/api/v1/committees/0"}) {
    const Reply missing = get(path);
    EXPECT_EQ(missing.status, 404) << path;
    EXPECT_EQ(missing.body, (json{{"error", "not found"}})) << path;
  }
}

TEST_F(GovernanceApiRead, MeetingsFilterByCommitteeAndRejectABadFilter) {
  EXPECT_EQ(get("/api/v1/meetings").body.at("count"), 3);
  EXPECT_EQ(column<int64_t>(get("/api/v1/meetings?committee=" + id(w().board)).body, "id"),
            (std::vector<int64_t>{w().january, w().february}));
  EXPECT_EQ(column<int64_t>(get("/api/v1/meetings?committee=" + id(w().pog)).body, "id"),
            (std::vector<int64_t>{w().pog_march}));
  EXPECT_EQ(get("/api/v1/meetings?committee=999999").body.at("count"), 0);
  for (const std::string bad : {"board", "-1", "0", "1.5", ""}) {
    const Reply r = get("/api/v1/meetings?committee=" + bad);
    EXPECT_EQ(r.status, 400) << bad;
    EXPECT_NE(r.body.value("error", "").find("committee"), std::string::npos) << r.text;
  }
}

TEST_F(GovernanceApiRead, AMeetingIsShownAsTheCallerMaySeeItWithQuorumAndVisiblePapers) {
  const std::string path = "/api/v1/meetings/" + id(w().january);
  const Reply pub = get(path);
  ASSERT_EQ(pub.status, 200) << pub.text;
  EXPECT_EQ(pub.body.at("agenda").size(), 2u);  // the private item 3 is withheld
  EXPECT_EQ(pub.body.at("minutes").size(), 1u);
  EXPECT_EQ(pub.body.at("minutes")[0].at("item_number"), "2");
  EXPECT_TRUE(pub.body.at("declarations").empty());
  EXPECT_EQ(pub.body.at("quorum").at("quorate"), true);
  EXPECT_EQ(pub.body.at("quorum").at("chair_or_vice_present"), true);
  EXPECT_GE(pub.body.at("quorum").at("members_present").get<int>(), 2);
  EXPECT_EQ(pub.body.at("quorum").at("organisations_present"), 2);
  EXPECT_EQ(column<int64_t>(json{{"items", pub.body.at("papers")}}, "id"), (std::vector<int64_t>{w().public_paper}));
  EXPECT_EQ(pub.body.at("papers")[0].at("file").at("url"), "/papers/" + id(w().public_paper) + "/file");

  const Reply analyst = get(path, &analyst_);
  EXPECT_EQ(analyst.body.at("agenda").size(), 2u);
  std::set<int64_t> analyst_papers;
  for (const auto& p : analyst.body.at("papers")) analyst_papers.insert(p.at("id").get<int64_t>());
  EXPECT_EQ(analyst_papers, (std::set<int64_t>{w().public_paper, w().draft_paper}));

  const Reply member = get(path, &member_);
  EXPECT_EQ(member.body.at("agenda").size(), 3u);
  EXPECT_EQ(member.body.at("declarations").size(), 1u);
  EXPECT_EQ(member.body.at("minutes").size(), 2u);
  EXPECT_EQ(member.body.at("papers").size(), 4u);

  const Reply feb = get("/api/v1/meetings/" + id(w().february));
  ASSERT_EQ(feb.status, 200);
  EXPECT_TRUE(feb.body.at("quorum").is_null());  // no attendance recorded yet
  EXPECT_TRUE(feb.body.at("papers").empty());
  EXPECT_EQ(get("/api/v1/meetings/999999").status, 404);
}

TEST_F(GovernanceApiRead, PapersListOnlyWhatTheRoleMaySee) {
  auto ids = [](const Reply& r) {
    auto v = column<int64_t>(r.body, "id");
    return std::set<int64_t>(v.begin(), v.end());
  };
  EXPECT_EQ(ids(get("/api/v1/papers")), (std::set<int64_t>{w().public_paper}));
  EXPECT_EQ(ids(get("/api/v1/papers", &analyst_)), (std::set<int64_t>{w().public_paper, w().draft_paper}));
  EXPECT_EQ(get("/api/v1/papers", &member_).body.at("count"), 4);
  EXPECT_EQ(ids(get("/api/v1/papers?meeting=" + id(w().january))), (std::set<int64_t>{w().public_paper}));
  EXPECT_EQ(get("/api/v1/papers?meeting=" + id(w().january), &secretariat_).body.at("count"), 4);
  EXPECT_EQ(get("/api/v1/papers?meeting=" + id(w().february), &admin_).body.at("count"), 0);
  EXPECT_EQ(get("/api/v1/papers?meeting=jan").status, 400);
}

TEST_F(GovernanceApiRead, AHiddenPaperAnswersExactlyLikeAMissingOne) {
  const Reply missing = get("/api/v1/papers/999999");
  ASSERT_EQ(missing.status, 404);
  for (const int64_t hidden : {w().confidential_paper, w().private_item_paper, w().draft_paper}) {
    const Reply r = get("/api/v1/papers/" + id(hidden));
    EXPECT_EQ(r.status, 404) << hidden;
    EXPECT_EQ(r.text, missing.text) << hidden;
  }
  EXPECT_EQ(get("/api/v1/papers/" + id(w().draft_paper), &analyst_).status, 200);
  EXPECT_EQ(get("/api/v1/papers/" + id(w().confidential_paper), &analyst_).status, 404);
  const Reply member = get("/api/v1/papers/" + id(w().confidential_paper), &member_);
  ASSERT_EQ(member.status, 200);
  EXPECT_EQ(member.body.at("confidential"), true);
}

TEST_F(GovernanceApiRead, ActionsCarryOverdueAsOfTheServersTodayAndFilter) {
  const Reply all = get("/api/v1/actions", &secretariat_);
  ASSERT_EQ(all.status, 200) << all.text;
  EXPECT_EQ(column<std::string>(all.body, "ref"), (Refs{"B001", "B002", "B003", "B004", "P001"}));
  EXPECT_EQ(column<bool>(all.body, "overdue"), (std::vector<bool>{true, false, false, true, false}));

  auto refs = [](const std::string& query, const Session* s) {
    const Reply r = get("/api/v1/actions" + query, s);
    EXPECT_EQ(r.status, 200) << query << r.text;
    return r.status == 200 ? column<std::string>(r.body, "ref") : Refs{};
  };
  EXPECT_EQ(refs("?overdue=true", &member_), (Refs{"B001", "B004"}));
  EXPECT_EQ(refs("?overdue=false", &member_), (Refs{"B002", "B003", "P001"}));
  EXPECT_EQ(refs("?committee=" + id(w().pog), &member_), (Refs{"P001"}));
  EXPECT_EQ(refs("?owner=" + id(w().dan), &member_), (Refs{"B001", "B004"}));
  EXPECT_EQ(refs("?status=ongoing", &member_), (Refs{"B002"}));
  EXPECT_EQ(refs("?status=completed&committee=" + id(w().board), &member_), (Refs{"B003"}));
  EXPECT_EQ(refs("?status=open&overdue=true&owner=" + id(w().dan), &admin_), (Refs{"B001", "B004"}));
  // The public and analysts never get the confidential B004, whatever the filter.
  EXPECT_EQ(refs("?overdue=true", nullptr), (Refs{"B001"}));
  EXPECT_EQ(refs("?owner=" + id(w().dan), &analyst_), (Refs{"B001"}));
  EXPECT_EQ(refs("", nullptr), (Refs{"B001", "B002", "B003", "P001"}));

  for (const std::string bad : {"?status=finished", "?overdue=yes", "?owner=-1", "?committee=x", "?meeting=1e3"}) {
    const Reply r = get("/api/v1/actions" + bad);
    EXPECT_EQ(r.status, 400) << bad;
    EXPECT_TRUE(r.body.contains("error")) << r.text;
  }
  EXPECT_NE(get("/api/v1/actions?status=finished").body.value("error", "").find("ongoing"), std::string::npos);
}

TEST_F(GovernanceApiRead, AConfidentialActionOrDecisionIsNotFoundForThoseWhoMayNotSeeIt) {
  const Reply missing_action = get("/api/v1/actions/999999");
  const Reply missing_decision = get("/api/v1/decisions/999999");
  for (const Session* s : std::vector<const Session*>{nullptr, &analyst_}) {
    const Reply a = get("/api/v1/actions/" + id(w().b004), s);
    EXPECT_EQ(a.status, 404);
    EXPECT_EQ(a.text, missing_action.text);
    const Reply d = get("/api/v1/decisions/" + id(w().confidential_decision), s);
    EXPECT_EQ(d.status, 404);
    EXPECT_EQ(d.text, missing_decision.text);
  }
  const Reply a = get("/api/v1/actions/" + id(w().b004), &member_);
  ASSERT_EQ(a.status, 200);
  EXPECT_EQ(a.body.at("ref"), "B004");
  EXPECT_EQ(a.body.at("overdue"), true);
  EXPECT_EQ(get("/api/v1/decisions/" + id(w().confidential_decision), &secretariat_).status, 200);
  EXPECT_EQ(get("/api/v1/actions/" + id(w().b001)).body.at("overdue"), true);
}

TEST_F(GovernanceApiRead, DecisionsListByRoleAndCommittee) {
  EXPECT_EQ(column<std::string>(get("/api/v1/decisions").body, "ref"), (Refs{"ICSB-D001"}));
  EXPECT_EQ(column<std::string>(get("/api/v1/decisions", &analyst_).body, "ref"), (Refs{"ICSB-D001"}));
  EXPECT_EQ(column<std::string>(get("/api/v1/decisions", &member_).body, "ref"), (Refs{"ICSB-D001", "ICSB-D002"}));
  EXPECT_EQ(get("/api/v1/decisions?committee=" + id(w().pog), &admin_).body.at("count"), 0);
  EXPECT_EQ(get("/api/v1/decisions?committee=none").status, 400);
  EXPECT_EQ(get("/api/v1/decisions/" + id(w().public_decision)).body.at("title"), "Winter plan");
}

TEST_F(GovernanceApiRead, InterestsArePublicWithTheirReviewDates) {
  const Reply all = get("/api/v1/interests");
  ASSERT_EQ(all.status, 200);
  EXPECT_EQ(all.body.at("count"), 2);
  const Reply dans = get("/api/v1/interests?person=" + id(w().dan));
  ASSERT_EQ(dans.body.at("count"), 1);
  const json& entry = dans.body.at("items")[0];
  EXPECT_EQ(entry.at("description"), "Shareholder in Acme Health Ltd");
  EXPECT_EQ(entry.at("review_due"), "2026-02-28");
  EXPECT_EQ(entry.at("review_overdue"), true);
  const Reply ben = get("/api/v1/interests/" + id(w().ben_interest));
  EXPECT_EQ(ben.body.at("review_due"), "2026-07-05");
  EXPECT_EQ(ben.body.at("review_overdue"), false);
  EXPECT_EQ(get("/api/v1/interests/999999").status, 404);
  EXPECT_EQ(get("/api/v1/interests?person=dan").status, 400);
}

// ---- writing (its own world, so the reading suite's counts stay exact) ----

class GovernanceApiWrite : public GovernanceApiBase {
 protected:
  static void SetUpTestSuite() { start("ics_gov_api_write"); }
  static void TearDownTestSuite() { stop(); }
};

TEST_F(GovernanceApiWrite, TheSecretariatAddsAnActionWhoseRefDefaultsToTheNextFree) {
  const Reply r = post_as(secretariat_, "/api/v1/actions",
                          {{"committee_id", w().board},
                           {"meeting_id", w().january},
                           {"description", "Write the annual report"},
                           {"owner_id", w().ben},
                           {"due", "2026-04-30"}});
  ASSERT_EQ(r.status, 201) << r.text;
  EXPECT_EQ(r.body.at("ref"), "B005");
  EXPECT_EQ(r.body.at("raised_on"), kToday.to_string());
  EXPECT_EQ(r.body.at("status"), "open");
  EXPECT_EQ(r.body.at("overdue"), false);
  const int64_t saved = r.body.at("id").get<int64_t>();
  const auto stored = gov().action(saved);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->description, "Write the annual report");
  EXPECT_EQ(stored->owner_id, w().ben);
  EXPECT_EQ(get("/api/v1/actions/" + id(saved)).body.at("ref"), "B005");

  const Reply admin = post_as(admin_, "/api/v1/actions",
                              {{"committee_id", w().pog}, {"ref", "P050"}, {"description", "Chase the trajectory"}});
  ASSERT_EQ(admin.status, 201) << admin.text;
  EXPECT_EQ(admin.body.at("ref"), "P050");
}

TEST_F(GovernanceApiWrite, AnInvalidActionIsRefusedWithFieldErrorsAndNothingSaved) {
  const size_t before = gov().actions().size();
  auto expect_errors = [&](const json& body, int status, const std::vector<std::string>& fields) {
    const Reply r = post_as(secretariat_, "/api/v1/actions", body);
    EXPECT_EQ(r.status, status) << body.dump() << " -> " << r.text;
    ASSERT_TRUE(r.body.is_object() && r.body.contains("errors")) << r.text;
    for (const auto& field : fields) EXPECT_TRUE(r.body.at("errors").contains(field)) << field << ": " << r.text;
  };
  expect_errors({{"committee_id", w().board}, {"description", ""}, {"raised_on", "2026-02-01"}, {"due", "2026-01-01"}},
                422, {"description", "due"});
  expect_errors({{"committee_id", 999999}, {"description", "Orphan"}}, 422, {"committee_id"});
  expect_errors({{"committee_id", w().board}, {"ref", "B001"}, {"description", "Duplicate"}}, 422, {"ref"});
  expect_errors({{"committee_id", w().board}, {"description", "Nobody"}, {"owner_id", 999999}}, 422, {"owner_id"});
  expect_errors({{"committee_id", w().board}, {"description", "Wrong meeting"}, {"meeting_id", w().pog_march}}, 422,
                {"meeting_id"});
  expect_errors({{"committee_id", w().board}, {"description", "Bad date"}, {"due", "30/04/2026"}}, 400, {"due"});
  expect_errors({{"committee_id", w().board}, {"description", "Bad status"}, {"status", "finished"}}, 400, {"status"});
  expect_errors({{"committee_id", "one"}, {"description", "Bad type"}}, 400, {"committee_id"});
  expect_errors({{"id", w().b001}, {"committee_id", w().board}, {"description", "Overwrite B001"}}, 422, {"id"});
  const Reply not_json = post("/api/v1/actions", "{not json", secretariat_.headers_with_csrf());
  EXPECT_EQ(not_json.status, 400);
  EXPECT_TRUE(not_json.body.at("errors").contains("body"));
  EXPECT_EQ(gov().actions().size(), before);
  EXPECT_EQ(gov().action(w().b001)->description, "Publish the winter plan");
}

TEST_F(GovernanceApiWrite, CookieWritesWithoutTheCsrfHeaderAreForbidden) {
  const auto actions = gov().actions();
  const size_t interests = gov().interests().size();
  const json action = {{"committee_id", w().board}, {"description", "Forged"}};
  for (const auto& headers : {secretariat_.headers(),
                              httplib::Headers{{"Cookie", "ics_session=" + secretariat_.cookie}, {"X-CSRF-Token", "forged"}}}) {
    EXPECT_EQ(post("/api/v1/actions", action.dump(), headers).status, 403);
    EXPECT_EQ(post("/api/v1/actions/" + id(w().b002) + "/status", json{{"status", "completed"}}.dump(), headers).status,
              403);
    EXPECT_EQ(post("/api/v1/interests", json{{"person_id", w().ben}, {"description", "Forged"}}.dump(), headers).status,
              403);
  }
  EXPECT_EQ(post("/api/v1/actions/" + id(w().b001) + "/status", json{{"status", "completed"}}.dump(), member_.headers())
                .status,
            403);
  EXPECT_TRUE(gov().actions() == actions);
  EXPECT_EQ(gov().interests().size(), interests);
}

TEST_F(GovernanceApiWrite, ABearerTokenWritesWithoutACsrfHeader) {
  const std::string token = random_token();
  server_->store().accounts().add_api_token(sha256_hex(token), w().secretariat_account, "test");
  const Reply r = post("/api/v1/actions", json{{"committee_id", w().pog}, {"description", "Scripted action"}}.dump(),
                       {{"Authorization", "Bearer " + token}});
  ASSERT_EQ(r.status, 201) << r.text;
  EXPECT_EQ(gov().action(r.body.at("id").get<int64_t>())->description, "Scripted action");
  const Reply wrong = post("/api/v1/actions", json{{"committee_id", w().pog}, {"description", "x"}}.dump(),
                           {{"Authorization", "Bearer not-a-token"}});
  EXPECT_EQ(wrong.status, 401);  // an unknown token is the public, who must sign in
}

TEST_F(GovernanceApiWrite, WritesNeedSignInAndTheRightRole) {
  const auto before = gov().actions();
  const json action = {{"committee_id", w().board}, {"description", "Not allowed"}};
  const Reply anonymous = post("/api/v1/actions", action.dump());
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_TRUE(anonymous.body.contains("error"));
  EXPECT_EQ(post_as(analyst_, "/api/v1/actions", action).status, 403);
  EXPECT_EQ(post_as(member_, "/api/v1/actions", action).status, 403);
  EXPECT_EQ(post("/api/v1/actions/" + id(w().b001) + "/status", json{{"status", "completed"}}.dump()).status, 401);
  EXPECT_EQ(post_as(analyst_, "/api/v1/actions/" + id(w().b001) + "/status", {{"status", "completed"}}).status, 403);
  // A confidential action is not found for an analyst, even when writing.
  EXPECT_EQ(post_as(analyst_, "/api/v1/actions/" + id(w().b004) + "/status", {{"status", "completed"}}).status, 404);
  EXPECT_EQ(post("/api/v1/interests", json{{"person_id", w().dan}, {"description", "x"}}.dump()).status, 401);
  EXPECT_EQ(post_as(analyst_, "/api/v1/interests", {{"person_id", w().dan}, {"description", "x"}}).status, 403);
  EXPECT_TRUE(gov().actions() == before);
}

TEST_F(GovernanceApiWrite, AMemberUpdatesTheirOwnActionButNoOneElses) {
  const Reply r = post_as(member_, "/api/v1/actions/" + id(w().b001) + "/status",
                          {{"status", "completed"}, {"note", "Published on the website"}});
  ASSERT_EQ(r.status, 200) << r.text;
  EXPECT_EQ(r.body.at("status"), "completed");
  EXPECT_EQ(r.body.at("closed_on"), kToday.to_string());
  EXPECT_EQ(r.body.at("overdue"), false);
  const auto stored = gov().action(w().b001);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, ActionStatus::Completed);
  ASSERT_FALSE(stored->updates.empty());
  EXPECT_EQ(stored->updates.back().text, "Published on the website");
  EXPECT_EQ(stored->updates.back().by, "Dan Member");

  const Reply other = post_as(member_, "/api/v1/actions/" + id(w().b003) + "/status", {{"status", "open"}});
  EXPECT_EQ(other.status, 403);
  EXPECT_EQ(gov().action(w().b003)->status, ActionStatus::Completed);
}

TEST_F(GovernanceApiWrite, AStatusChangeIsValidatedAndNothingSavedWhenWrong) {
  const std::string path = "/api/v1/actions/" + id(w().b002) + "/status";
  const Action before = *gov().action(w().b002);
  auto expect_error = [&](const json& body, int status, const std::string& field) {
    const Reply r = post_as(secretariat_, path, body);
    EXPECT_EQ(r.status, status) << body.dump() << " -> " << r.text;
    EXPECT_TRUE(r.body.is_object() && r.body.contains("errors") && r.body.at("errors").contains(field)) << r.text;
  };
  expect_error({{"status", "consolidated"}, {"target", "B999"}}, 422, "target");
  expect_error({{"status", "delegated"}}, 422, "target");
  expect_error({{"status", "finished"}}, 422, "status");
  expect_error({{"target", "B001"}}, 422, "status");
  expect_error({{"status", 3}}, 400, "status");
  EXPECT_EQ(*gov().action(w().b002), before);

  const Reply ok = post_as(admin_, path, {{"status", "delegated"}, {"target", "ICS Chief Executive Group"}});
  ASSERT_EQ(ok.status, 200) << ok.text;
  EXPECT_EQ(ok.body.at("status"), "delegated");
  EXPECT_EQ(ok.body.at("status_target"), "ICS Chief Executive Group");
  EXPECT_EQ(gov().action(w().b002)->status, ActionStatus::Delegated);
}

TEST_F(GovernanceApiWrite, MembersDeclareTheirOwnInterestsAndTheSecretariatAnyones) {
  const Reply own = post_as(member_, "/api/v1/interests",
                            {{"type", "indirect"}, {"description", "Spouse works for Acme Health Ltd"}});
  ASSERT_EQ(own.status, 201) << own.text;
  EXPECT_EQ(own.body.at("person_id"), w().dan);
  EXPECT_EQ(own.body.at("declared_on"), kToday.to_string());
  const auto stored = gov().interest(own.body.at("id").get<int64_t>());
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->type, InterestType::Indirect);

  const size_t before = gov().interests().size();
  EXPECT_EQ(post_as(member_, "/api/v1/interests", {{"person_id", w().ben}, {"description", "Not mine"}}).status, 403);
  const Reply invalid = post_as(secretariat_, "/api/v1/interests",
                                {{"person_id", w().ben}, {"description", ""}, {"from", "2026-02-01"}, {"to", "2026-01-01"}});
  EXPECT_EQ(invalid.status, 422) << invalid.text;
  EXPECT_TRUE(invalid.body.at("errors").contains("description")) << invalid.text;
  EXPECT_TRUE(invalid.body.at("errors").contains("to")) << invalid.text;
  const Reply nobody = post_as(secretariat_, "/api/v1/interests", {{"person_id", 999999}, {"description", "Ghost"}});
  EXPECT_EQ(nobody.status, 422);
  EXPECT_TRUE(nobody.body.at("errors").contains("person_id")) << nobody.text;
  const Reply bad_type = post_as(secretariat_, "/api/v1/interests", {{"person_id", w().ben}, {"type", "shares"}});
  EXPECT_EQ(bad_type.status, 400);
  EXPECT_TRUE(bad_type.body.at("errors").contains("type")) << bad_type.text;
  EXPECT_EQ(gov().interests().size(), before);

  const Reply for_ben = post_as(secretariat_, "/api/v1/interests",
                                {{"person_id", w().ben}, {"type", "financial"}, {"description", "Shares in MedCo"}});
  ASSERT_EQ(for_ben.status, 201) << for_ben.text;
  EXPECT_EQ(gov().interests(w().ben).size(), 2u);
}

}  // namespace
}  // namespace ics::web
