#include "web/auth.h"

#include <openssl/crypto.h>

#include <cctype>
#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/field_errors.h"
#include "core/text.h"
#include "report/html_escape.h"
#include "web/forms.h"
#include "web/http_responses.h"
#include "web/login_throttle.h"
#include "web/password_hash.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

using report::html_escape;

constexpr const char* kSessionCookie = "ics_session";
constexpr int64_t kSessionSeconds = 8 * 60 * 60;
constexpr const char* kWrongCredentials = "The name or password is not right";
constexpr const char* kThrottled =
    "There have been too many failed attempts to sign in with this name or from this address. "
    "Wait 15 minutes, then try again.";

int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The value of the session cookie, or "" (every Cookie header is searched: "a=1; ics_session=...").
std::string session_cookie(const httplib::Request& req) {
  const size_t count = req.get_header_value_count("Cookie");
  for (size_t i = 0; i < count; ++i) {
    const std::string header = req.get_header_value("Cookie", i);
    size_t start = 0;
    while (start <= header.size()) {
      size_t end = header.find(';', start);
      if (end == std::string::npos) end = header.size();
      const std::string pair = trim(std::string_view(header).substr(start, end - start));
      const auto eq = pair.find('=');
      if (eq != std::string::npos && pair.substr(0, eq) == kSessionCookie) return pair.substr(eq + 1);
      start = end + 1;
    }
  }
  return "";
}

// The token after "Bearer " in the Authorization header, or "".
std::string bearer_token(const httplib::Request& req) {
  const std::string header = req.get_header_value("Authorization");
  constexpr std::string_view kScheme = "bearer ";
  if (header.size() <= kScheme.size() || lower(header.substr(0, kScheme.size())) != kScheme) return "";
  return trim(std::string_view(header).substr(kScheme.size()));
}

// Both strings compared in time that depends only on their lengths (tokens have a fixed length).
bool constant_time_equal(const std::string& a, const std::string& b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

// A password exactly as typed: surrounding spaces are part of it, so it is not trimmed like other fields.
std::string raw_form_value(const httplib::Request& req, const std::string& field) {
  if (req.has_param(field)) return req.get_param_value(field);
  const auto part = req.files.find(field);
  return part != req.files.end() ? part->second.content : "";
}

// The host[:port] of an absolute URL ("https://example.org:8443/x" -> "example.org:8443"), lower case.
std::string url_authority(const std::string& url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) return "";
  const auto start = scheme_end + 3;
  const auto end = url.find_first_of("/?#", start);
  return lower(url.substr(start, end == std::string::npos ? std::string::npos : end - start));
}

// A sign-in posted from another site (login CSRF) carries a foreign Origin or Referer; browsers send
// at least one of them on cross-site form posts. Requests with neither (scripts, old clients) pass.
bool same_origin_or_unknown(const httplib::Request& req) {
  const std::string host = lower(req.get_header_value("Host"));
  if (req.has_header("Origin")) return !host.empty() && url_authority(req.get_header_value("Origin")) == host;
  if (req.has_header("Referer")) return !host.empty() && url_authority(req.get_header_value("Referer")) == host;
  return true;
}

// `next` if it is a path on this site, else "/". "//host" and "/\host" are other sites to a browser,
// and browsers drop tabs and newlines from URLs, so control characters are refused too.
std::string safe_local_path(const std::string& next) {
  if (next.empty() || next[0] != '/') return "/";
  if (next.size() > 1 && (next[1] == '/' || next[1] == '\\')) return "/";
  for (unsigned char c : next)
    if (c < 0x20 || c == 0x7f || c == '\\') return "/";
  return next;
}

std::string session_cookie_header(const std::string& token, int64_t max_age) {
  return std::string(kSessionCookie) + "=" + token + "; HttpOnly; SameSite=Strict; Path=/; Max-Age=" +
         std::to_string(max_age);
}

// A hash of a random password, verified against for unknown names so that they take as long to refuse
// as a wrong password for a real name.
const std::string& dummy_hash() {
  static const std::string hash = hash_password(random_token());
  return hash;
}

struct SignInResult {
  enum class Outcome { Ok, Wrong, Throttled } outcome = Outcome::Wrong;
  std::string cookie_token;  // on Ok: the new session's cookie value (its hash is stored)
  std::string csrf_token;    // on Ok
  std::optional<Account> account;
};

