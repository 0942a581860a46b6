// Who may see and change what on the delivery pages and API: every route against every role (the
// public, analyst, member, secretariat, admin) with the status each must get, on the real server on
// 127.0.0.1. Board papers are published, so every read is public; the rating and outcome forms are for
// the secretariat and admins. The table's writes fail validation, so a role that passes authorisation
// gets 400 and nothing is saved; the valid writes at the end prove an editor's post does save.
#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <string>
#include <vector>

#include "delivery_http_world.h"
#include "role_table.h"

namespace ics::web {
namespace {

using namespace http_test;  // the role table's names: Method, RouteCase, kOk, kEveryone, ...
using delivery_http::DeliveryServer;

constexpr Expected kEditorsPageMissing = {kToSignIn, kForbidden, kForbidden, kMissing, kMissing};
constexpr Expected kEditorsFormMissing = {kForbidden, kForbidden, kForbidden, kMissing, kMissing};
constexpr Expected kEditorsSave = {kForbidden, kForbidden, kForbidden, kSaved, kSaved};

class DeliveryRolesHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new DeliveryServer("ics_delivery_roles");
    roles_ = std::make_unique<SignedInRoles>(*server_);
  }
  static void TearDownTestSuite() {
    roles_.reset();
    delete server_;
    server_ = nullptr;
  }

  static std::vector<RouteCase> route_table() {
    const auto n = [](int64_t v) { return std::to_string(v); };
    const std::string no11 = "/deliverables/" + n(server_->priority("NO1.1"));
    const std::string p01 = "/programmes/" + n(server_->programme("P01"));
    return {
        // ---- pages: reading (published) ----
        {Method::Get, "/deliverables", kEveryone},
        {Method::Get, "/deliverables?stocktake=2025-09", kEveryone},
        {Method::Get, "/deliverables?type=national&group=" + n(server_->world().pog), kEveryone},
        {Method::Get, no11, kEveryone},
        {Method::Get, "/deliverables/" + n(server_->priority("NO4.4")), kEveryone},
        {Method::Get, "/programmes", kEveryone},
        {Method::Get, "/programmes?from=2026-01-01&to=2026-12-31", kEveryone},
        {Method::Get, p01, kEveryone},
        {Method::Get, "/deliverables?stocktake=2025-13", kBadQuery},
        {Method::Get, "/deliverables?stocktake=2025-11", kBadQuery},
        {Method::Get, "/programmes?from=2026-02-30", kBadQuery},
        {Method::Get, "/deliverables/999999", kNowhere},
        {Method::Get, "/programmes/999999", kNowhere},
        // ---- pages: forms ----
        {Method::Get, no11 + "/rating", kEditorsPage},
        {Method::Get, p01 + "/products/0/outcome", kEditorsPage},
        {Method::Get, "/deliverables/999999/rating", kEditorsPageMissing},
        {Method::Get, p01 + "/products/3/outcome", kEditorsPageMissing},
        // ---- pages: form posts (each body fails validation) ----
        {Method::PostForm, no11 + "/rating", kEditorsForm, {{"stocktake", "2025-12"}, {"rating", "X"}, {"progress", ""}}},
        {Method::PostForm, p01 + "/products/1/outcome", kEditorsForm, {{"outcome", "lost"}}},
        {Method::PostForm, "/deliverables/999999/rating", kEditorsFormMissing, {{"rating", "G"}}},
        {Method::PostForm, p01 + "/products/3/outcome", kEditorsFormMissing, {{"outcome", "noted"}}},
        // ---- JSON API ----
        {Method::Get, "/api/v1/deliverables", kEveryone},
        {Method::Get, "/api/v1/deliverables?stocktake=2025-09&type=local", kEveryone},
        {Method::Get, "/api/v1" + no11, kEveryone},
        {Method::Get, "/api/v1/programmes", kEveryone},
        {Method::Get, "/api/v1" + p01, kEveryone},
        {Method::Get, "/api/v1/deliverables?type=regional", kBadQuery},
        {Method::Get, "/api/v1/deliverables?group=board", kBadQuery},
        {Method::Get, "/api/v1/deliverables/999999", kNowhere},
        {Method::Get, "/api/v1/programmes/999999", kNowhere},
    };
  }

  static inline DeliveryServer* server_ = nullptr;
  static inline std::unique_ptr<SignedInRoles> roles_;
};

