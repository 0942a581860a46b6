#pragma once
// Who is calling: a browser session (HttpOnly SameSite=Strict cookie "ics_session"), an API bearer
// token (`Authorization: Bearer ...`, from `ics user token NAME`), or the public. Authorisation is
// checked on the server in every handler with these functions; nothing relies on hiding links.
#include <httplib.h>

#include <optional>
#include <string>

#include "domain/account.h"

namespace ics::web {

class WebServer;

struct Principal {
  Role role = Role::Public;
  std::optional<Account> account;  // absent for the public
  bool via_cookie = false;         // cookie-authenticated writes need a CSRF token
  std::string csrf_token;          // the session's token; "" for bearer and public callers
  std::string actor() const { return account ? account->name : "public"; }  // for the audit trail
};

// Identifies the caller from the session cookie or bearer token. An unknown, expired or disabled
// credential yields the public principal (never an error), so pages still render for the public.
Principal identify(WebServer& server, const httplib::Request& req);

// True for bearer and public callers (no cookie to forge), and for cookie callers whose request
// carries the session's token in the form field "csrf_token" or the "X-CSRF-Token" header.
bool csrf_ok(const httplib::Request& req, const Principal& principal);

// <input type="hidden" name="csrf_token" value="..."> for forms; "" for the public.
std::string csrf_field(const Principal& principal);

// Registers /sign-in (GET form, POST), /sign-out (POST), POST /api/v1/login and POST /api/v1/logout,
// with login throttling (after 5 failures for a name or an address within 15 minutes, refuse for 15
// minutes with 429).
void register_auth_routes(WebServer& server);

}  // namespace ics::web
