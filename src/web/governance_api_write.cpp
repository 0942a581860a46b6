// The governance JSON API, version 1, writing side:
//   POST /api/v1/actions              a new action (secretariat, admin); "ref" defaults to the next free one
//   POST /api/v1/actions/{id}/status  {"status", "target", "note"} (secretariat, admin, or the member who owns it)
//   POST /api/v1/interests            a register entry (a member for themselves; secretariat, admin for anyone)
// Order of checks: 401 without credentials; 404 for a record the caller may not see; 403 without the
// right or, for cookie callers, without the X-CSRF-Token header; 400 {"errors": ...} for a body that is
// not JSON or has a wrongly typed field; 422 {"errors": {"field": "message"}} for a record that fails
// validation. Nothing is saved unless every check passes.
#include <algorithm>
#include <regex>
#include <stdexcept>

#include "domain/governance_json.h"
#include "governance/action_lifecycle.h"
#include "governance/validation.h"
#include "governance/visibility.h"
#include "web/auth.h"
#include "web/governance_api.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/interests_page.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

using nlohmann::json;

constexpr int kInvalid = 422;

// Answers 401 for the public; true for any signed-in caller.
bool require_sign_in(const Principal& principal, httplib::Response& res) {
  if (principal.account) return true;
  res.set_header("WWW-Authenticate", "Bearer");
  send_json_error(res, 401, "sign in first: POST /api/v1/login, or send Authorization: Bearer TOKEN");
  return false;
}

// Answers 403 for a cookie caller without the session's X-CSRF-Token header.
bool require_csrf(const httplib::Request& req, const Principal& principal, httplib::Response& res) {
  if (csrf_ok(req, principal)) return true;
  send_json_error(res, 403, "missing or wrong X-CSRF-Token header");
  return false;
}

// The request body as a JSON object, or nullopt after answering 400.
std::optional<json> read_body(const httplib::Request& req, httplib::Response& res) {
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    send_field_errors(res, 400, {{"body", "send a JSON object (Content-Type: application/json)"}});
    return std::nullopt;
  }
  return body;
}

// Reads the body into a record with governance_json's from_json; a wrongly typed field, unknown enum
// name or bad date answers 400 naming the field ("field \"due\": ..." -> {"due": "..."}).
template <class T>
bool read_record(const json& body, T& record, httplib::Response& res) {
  try {
    from_json(body, record);
    return true;
  } catch (const std::invalid_argument& e) {
    static const std::regex kFieldMessage(R"re(^field "([^"]*)": (.*)$)re");
    std::smatch m;
    const std::string what = e.what();
    if (std::regex_match(what, m, kFieldMessage)) send_field_errors(res, 400, {{m[1].str(), m[2].str()}});
    else send_field_errors(res, 400, {{"body", what}});
    return false;
  }
}

// A string member of the body: "" when absent; false (and an error) when present but not a string.
bool optional_string(const json& body, const std::string& key, std::string& out, FieldErrors& errors) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return true;
  if (!it->is_string()) {
    errors.push_back({key, "expected a string"});
    return false;
  }
  out = it->get<std::string>();
  return true;
}

void add_missing(FieldErrors& errors, const FieldErrors& more) {
  for (const auto& e : more) {
    bool seen = false;
    for (const auto& have : errors) seen = seen || have.field == e.field;
    if (!seen) errors.push_back(e);
  }
}

// References to other records must name ones that exist, the meeting one of the action's committee.
void check_action_links(GovernanceStore& store, const Action& action, FieldErrors& errors) {
  if (action.meeting_id) {
    const auto m = store.meeting(*action.meeting_id);
    if (!m || m->committee_id != action.committee_id)
      errors.push_back({"meeting_id", "No meeting " + std::to_string(*action.meeting_id) + " of this committee"});
  }
  if (action.owner_id && !store.person(*action.owner_id))
    errors.push_back({"owner_id", "No person with id " + std::to_string(*action.owner_id)});
}

void create_action(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!require_sign_in(principal, res)) return;
  if (!can_edit_governance(principal.role))
    return send_json_error(res, 403, "only the board secretariat can add actions");
  if (!require_csrf(req, principal, res)) return;
  const auto body = read_body(req, res);
  if (!body) return;
  Action action;
  action.raised_on = server.today();
  if (!read_record(*body, action, res)) return;

  auto& store = server.store().governance();
  FieldErrors errors;
  if (action.id != 0) errors.push_back({"id", "Leave out the id: POST creates a new action"});
  const auto committee = store.committee(action.committee_id);
  if (!committee) {
    errors.push_back({"committee_id", "No committee with id " + std::to_string(action.committee_id)});
    return send_field_errors(res, kInvalid, errors);
  }
  check_action_links(store, action, errors);
  const auto refs = governance::refs_of(store.actions());
  const std::string next = governance::next_ref(committee->action_prefix, refs);
  if (action.ref.empty()) action.ref = next;
  else if (std::find(refs.begin(), refs.end(), action.ref) != refs.end())
    errors.push_back({"ref", "Reference " + action.ref + " is already used; the next free one is " + next});
  add_missing(errors, governance::validate_action(action));
  if (!errors.empty()) return send_field_errors(res, kInvalid, errors);
  try {
    action.id = store.save_action(action, principal.actor());
  } catch (const std::runtime_error&) {
    // Another request took the reference between the check and the save; nothing was written.
    return send_field_errors(res, kInvalid, {{"ref", "Reference " + action.ref + " is already used"}});
  }
  res.set_header("Location", "/api/v1/actions/" + std::to_string(action.id));
  send_json(res, 201, action_api_json(action, server.today()));
}

