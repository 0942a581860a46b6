// Sign-in, sessions, CSRF, bearer tokens and login throttling against the real server on 127.0.0.1
// (port 0) over a temporary SQLite store, called with httplib::Client.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <regex>

#include "store/store.h"
#include "test_server.h"
#include "web/auth.h"
#include "web/password_hash.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

using nlohmann::json;

constexpr const char* kPassword = "a long enough passphrase";

int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

using http_test::TestServer;

class AuthHttp : public ::testing::Test {
 protected:
  // Every sign-in here comes from 127.0.0.1, which the throttle locks after 5 failures, so tests on
  // this shared server make fewer than 5 failed attempts in all; the throttle test has its own server.
  static void SetUpTestSuite() {
    db_ = new http_test::TempStore("ics_auth_http");
    store_ = &db_->store();
    const std::string hash = hash_password(kPassword);  // one hash shared by the accounts: hashing is slow
    Account alice{0, "alice", Role::Secretariat, std::nullopt, hash, false};
    alice_id_ = store_->accounts().add_account(alice, "test");
    Account dora{0, "dora", Role::Member, std::nullopt, hash, true};
    dora_id_ = store_->accounts().add_account(dora, "test");
    running_ = new TestServer(*store_);
  }
  static void TearDownTestSuite() {
    delete running_;
    store_ = nullptr;
    delete db_;
  }

  static httplib::Client client() { return running_->client(); }

  static httplib::Result sign_in(const std::string& name, const std::string& password, const std::string& next = "/",
                                 httplib::Headers headers = {}) {
    return client().Post("/sign-in", headers, httplib::Params{{"name", name}, {"password", password}, {"next", next}});
  }

  // The ics_session value from a Set-Cookie header, or "".
  static std::string cookie_value(const httplib::Response& r) {
    const std::string header = r.get_header_value("Set-Cookie");
    std::smatch m;
    return std::regex_search(header, m, std::regex("^ics_session=([^;]*)")) ? m[1].str() : "";
  }

  // Signs alice in and returns her session cookie value.
  static std::string alice_cookie() {
    auto r = sign_in("alice", kPassword);
    EXPECT_TRUE(r);
    if (!r) return "";
    EXPECT_EQ(r->status, 303) << r->body;
    return cookie_value(*r);
  }

  static httplib::Result get_page(const std::string& path, const std::string& cookie) {
    return client().Get(path, httplib::Headers{{"Cookie", "other=1; ics_session=" + cookie}});
  }

  static httplib::Request request_with(const std::string& header, const std::string& value) {
    httplib::Request req;
    req.headers.emplace(header, value);
    return req;
  }

  static inline http_test::TempStore* db_ = nullptr;
  static inline Store* store_ = nullptr;  // db_'s store
  static inline TestServer* running_ = nullptr;  // each server has its own login throttle
  static inline int64_t alice_id_ = 0;
  static inline int64_t dora_id_ = 0;
};

TEST_F(AuthHttp, SignInPageIsAnNhsFormAndTheHeaderOffersSignIn) {
  auto r = client().Get("/sign-in?next=/actions");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("<form method=\"post\" action=\"/sign-in\""), std::string::npos);
  EXPECT_NE(r->body.find("name=\"name\""), std::string::npos);
  EXPECT_NE(r->body.find("type=\"password\""), std::string::npos);
  EXPECT_NE(r->body.find("name=\"next\" value=\"/actions\""), std::string::npos);
  EXPECT_NE(r->body.find("href=\"/sign-in\">Sign in</a>"), std::string::npos);
  EXPECT_EQ(r->body.find("Signed in as"), std::string::npos);
  EXPECT_NE(r->body.find("href=\"/committees\""), std::string::npos);  // governance navigation
}