struct DeliverySnapshot {
  std::vector<Priority> priorities;
  std::vector<Programme> programmes;
  static DeliverySnapshot of(AssuranceStore& a) { return {a.priorities(), a.programmes()}; }
  bool operator==(const DeliverySnapshot&) const = default;
};

TEST_F(DeliveryRolesHttp, EveryRouteAnswersEveryRoleAsTheSpecSays) {
  const auto before = DeliverySnapshot::of(server_->store().assurance());
  EXPECT_EQ(roles_->mismatches(route_table()), "");
  EXPECT_TRUE(DeliverySnapshot::of(server_->store().assurance()) == before);
}

TEST_F(DeliveryRolesHttp, EveryCookieWriteWithoutItsCsrfTokenIsRefused) {
  const auto before = DeliverySnapshot::of(server_->store().assurance());
  const auto n = [](int64_t v) { return std::to_string(v); };
  std::vector<RouteCase> writes = writes_of(route_table());
  // Valid bodies too: only the missing token can explain a refusal.
  writes.push_back({Method::PostForm, "/deliverables/" + n(server_->priority("NO1.1")) + "/rating", kEditorsSave,
                    {{"stocktake", "2025-12"}, {"rating", "B"}, {"progress", "Delivered"}}});
  writes.push_back({Method::PostForm, "/programmes/" + n(server_->programme("P01")) + "/products/1/outcome",
                    kEditorsSave, {{"outcome", "noted"}}});
  EXPECT_EQ(roles_->accepted_without_csrf(writes), "");
  EXPECT_TRUE(DeliverySnapshot::of(server_->store().assurance()) == before);
}

TEST_F(DeliveryRolesHttp, ThePublicIsSentToSignInAndBroughtBackToTheForm) {
  const std::string path = "/deliverables/" + std::to_string(server_->priority("NO1.1")) + "/rating";
  const auto r = roles_->get(path, kPublic);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 303);
  // The client hands the header back decoded, as the governance pages' tests read it.
  EXPECT_EQ(r->get_header_value("Location"), "/sign-in?next=" + path);
}

TEST_F(DeliveryRolesHttp, OnlyEditorsAreOfferedTheFormLinks) {
  const std::string priority = "/deliverables/" + std::to_string(server_->priority("NO2.1"));
  const std::string programme = "/programmes/" + std::to_string(server_->programme("P01"));
  for (size_t role = 0; role < kRoleNames.size(); ++role) {
    const bool editor = role >= kSecretariat;
    const auto p = roles_->get(priority, role);
    const auto g = roles_->get(programme, role);
    ASSERT_TRUE(p && g);
    EXPECT_EQ(p->body.find(priority + "/rating\">Record a rating") != std::string::npos, editor) << kRoleNames[role];
    EXPECT_EQ(g->body.find("Record outcome") != std::string::npos, editor) << kRoleNames[role];
  }
}

TEST_F(DeliveryRolesHttp, AValidPostSavesForEditorsAndForNobodyElse) {
  const auto n = [](int64_t v) { return std::to_string(v); };
  const int64_t id = server_->priority("NO2.1");
  const std::string path = "/deliverables/" + n(id) + "/rating";
  auto& assurance = server_->store().assurance();
  const auto before = assurance.priority(id);
  for (size_t role = kPublic; role < kSecretariat; ++role) {
    const auto r = roles_->send({Method::PostForm, path, kEditorsSave, {{"stocktake", "2025-12"}, {"rating", "A"},
                                                                 {"progress", "Recovering"}}},
                        role);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, kForbidden) << kRoleNames[role];
  }
  EXPECT_EQ(assurance.priority(id), before);

  const Brag by_role[] = {Brag::Amber, Brag::Green};
  for (size_t role = kSecretariat; role <= kAdmin; ++role) {
    const std::string letter(enum_name(by_role[role - kSecretariat]));
    const auto r = roles_->send({Method::PostForm, path, kEditorsSave,
                         {{"stocktake", "2025-12"}, {"rating", letter}, {"progress", std::string("By ") + kRoleNames[role]}}},
                        role);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, kSaved) << kRoleNames[role];
    const auto stored = assurance.priority(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->ratings.back(),
              (StocktakeRating{delivery_http::kDecember, by_role[role - kSecretariat], std::string("By ") + kRoleNames[role]}));
  }
}

}  // namespace
}  // namespace ics::web
