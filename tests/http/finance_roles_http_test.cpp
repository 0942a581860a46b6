// Who may read the system finance report: board papers are published, so the page and the JSON API
// answer every role (the public, analyst, member, secretariat, admin) alike, with the same figures.
#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "finance_http_world.h"
#include "governance_http_world.h"
#include "role_table.h"

namespace ics::web {
namespace {

using governance_http::WorldServer;
using http_test::kRoleAccounts;
using http_test::kRoleNames;
using http_test::SignedInRoles;

class FinanceRolesHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new WorldServer("ics_finance_roles");
    finance_http::seed_finance(server_->store());
    roles_ = std::make_unique<SignedInRoles>(*server_);
  }
  static void TearDownTestSuite() {
    roles_.reset();
    delete server_;
    server_ = nullptr;
  }

  // GET path as role `role` (0 = the public, no cookie).
  static httplib::Result get(const std::string& path, size_t role) { return roles_->get(path, role); }

  static inline WorldServer* server_ = nullptr;
  static inline std::unique_ptr<SignedInRoles> roles_;
};

TEST_F(FinanceRolesHttp, EveryRoleReadsThePageAndTheApi) {
  for (size_t role = 0; role < kRoleNames.size(); ++role) {
    for (const char* path : {"/finance", "/finance?month=2026-05", "/finance?month=2026-07", "/api/v1/finance",
                             "/api/v1/finance?month=2025-04"}) {
      auto r = get(path, role);
      ASSERT_TRUE(r) << kRoleNames[role] << " " << path;
      EXPECT_EQ(r->status, 200) << kRoleNames[role] << " " << path << "\n" << r->body;
    }
  }
}

TEST_F(FinanceRolesHttp, EveryRoleSeesTheSameFigures) {
  for (size_t role = 0; role < kRoleNames.size(); ++role) {
    auto page = get("/finance", role);
    ASSERT_TRUE(page) << kRoleNames[role];
    EXPECT_NE(page->body.find("<h1>System finance report: June 2026 (M03 2026/27)</h1>"), std::string::npos)
        << kRoleNames[role];
    auto api = get("/api/v1/finance", role);
    ASSERT_TRUE(api) << kRoleNames[role];
    const auto body = nlohmann::json::parse(api->body, nullptr, false);
    EXPECT_EQ(body["system"]["fot_variance_pence"], -finance_http::k(850) - 3) << kRoleNames[role];
  }
}

TEST_F(FinanceRolesHttp, EachSessionIsServedAsItsRole) {
  // The header names the account, so each page really was served to that session, not as the public.
  for (size_t role = 1; role < kRoleNames.size(); ++role) {
    auto r = get("/finance", role);
    ASSERT_TRUE(r) << kRoleNames[role];
    EXPECT_NE(r->body.find(std::string("Signed in as ") + kRoleAccounts[role] + " (" + kRoleNames[role] + ")"),
              std::string::npos)
        << kRoleNames[role];
  }
  auto anonymous = get("/finance", 0);
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->body.find("Signed in as"), std::string::npos);
}

TEST_F(FinanceRolesHttp, BadMonthIs400ForEveryRole) {
  for (size_t role = 0; role < kRoleNames.size(); ++role) {
    auto page = get("/finance?month=2026-00", role);
    ASSERT_TRUE(page) << kRoleNames[role];
    EXPECT_EQ(page->status, 400) << kRoleNames[role];
    auto api = get("/api/v1/finance?month=2026-00", role);
    ASSERT_TRUE(api) << kRoleNames[role];
    EXPECT_EQ(api->status, 400) << kRoleNames[role];
  }
}

}  // namespace
}  // namespace ics::web
