#pragma once
// What every "route x role" test needs: the five roles in one order, the statuses a table expects
// named for what they mean, a RouteCase (a request and the status each role must get), and
// SignedInRoles, which signs one account of each role in to a test server and then sends a table's
// requests as every role, reporting each disagreement as a line of text ("GET /x as admin: expected
// 200, got 404") so a failure names every route at once.
#include <gtest/gtest.h>
#include <httplib.h>

#include <array>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_server.h"

namespace ics::web::http_test {

// The roles, in the order every Expected lists them; role 0, the public, has no session.
constexpr std::array<const char*, 5> kRoleNames = {"public", "analyst", "member", "secretariat", "admin"};
// The account the test worlds give each role ("" for the public).
constexpr std::array<const char*, 5> kRoleAccounts = {"", "ana", "mo", "sam", "root"};
constexpr size_t kPublic = 0, kAnalyst = 1, kMember = 2, kSecretariat = 3, kAdmin = 4;
using Expected = std::array<int, 5>;  // in kRoleNames order

// Statuses used in the tables, named for what they mean.
constexpr int kOk = 200, kSaved = 303, kToSignIn = 303, kBadRequest = 400, kInvalidForm = 400;
constexpr int kNoAuth = 401, kForbidden = 403, kHidden = 404, kMissing = 404, kInvalidJson = 422;

// Rows every table uses.
constexpr Expected kEveryone = {kOk, kOk, kOk, kOk, kOk};
constexpr Expected kConfidential = {kHidden, kHidden, kOk, kOk, kOk};            // confidential material
constexpr Expected kBadQuery = {kBadRequest, kBadRequest, kBadRequest, kBadRequest, kBadRequest};
constexpr Expected kNowhere = {kMissing, kMissing, kMissing, kMissing, kMissing};  // no such record
constexpr Expected kEditorsPage = {kToSignIn, kForbidden, kForbidden, kOk, kOk};
constexpr Expected kEditorsForm = {kForbidden, kForbidden, kForbidden, kInvalidForm, kInvalidForm};
constexpr Expected kEditorsApi = {kNoAuth, kForbidden, kForbidden, kInvalidJson, kInvalidJson};

enum class Method { Get, PostForm, PostJson };

struct RouteCase {
  Method method;
  std::string path;
  Expected expected;
  httplib::Params form = {};     // PostForm: fields (the caller's csrf_token is added)
  nlohmann::json body = nullptr;  // PostJson
};

// "GET /path" or "POST /path".
inline std::string describe(const RouteCase& c) {
  return std::string(c.method == Method::Get ? "GET " : "POST ") + c.path;
}

// The cases of a table that write (every POST).
inline std::vector<RouteCase> writes_of(const std::vector<RouteCase>& table) {
  std::vector<RouteCase> writes;
  for (const auto& c : table)
    if (c.method != Method::Get) writes.push_back(c);
  return writes;
}

// One signed-in session for each role but the public, on a server (any test world's: it needs
// client() and sign_in(account)) that must outlive this.
class SignedInRoles {
 public:
  template <class Server>
  explicit SignedInRoles(const Server& server) : connect_([&server] { return server.client(); }) {
    for (size_t role = kAnalyst; role < kRoleNames.size(); ++role) sessions_[role] = server.sign_in(kRoleAccounts[role]);
  }

  // Sends the case's request as `role` (the public sends no cookie); with_csrf false leaves the token out.
  httplib::Result send(const RouteCase& c, size_t role, bool with_csrf = true) const {
    auto client = connect_();
    const Session* s = role == kPublic ? nullptr : &sessions_[role];
    httplib::Headers headers = s ? s->headers() : httplib::Headers{};
    switch (c.method) {
      case Method::Get:
        return client.Get(c.path, headers);
      case Method::PostForm: {
        httplib::Params form = c.form;
        if (s && with_csrf) form.emplace("csrf_token", s->csrf);
        return client.Post(c.path, headers, form);
      }
      case Method::PostJson:
        if (s && with_csrf) headers.emplace("X-CSRF-Token", s->csrf);
        return client.Post(c.path, headers, c.body.dump(), "application/json");
    }
    return client.Get(c.path, headers);
  }

  // GET `path` as `role`.
  httplib::Result get(const std::string& path, size_t role) const { return send({Method::Get, path, kEveryone}, role); }

  // Sends every case as every role; one line for each status that differs from the table's, "" if none.
  std::string mismatches(const std::vector<RouteCase>& table) const {
    std::ostringstream out;
    for (const auto& c : table) {
      for (size_t role = 0; role < kRoleNames.size(); ++role) {
        const auto r = send(c, role);
        const int status = r ? r->status : -1;
        if (status != c.expected[role])
          out << describe(c) << " as " << kRoleNames[role] << ": expected " << c.expected[role] << ", got " << status
              << "\n";
      }
    }
    return out.str();
  }

  // Sends each write as the secretariat (who may make every write, so only the missing token can
  // explain a refusal) without its CSRF token; one line for each that is not refused with 403.
  std::string accepted_without_csrf(const std::vector<RouteCase>& writes) const {
    std::ostringstream out;
    for (const auto& c : writes) {
      const auto r = send(c, kSecretariat, /*with_csrf=*/false);
      const int status = r ? r->status : -1;
      if (status != kForbidden) out << describe(c) << ": expected 403 without a CSRF token, got " << status << "\n";
    }
    return out.str();
  }

  // GETs every path as each of `roles`; one line for each answer that is missing, fails with a 5xx
  // or contains any of `secrets`.
  std::string leaks(const std::vector<std::string>& paths, std::initializer_list<size_t> roles,
                    const std::vector<std::string>& secrets) const {
    std::ostringstream out;
    for (const size_t role : roles) {
      for (const auto& path : paths) {
        const auto r = get(path, role);
        if (!r) {
          out << path << " as " << kRoleNames[role] << ": no answer\n";
          continue;
        }
        for (const auto& secret : secrets)
          if (r->body.find(secret) != std::string::npos)
            out << path << " as " << kRoleNames[role] << " (status " << r->status << ") shows " << secret << "\n";
        if (r->status >= 500) out << path << " as " << kRoleNames[role] << ": status " << r->status << "\n";
      }
    }
    return out.str();
  }

  // GETs every path as `role`; one line for each that does not answer 200 with `secret` in it (so a
  // probe for leaks cannot pass just because the secret never reached any page).
  std::string lacking(const std::vector<std::string>& paths, size_t role, const std::string& secret) const {
    std::ostringstream out;
    for (const auto& path : paths) {
      const auto r = get(path, role);
      if (!r)
        out << path << " as " << kRoleNames[role] << ": no answer\n";
      else if (r->status != kOk || r->body.find(secret) == std::string::npos)
        out << path << " as " << kRoleNames[role] << " (status " << r->status << ") lacks " << secret << "\n";
    }
    return out.str();
  }

  const Session& session(size_t role) const { return sessions_[role]; }

 private:
  std::function<httplib::Client()> connect_;
  std::array<Session, 5> sessions_{};  // [0], the public, stays empty
};

}  // namespace ics::web::http_test
