// Who may see and change what among the risks: every risk route (pages and JSON API, GET and POST)
// against every role (the public, analyst, member, secretariat, admin) with the status each must get,
// on the real server on 127.0.0.1. Writes use bodies that fail validation, so a role that passes
// authorisation gets 400 and nothing is saved, while a role that does not gets 401/403/404 (or, for
// the public on a form page, the redirect to sign in). Then: the confidential risk (which carries
// kSecretMarker in its title, description, category and history) never reaches the public or an
// analyst through any page, filter, heat map, summary or API answer, while a member does see it.
#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "risk_http_world.h"
#include "role_table.h"
#include "web/http_responses.h"

namespace ics::web {
namespace {

using namespace http_test;  // the role table's names: Method, RouteCase, kOk, kEveryone, ...
using governance_http::kSecretMarker;
using nlohmann::json;
using risk_http::RiskWorldServer;

class RiskRolesHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new RiskWorldServer("ics_risk_roles");
    roles_ = std::make_unique<SignedInRoles>(*server_);
  }
  static void TearDownTestSuite() {
    roles_.reset();
    delete server_;
    server_ = nullptr;
  }
  static const risk_http::RiskWorld& r() { return server_->risks(); }

  static std::vector<RouteCase> route_table() {
    const auto& x = r();
    auto n = [](int64_t v) { return std::to_string(v); };
    const std::string sr01 = "/risks/" + n(x.sr01), sr99 = "/risks/" + n(x.sr99);
    const std::string hidden_category = "/risks?category=" + url_encode(risk_http::kConfidentialCategory);
    // Each form body fails validation: likelihood off the scale, or an impossible threshold.
    const httplib::Params bad_review = {{"date", "2026-03-10"}, {"likelihood", "9"}, {"consequence", "3"},
                                        {"note", "Probe"}};
    const httplib::Params bad_thresholds = {{"to_place", "7"}, {"to_system", "15"}, {"to_board", "15"}};
    const json bad_review_json = {{"likelihood", 9}, {"consequence", 3}, {"note", "Probe"}};
    return {
        // ---- pages: reading ----
        {Method::Get, "/risks", kEveryone},
        {Method::Get, "/risks?map=target", kEveryone},
        {Method::Get, "/risks?level=board&grade=extreme&objective=" + n(x.so1) + "&category=Finance", kEveryone},
        // A category only the confidential risk has is, to those who may not see it, no category at all.
        {Method::Get, hidden_category, {kBadRequest, kBadRequest, kOk, kOk, kOk}},
        {Method::Get, "/risks?level=nowhere", kBadQuery},
        {Method::Get, sr01, kEveryone},
        {Method::Get, "/risks/" + n(x.sr05), kEveryone},
        {Method::Get, sr99, kConfidential},
        {Method::Get, "/risks/999999", kNowhere},
        // ---- pages: forms ----
        {Method::Get, sr01 + "/review", kEditorsPage},
        {Method::Get, sr99 + "/review", kEditorsPage},
        {Method::Get, "/risks/escalation", kEditorsPage},
        {Method::Get, "/risks/999999/review", {kToSignIn, kForbidden, kForbidden, kHidden, kHidden}},
        // ---- pages: form posts ----
        {Method::PostForm, sr01 + "/review", kEditorsForm, bad_review},
        {Method::PostForm, sr99 + "/review", kEditorsForm, bad_review},
        {Method::PostForm, "/risks/999999/review", {kForbidden, kForbidden, kForbidden, kHidden, kHidden},
         bad_review},
        {Method::PostForm, "/risks/escalation", kEditorsForm, bad_thresholds},
        // ---- JSON API: reading ----
        {Method::Get, "/api/v1/risks", kEveryone},
        {Method::Get, "/api/v1/risks?grade=extreme&level=board", kEveryone},
        {Method::Get, "/api/v1/risks?level=nowhere", kBadQuery},
        {Method::Get, "/api/v1/risks/" + n(x.sr01), kEveryone},
        {Method::Get, "/api/v1/risks/" + n(x.sr99), kConfidential},
        {Method::Get, "/api/v1/risks/999999", kNowhere},
        {Method::Get, "/api/v1/objectives", kEveryone},
        // ---- JSON API: writes ----
        {Method::PostJson, "/api/v1/risks/" + n(x.sr01) + "/reviews", kEditorsApi, {}, bad_review_json},
        {Method::PostJson, "/api/v1/risks/" + n(x.sr99) + "/reviews",
         {kNoAuth, kHidden, kForbidden, kInvalidJson, kInvalidJson}, {}, bad_review_json},
        {Method::PostJson, "/api/v1/risks/999999/reviews", {kNoAuth, kHidden, kHidden, kHidden, kHidden}, {},
         bad_review_json},
    };
  }