// Checks the credentials against the store, applying the throttle, and on success opens a session.
SignInResult sign_in(WebServer& server, LoginThrottle& throttle, const std::string& name, const std::string& password,
                     const std::string& address) {
  SignInResult result;
  if (throttle.blocked(name, address, LoginThrottle::Clock::now())) {
    result.outcome = SignInResult::Outcome::Throttled;
    return result;
  }
  AccountStore& accounts = server.store().accounts();
  const auto account = accounts.account_by_name(name);
  // Verify even when the account is unknown or disabled, so timing tells nothing about which it was.
  const bool password_right = verify_password(account ? account->password_hash : dummy_hash(), password);
  if (!account || account->disabled || !password_right) {
    throttle.record_failure(name, address, LoginThrottle::Clock::now());
    return result;
  }
  throttle.record_success(name);
  const int64_t now = unix_now();
  accounts.delete_expired_sessions(now);
  result.cookie_token = random_token();
  result.csrf_token = random_token();
  accounts.add_session(Session{sha256_hex(result.cookie_token), account->id, result.csrf_token, now, now + kSessionSeconds});
  result.outcome = SignInResult::Outcome::Ok;
  result.account = account;
  return result;
}

std::string sign_in_form(const Principal& principal, const std::string& name, const std::string& next,
                         const FieldErrors& errors) {
  std::string body = "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">" + error_summary(errors) +
                     "<h1>Sign in</h1>";
  if (principal.account)
    body += "<p>You are signed in as " + html_escape(principal.account->name) +
            ". Signing in again replaces that session.</p>";
  else
    body += "<p>Board members and staff sign in to see and change records. Published papers, minutes and the "
            "interests register need no sign-in.</p>";
  body += "<form method=\"post\" action=\"/sign-in\" novalidate><input type=\"hidden\" name=\"next\" value=\"" +
          html_escape(next) + "\">" + text_input("name", "Name", name, errors) +
          text_input("password", "Password", "", errors, "", "password") + submit_button("Sign in") + "</form></div></div>";
  return body;
}

void send_sign_in_page(WebServer& server, httplib::Response& res, int status, const Principal& principal,
                       const std::string& name, const std::string& next, const FieldErrors& errors) {
  const std::string title = errors.empty() ? "Sign in" : "Error: Sign in";
  send_html(res, status, server.page(title, "", sign_in_form(principal, name, next, errors), principal));
  res.set_header("Cache-Control", "no-store");
}

void send_message_page(WebServer& server, httplib::Response& res, int status, const std::string& title,
                       const std::string& message) {
  send_html(res, status,
            server.page(title, "", "<h1>" + html_escape(title) + "</h1><p>" + html_escape(message) + "</p>"));
}

void clear_session(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const std::string cookie = session_cookie(req);
  if (!cookie.empty()) server.store().accounts().delete_session(sha256_hex(cookie));
  res.set_header("Set-Cookie", session_cookie_header("", 0));
}

}  // namespace

Principal identify(WebServer& server, const httplib::Request& req) {
  Principal principal;
  AccountStore& accounts = server.store().accounts();
  std::optional<Account> account;
  if (const std::string token = bearer_token(req); !token.empty()) {
    if (const auto id = accounts.account_for_api_token(sha256_hex(token))) account = accounts.account(*id);
  } else if (const std::string cookie = session_cookie(req); !cookie.empty()) {
    const auto session = accounts.session(sha256_hex(cookie));
    if (session && session->expires_at > unix_now()) {
      account = accounts.account(session->account_id);
      principal.via_cookie = true;
      principal.csrf_token = session->csrf_token;
    }
  }
  if (!account || account->disabled) return Principal{};
  principal.role = account->role;
  principal.account = std::move(account);
  return principal;
}

bool csrf_ok(const httplib::Request& req, const Principal& principal) {
  if (!principal.via_cookie) return true;
  if (principal.csrf_token.empty()) return false;
  std::string sent = req.get_header_value("X-CSRF-Token");
  if (sent.empty()) sent = form_value(req, "csrf_token");
  return constant_time_equal(sent, principal.csrf_token);
}

std::string csrf_field(const Principal& principal) {
  if (principal.csrf_token.empty()) return "";
  return "<input type=\"hidden\" name=\"csrf_token\" value=\"" + html_escape(principal.csrf_token) + "\">";
}

