// Who may see population health: every route as every role. Aggregate pages and API answer any signed-in
// account (the public is sent to sign in, or gets 401 from the API); a PCN's case-finding list answers
// only an account granted patient-level access for that PCN (the member, for the first PCN) — not the
// admin, not another PCN — and its patients never reach anyone else.
#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "phm_http_world.h"
#include "role_table.h"

namespace ics::web {
namespace {

using http_test::Expected;
using http_test::kAdmin;
using http_test::kAnalyst;
using http_test::kForbidden;
using http_test::kMember;
using http_test::kNoAuth;
using http_test::kOk;
using http_test::kPublic;
using http_test::kSecretariat;
using http_test::kToSignIn;
using http_test::RouteCase;
using phm_http::PhmSuite;

constexpr Expected kSignedInPage = {kToSignIn, kOk, kOk, kOk, kOk};
constexpr Expected kSignedInApi = {kNoAuth, kOk, kOk, kOk, kOk};
constexpr Expected kGrantedPage = {kToSignIn, kForbidden, kOk, kForbidden, kForbidden};
constexpr Expected kGrantedApi = {kNoAuth, kForbidden, kOk, kForbidden, kForbidden};
constexpr Expected kNobodyPage = {kToSignIn, kForbidden, kForbidden, kForbidden, kForbidden};
constexpr Expected kNobodyApi = {kNoAuth, kForbidden, kForbidden, kForbidden, kForbidden};

class PhmRolesHttp : public PhmSuite<PhmRolesHttp> {
 public:
  static constexpr const char* kName = "ics_phm_roles";
  static constexpr bool kWithPopulation = true;
};

TEST_F(PhmRolesHttp, AggregatesAnswerEverySignedInRole) {
  const std::vector<RouteCase> table = {
      {http_test::Method::Get, "/phm", kSignedInPage},
      {http_test::Method::Get, "/phm/segments", kSignedInPage},
      {http_test::Method::Get, "/phm/inequalities", kSignedInPage},
      {http_test::Method::Get, "/phm/value", kSignedInPage},
      {http_test::Method::Get, "/phm/risk", kSignedInPage},
      {http_test::Method::Get, "/phm/case-finding", kSignedInPage},
      {http_test::Method::Get, "/api/v1/phm/summary", kSignedInApi},
      {http_test::Method::Get, "/api/v1/phm/segments", kSignedInApi},
      {http_test::Method::Get, "/api/v1/phm/inequalities", kSignedInApi},
      {http_test::Method::Get, "/api/v1/phm/value", kSignedInApi},
      {http_test::Method::Get, "/api/v1/phm/risk", kSignedInApi},
      {http_test::Method::Get, "/api/v1/phm/case-finding", kSignedInApi},
  };
  EXPECT_EQ(roles_->mismatches(table), "");
}

TEST_F(PhmRolesHttp, CaseFindingAnswersOnlyTheGrantedPcn) {
  ASSERT_EQ(server_->grant_error(), "") << "patient-level grants are needed for this test";
  ASSERT_GE(server_->pcns().size(), 2u);
  const std::string granted = server_->granted_pcn(), other = server_->other_pcn();
  const std::vector<RouteCase> table = {
      {http_test::Method::Get, "/phm/case-finding?pcn=" + granted, kGrantedPage},
      {http_test::Method::Get, "/phm/case-finding?pcn=" + other, kNobodyPage},
      {http_test::Method::Get, "/phm/case-finding?pcn=NOT-A-PCN", kNobodyPage},
      {http_test::Method::Get, "/api/v1/phm/case-finding?pcn=" + granted, kGrantedApi},
      {http_test::Method::Get, "/api/v1/phm/case-finding?pcn=" + other, kNobodyApi},
      {http_test::Method::Get, "/api/v1/phm/case-finding?pcn=NOT-A-PCN", kNobodyApi},
  };
  EXPECT_EQ(roles_->mismatches(table), "");
}

TEST_F(PhmRolesHttp, PatientsOnTheListReachNobodyElse) {
  ASSERT_EQ(server_->grant_error(), "") << "patient-level grants are needed for this test";
  const std::string granted = server_->granted_pcn();
  auto r = roles_->get("/api/v1/phm/case-finding?pcn=" + granted, kMember);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const auto list = nlohmann::json::parse(r->body);
  std::vector<std::string> ids;
  for (const auto& person : list["persons"]) ids.push_back(person["person_id"].get<std::string>());
  ASSERT_FALSE(ids.empty());
  std::vector<std::string> paths = {"/phm", "/phm/segments", "/phm/inequalities", "/phm/value", "/phm/risk",
                                    "/phm/case-finding", "/api/v1/phm/summary", "/api/v1/phm/segments",
                                    "/api/v1/phm/inequalities", "/api/v1/phm/value", "/api/v1/phm/risk",
                                    "/api/v1/phm/case-finding"};
  for (const auto& pcn : server_->pcns()) {
    paths.push_back("/phm/case-finding?pcn=" + pcn);
    paths.push_back("/api/v1/phm/case-finding?pcn=" + pcn);
  }
  EXPECT_EQ(roles_->leaks(paths, {kPublic, kAnalyst, kSecretariat, kAdmin}, ids), "");
  // The member sees the list's patients only on its own PCN's list: not in any aggregate.
  std::vector<std::string> aggregates(paths.begin(), paths.begin() + 12);
  EXPECT_EQ(roles_->leaks(aggregates, {kMember}, ids), "");
}

}  // namespace
}  // namespace ics::web