  static inline RiskWorldServer* server_ = nullptr;
  static inline std::unique_ptr<SignedInRoles> roles_;
};

struct RiskSnapshot {
  std::vector<StrategicObjective> objectives;
  std::vector<Risk> risks;
  EscalationRules rules;
  static RiskSnapshot of(AssuranceStore& a) { return {a.objectives(), a.risks(), a.escalation_rules()}; }
  bool operator==(const RiskSnapshot&) const = default;
};

TEST_F(RiskRolesHttp, EveryRouteAnswersEveryRoleAsTheSpecSays) {
  const auto before = RiskSnapshot::of(server_->store().assurance());
  EXPECT_EQ(roles_->mismatches(route_table()), "");
  EXPECT_TRUE(RiskSnapshot::of(server_->store().assurance()) == before);
}

TEST_F(RiskRolesHttp, ThePublicIsSentToSignInFromAFormPage) {
  const auto res = roles_->get("/risks/" + std::to_string(r().sr01) + "/review", kPublic);
  ASSERT_TRUE(res);
  // (httplib's client hands back the Location header percent-decoded.)
  EXPECT_EQ(res->get_header_value("Location"), "/sign-in?next=/risks/" + std::to_string(r().sr01) + "/review");
}

TEST_F(RiskRolesHttp, EveryCookieWriteWithoutItsCsrfTokenIsRefused) {
  const auto before = RiskSnapshot::of(server_->store().assurance());
  std::vector<RouteCase> writes;
  for (const auto& c : writes_of(route_table()))
    if (c.path.find("999999") == std::string::npos) writes.push_back(c);
  EXPECT_EQ(roles_->accepted_without_csrf(writes), "");
  EXPECT_TRUE(RiskSnapshot::of(server_->store().assurance()) == before);
}

// Every GET that could show a risk: the pages with every filter and map, each risk by id, the API.
std::vector<std::string> paths_to_probe(const risk_http::RiskWorld& x) {
  auto n = [](int64_t v) { return std::to_string(v); };
  std::vector<std::string> paths = {"/risks", "/risks?map=target", "/risks?map=current", "/risks?level=board",
                                    "/risks?level=system", "/risks?grade=extreme", "/risks?objective=" + n(x.so1),
                                    "/risks?category=" + url_encode(risk_http::kConfidentialCategory),
                                    "/risks?level=board&map=target", "/api/v1/risks", "/api/v1/risks?grade=extreme",
                                    "/api/v1/risks?level=board", "/api/v1/risks?objective=" + n(x.so1),
                                    "/api/v1/risks?category=" + url_encode(risk_http::kConfidentialCategory),
                                    "/api/v1/objectives", "/risks/escalation"};
  for (const int64_t id : {x.sr01, x.sr02, x.sr03, x.sr04, x.sr05, x.sr99}) {
    paths.push_back("/risks/" + n(id));
    paths.push_back("/risks/" + n(id) + "/review");
    paths.push_back("/api/v1/risks/" + n(id));
  }
  return paths;
}

TEST_F(RiskRolesHttp, NothingConfidentialReachesThePublicOrAnAnalyst) {
  // Nor its ref (in the heat map, summary or register) or its score in the summary's counts.
  EXPECT_EQ(roles_->leaks(paths_to_probe(r()), {kPublic, kAnalyst}, {kSecretMarker, "SR99"}), "");
  for (const size_t role : {kPublic, kAnalyst}) {
    const auto list = roles_->get("/api/v1/risks", role);
    ASSERT_TRUE(list);
    EXPECT_EQ(json::parse(list->body).at("count"), 5) << kRoleNames[role];
  }
}

TEST_F(RiskRolesHttp, MembersDoSeeTheConfidentialRiskTheProbeLooksFor) {
  // Without this the probe above could pass because the marker never reached any page at all.
  const auto& x = r();
  const std::string sr99 = std::to_string(x.sr99);
  EXPECT_EQ(roles_->lacking({"/risks", "/risks?map=target", "/risks/" + sr99, "/api/v1/risks", "/api/v1/risks/" + sr99,
                             "/risks?category=" + url_encode(risk_http::kConfidentialCategory)},
                            kMember, kSecretMarker),
            "");
  // The member's heat map shows the confidential risk in its cell; the public's does not count it.
  const std::string cell = "data-likelihood=\"5\" data-consequence=\"5\" data-count=\"";
  EXPECT_NE(roles_->get("/risks", kMember)->body.find(cell + "1\""), std::string::npos);
  EXPECT_NE(roles_->get("/risks", kPublic)->body.find(cell + "0\""), std::string::npos);
  EXPECT_EQ(json::parse(roles_->get("/api/v1/risks", kMember)->body).at("count"), 6);
}

}  // namespace
}  // namespace ics::web