TEST_F(AuthHttp, SignInSetsAnHttpOnlyStrictCookieAndAnEightHourSession) {
  auto r = sign_in("alice", kPassword, "/actions?status=open");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 303) << r->body;
  EXPECT_EQ(r->get_header_value("Location"), "/actions?status=open");
  const std::string set_cookie = r->get_header_value("Set-Cookie");
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("SameSite=Strict"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("Path=/"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("Max-Age=28800"), std::string::npos) << set_cookie;
  const std::string cookie = cookie_value(*r);
  ASSERT_EQ(cookie.size(), 43u);

  // Only the cookie's hash is stored, with an expiry 8 hours on.
  EXPECT_FALSE(store_->accounts().session(cookie));
  const auto session = store_->accounts().session(sha256_hex(cookie));
  ASSERT_TRUE(session);
  EXPECT_EQ(session->account_id, alice_id_);
  EXPECT_NEAR(static_cast<double>(session->expires_at - unix_now()), 28800.0, 60.0);

  auto page = get_page("/sign-in", cookie);
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("Signed in as alice (secretariat)"), std::string::npos);
  EXPECT_NE(page->body.find("name=\"csrf_token\" value=\"" + session->csrf_token + "\""), std::string::npos);
}

TEST_F(AuthHttp, WrongPasswordAndUnknownNameGetTheSameErrorAndNoCookie) {
  for (const auto& [name, password] : {std::pair{"alice", "not the password"}, std::pair{"nobody", kPassword}}) {
    auto r = sign_in(name, password);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << name;
    EXPECT_FALSE(r->has_header("Set-Cookie")) << name;
    EXPECT_NE(r->body.find("The name or password is not right"), std::string::npos) << name;
    EXPECT_NE(r->body.find("nhsuk-error-summary"), std::string::npos) << name;
    EXPECT_EQ(r->body.find(password), std::string::npos) << "the password must not be echoed";
  }
}

TEST_F(AuthHttp, RedirectsOnlyToLocalPaths) {
  for (const char* next : {"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
    auto r = sign_in("alice", kPassword, next);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 303) << next;
    EXPECT_EQ(r->get_header_value("Location"), "/") << next;
  }
}

TEST_F(AuthHttp, SignInPostedFromAnotherSiteIsRefused) {
  auto r = sign_in("alice", kPassword, "/", {{"Origin", "https://evil.example"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_FALSE(r->has_header("Set-Cookie"));
}

TEST_F(AuthHttp, SignOutNeedsTheCsrfTokenAndThenEndsTheSession) {
  const std::string cookie = alice_cookie();
  ASSERT_FALSE(cookie.empty());
  const auto session = store_->accounts().session(sha256_hex(cookie));
  ASSERT_TRUE(session);
  const httplib::Headers with_cookie{{"Cookie", "ics_session=" + cookie}};

  auto refused = client().Post("/sign-out", with_cookie, httplib::Params{});
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 403);
  auto wrong = client().Post("/sign-out", with_cookie, httplib::Params{{"csrf_token", std::string(43, 'x')}});
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 403);
  EXPECT_TRUE(store_->accounts().session(sha256_hex(cookie))) << "a refused sign-out must leave the session";

  auto done = client().Post("/sign-out", with_cookie, httplib::Params{{"csrf_token", session->csrf_token}});
  ASSERT_TRUE(done);
  EXPECT_EQ(done->status, 303);
  EXPECT_NE(done->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_FALSE(store_->accounts().session(sha256_hex(cookie)));
  auto page = get_page("/sign-in", cookie);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->body.find("Signed in as"), std::string::npos);
}

TEST_F(AuthHttp, ApiLoginReturnsRoleAndCsrfTokenAndLogoutNeedsIt) {
  auto bad = client().Post("/api/v1/login", "{\"name\": 3}", "application/json");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  auto wrong = client().Post("/api/v1/login", json{{"name", "alice"}, {"password", "nope"}}.dump(), "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  EXPECT_EQ(json::parse(wrong->body)["error"], "The name or password is not right");
  EXPECT_FALSE(wrong->has_header("Set-Cookie"));

  auto r = client().Post("/api/v1/login", json{{"name", "alice"}, {"password", kPassword}}.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const json body = json::parse(r->body);
  EXPECT_EQ(body["name"], "alice");
  EXPECT_EQ(body["role"], "secretariat");
  const std::string cookie = cookie_value(*r);
  const auto session = store_->accounts().session(sha256_hex(cookie));
  ASSERT_TRUE(session);
  EXPECT_EQ(body["csrf_token"], session->csrf_token);

  const httplib::Headers with_cookie{{"Cookie", "ics_session=" + cookie}};
  auto refused = client().Post("/api/v1/logout", with_cookie, "", "application/json");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 403);
  httplib::Headers with_token = with_cookie;
  with_token.emplace("X-CSRF-Token", session->csrf_token);
  auto out = client().Post("/api/v1/logout", with_token, "", "application/json");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 200);
  EXPECT_FALSE(store_->accounts().session(sha256_hex(cookie)));
}

TEST_F(AuthHttp, BearerTokenIdentifiesItsAccountWithoutCsrf) {
  const std::string token = random_token();
  store_->accounts().add_api_token(sha256_hex(token), alice_id_, "test");
  const Principal p = identify(running_->web_server(), request_with("Authorization", "Bearer " + token));
  ASSERT_TRUE(p.account);
  EXPECT_EQ(p.account->name, "alice");
  EXPECT_EQ(p.role, Role::Secretariat);
  EXPECT_FALSE(p.via_cookie);
  EXPECT_TRUE(csrf_ok(httplib::Request{}, p));
  EXPECT_EQ(csrf_field(p), "");

  EXPECT_FALSE(identify(running_->web_server(), request_with("Authorization", "Bearer " + random_token())).account);
  EXPECT_FALSE(identify(running_->web_server(), request_with("Authorization", "Basic " + token)).account);

  auto page = client().Get("/sign-in", httplib::Headers{{"Authorization", "Bearer " + token}});
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("Signed in as alice"), std::string::npos);
}