// The secretariat and admins update any action; a member updates the actions they own.
bool may_update_action(const Principal& principal, const Action& action) {
  if (can_edit_governance(principal.role)) return true;
  return principal.role == Role::Member && principal.account && principal.account->person_id &&
         action.owner_id == principal.account->person_id;
}

void change_action_status(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!require_sign_in(principal, res)) return;
  auto& store = server.store().governance();
  const auto id = parse_id(req.matches[1]);
  const auto found = id ? store.action(*id) : std::nullopt;
  if (!found || !governance::action_visible(*found, principal.role)) return send_api_not_found(res);
  if (!may_update_action(principal, *found))
    return send_json_error(res, 403, "only the action's owner or the board secretariat can update this action");
  if (!require_csrf(req, principal, res)) return;
  const auto body = read_body(req, res);
  if (!body) return;

  FieldErrors errors;
  std::string status_text;
  governance::ActionChange change;
  optional_string(*body, "status", status_text, errors);
  optional_string(*body, "target", change.target, errors);
  optional_string(*body, "note", change.note, errors);
  if (!errors.empty()) return send_field_errors(res, 400, errors);
  if (const auto status = parse_enum<ActionStatus>(status_text)) change.status = *status;
  else return send_field_errors(res, kInvalid, {{"status", "Choose a status: " + enum_choices<ActionStatus>()}});
  change.on = server.today();
  change.by = principal.actor();
  if (principal.account->person_id)
    if (const auto person = store.person(*principal.account->person_id)) change.by = person->name;

  Action action = *found;
  errors = governance::apply_action_change(action, change, store.actions());
  if (errors.empty()) {
    // Named after the body's fields, which is what the caller can correct.
    errors = governance::validate_action(action);
    for (auto& e : errors) {
      if (e.field == "status_target") e.field = "target";
      if (e.field == "closed_on") e.field = "status";
    }
  }
  if (!errors.empty()) return send_field_errors(res, kInvalid, errors);
  store.save_action(action, principal.actor());
  send_json(res, 200, action_api_json(action, server.today()));
}

void create_interest(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!require_sign_in(principal, res)) return;
  const bool may_declare = can_edit_governance(principal.role) ||
                           (principal.role == Role::Member && principal.account->person_id.has_value());
  if (!may_declare) return send_json_error(res, 403, "only members and the board secretariat can declare interests");
  if (!require_csrf(req, principal, res)) return;
  const auto body = read_body(req, res);
  if (!body) return;
  Interest interest;
  interest.declared_on = server.today();
  // A member declaring for themselves may leave the person out.
  if (!can_edit_governance(principal.role)) interest.person_id = *principal.account->person_id;
  if (!read_record(*body, interest, res)) return;
  if (!may_manage_interests_of(principal, interest.person_id))
    return send_json_error(res, 403, "a member can declare only their own interests");

  auto& store = server.store().governance();
  FieldErrors errors;
  if (interest.id != 0) errors.push_back({"id", "Leave out the id: POST creates a new entry"});
  if (!store.person(interest.person_id))
    errors.push_back({"person_id", "No person with id " + std::to_string(interest.person_id)});
  add_missing(errors, governance::validate_interest(interest));
  if (!errors.empty()) return send_field_errors(res, kInvalid, errors);
  interest.id = store.save_interest(interest, principal.actor());
  res.set_header("Location", "/api/v1/interests/" + std::to_string(interest.id));
  send_json(res, 201, interest_api_json(interest, server.today()));
}

}  // namespace

void register_governance_api_write_routes(WebServer& server) {
  auto& http = server.http();
  http.Post("/api/v1/actions",
            [&server](const httplib::Request& req, httplib::Response& res) { create_action(server, req, res); });
  http.Post(R"(/api/v1/actions/([^/]+)/status)",
            [&server](const httplib::Request& req, httplib::Response& res) { change_action_status(server, req, res); });
  http.Post("/api/v1/interests",
            [&server](const httplib::Request& req, httplib::Response& res) { create_interest(server, req, res); });
}

}  // namespace ics::web