void register_auth_routes(WebServer& server) {
  // One throttle per server: its state lives as long as the handlers that share it.
  auto throttle = std::make_shared<LoginThrottle>();
  auto& http = server.http();

  http.Get("/sign-in", [&server](const httplib::Request& req, httplib::Response& res) {
    send_sign_in_page(server, res, 200, identify(server, req), "", safe_local_path(query_param(req, "next")), {});
  });

  http.Post("/sign-in", [&server, throttle](const httplib::Request& req, httplib::Response& res) {
    const Principal principal = identify(server, req);
    if (!same_origin_or_unknown(req)) {
      send_message_page(server, res, 403, "Sign-in refused", "The sign-in form was sent from another site.");
      return;
    }
    const std::string name = form_value(req, "name");
    const std::string password = raw_form_value(req, "password");
    const std::string next = safe_local_path(form_value(req, "next"));
    FieldErrors errors;
    if (name.empty()) errors.push_back({"name", "Enter your name"});
    if (password.empty()) errors.push_back({"password", "Enter your password"});
    if (!errors.empty()) {
      send_sign_in_page(server, res, 200, principal, name, next, errors);
      return;
    }
    const SignInResult result = sign_in(server, *throttle, name, password, req.remote_addr);
    switch (result.outcome) {
      case SignInResult::Outcome::Throttled:
        send_message_page(server, res, 429, "Too many attempts", kThrottled);
        res.set_header("Retry-After", "900");
        return;
      case SignInResult::Outcome::Wrong:
        send_sign_in_page(server, res, 200, principal, name, next, {{"name", kWrongCredentials}});
        return;
      case SignInResult::Outcome::Ok:
        if (principal.via_cookie) server.store().accounts().delete_session(sha256_hex(session_cookie(req)));
        res.set_header("Set-Cookie", session_cookie_header(result.cookie_token, kSessionSeconds));
        res.status = 303;
        res.set_header("Location", next);
        return;
    }
  });

  http.Post("/sign-out", [&server](const httplib::Request& req, httplib::Response& res) {
    const Principal principal = identify(server, req);
    if (!csrf_ok(req, principal)) {
      send_message_page(server, res, 403, "Sign-out refused",
                        "The form was out of date or came from another site. Go back, reload the page and try again.");
      return;
    }
    clear_session(server, req, res);
    res.status = 303;
    res.set_header("Location", "/");
  });

  http.Post("/api/v1/login", [&server, throttle](const httplib::Request& req, httplib::Response& res) {
    if (!same_origin_or_unknown(req)) {
      send_json_error(res, 403, "sign-in from another site refused");
      return;
    }
    const auto body = nlohmann::json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("name") || !body["name"].is_string() ||
        !body.contains("password") || !body["password"].is_string()) {
      send_json_error(res, 400, "send a JSON object {\"name\": \"...\", \"password\": \"...\"}");
      return;
    }
    const std::string name = trim(body["name"].get<std::string>());
    const SignInResult result = sign_in(server, *throttle, name, body["password"].get<std::string>(), req.remote_addr);
    switch (result.outcome) {
      case SignInResult::Outcome::Throttled:
        send_json_error(res, 429, kThrottled);
        res.set_header("Retry-After", "900");
        return;
      case SignInResult::Outcome::Wrong:
        send_json_error(res, 401, kWrongCredentials);
        return;
      case SignInResult::Outcome::Ok:
        res.set_header("Set-Cookie", session_cookie_header(result.cookie_token, kSessionSeconds));
        send_json(res, 200,
                  {{"name", result.account->name},
                   {"role", std::string(enum_name(result.account->role))},
                   {"csrf_token", result.csrf_token}});
        return;
    }
  });

  http.Post("/api/v1/logout", [&server](const httplib::Request& req, httplib::Response& res) {
    const Principal principal = identify(server, req);
    if (!csrf_ok(req, principal)) {
      send_json_error(res, 403, "missing or wrong X-CSRF-Token");
      return;
    }
    // Bearer tokens stay valid: they are revoked by the account's owner, not by a logout call.
    clear_session(server, req, res);
    send_json(res, 200, {{"signed_out", principal.via_cookie}});
  });
}

}  // namespace ics::web