TEST_F(AuthHttp, ExpiredSessionsAndDisabledAccountsAreThePublic) {
  const std::string expired = random_token();
  const int64_t now = unix_now();
  store_->accounts().add_session(Session{sha256_hex(expired), alice_id_, random_token(), now - 30000, now - 1});
  const Principal p = identify(running_->web_server(), request_with("Cookie", "ics_session=" + expired));
  EXPECT_FALSE(p.account);
  EXPECT_EQ(p.role, Role::Public);
  auto page = get_page("/sign-in", expired);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->body.find("Signed in as"), std::string::npos);

  const std::string disabled = random_token();
  store_->accounts().add_session(Session{sha256_hex(disabled), dora_id_, random_token(), now, now + 3600});
  EXPECT_FALSE(identify(running_->web_server(), request_with("Cookie", "ics_session=" + disabled)).account);

  const std::string live = random_token();
  store_->accounts().add_session(Session{sha256_hex(live), alice_id_, "the-csrf-token", now, now + 3600});
  const Principal alice = identify(running_->web_server(), request_with("Cookie", "ics_session=" + live));
  ASSERT_TRUE(alice.account);
  EXPECT_TRUE(alice.via_cookie);
  EXPECT_FALSE(csrf_ok(httplib::Request{}, alice));
  EXPECT_TRUE(csrf_ok(request_with("X-CSRF-Token", "the-csrf-token"), alice));
  EXPECT_FALSE(csrf_ok(request_with("X-CSRF-Token", "the-csrf-tokeN"), alice));
  EXPECT_EQ(csrf_field(alice), "<input type=\"hidden\" name=\"csrf_token\" value=\"the-csrf-token\">");
}

TEST_F(AuthHttp, FiveFailuresLockTheNameAndAddressWith429) {
  TestServer own(*store_);  // its own throttle, so the lockout does not reach the other tests
  httplib::Client c = own.client();
  const httplib::Params wrong{{"name", "alice"}, {"password", "wrong password"}};
  for (int i = 0; i < 5; ++i) {
    auto r = c.Post("/sign-in", wrong);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << "attempt " << i + 1;
  }
  // Even the right password is refused now, for the name and from this address.
  auto locked = c.Post("/sign-in", httplib::Params{{"name", "alice"}, {"password", kPassword}});
  ASSERT_TRUE(locked);
  EXPECT_EQ(locked->status, 429);
  EXPECT_NE(locked->body.find("Wait 15 minutes"), std::string::npos);
  EXPECT_FALSE(locked->has_header("Set-Cookie"));
  auto api = c.Post("/api/v1/login", json{{"name", "bob"}, {"password", kPassword}}.dump(), "application/json");
  ASSERT_TRUE(api);
  EXPECT_EQ(api->status, 429);
}

}  // namespace
}  // namespace ics::web
