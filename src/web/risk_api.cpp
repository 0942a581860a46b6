// The risk JSON API, version 1:
//   GET  /api/v1/risks?level=&grade=&objective=&category=   the risks the caller may see, as the register
//   GET  /api/v1/risks/{id}
//   GET  /api/v1/objectives
//   POST /api/v1/risks/{id}/reviews   {"date", "likelihood", "consequence", "note", "review_date"}
// Lists are {"items": [...], "count": n}. A confidential risk is left out of every answer for the public
// and analysts, and answers 404 {"error": "not found"} by id exactly like a missing one. A bad filter
// value answers 400 {"error": ...}. Writes, in order: 401 without credentials; 404 for a risk the
// caller may not see; 403 without the right (secretariat, admin) or, for cookie callers, without the
// X-CSRF-Token header; 400 {"errors": {"field": "message"}} for a body that is not JSON or has a wrongly
// typed field; 422 {"errors": ...} for a review the rules refuse, with nothing saved; 201 with the risk
// when the review is saved.
#include "web/risk_api.h"

#include "assurance/risk_escalation.h"
#include "assurance/risk_scoring.h"
#include "assurance/risk_visibility.h"
#include "domain/assurance_json.h"
#include "web/governance_api.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "assurance/risk_review.h"
#include "web/risk_view_helpers.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

using nlohmann::json;

template <class T, class Format>
json list_json(const std::vector<T>& items, Format format) {
  json list = json::array();
  for (const auto& item : items) list.push_back(format(item));
  return json{{"items", std::move(list)}, {"count", items.size()}};
}

void risks(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  auto& store = server.store().assurance();
  const auto seen = visible_risks(server, principal.role);
  std::string problem;
  const auto filter = read_risk_filter(req, store.objectives(), risk_categories(seen), problem);
  if (!filter) return send_json_error(res, 400, problem);
  const EscalationRules rules = store.escalation_rules();
  const Date today = server.today();
  std::vector<Risk> shown;
  for (const auto& risk : seen)
    if (risk_matches(risk, *filter, rules, today)) shown.push_back(risk);
  send_json(res, 200, list_json(shown, [&](const Risk& r) { return risk_api_json(r, rules, today); }));
}

void risk(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const auto found = visible_risk(server, req.matches[1], principal.role);
  if (!found) return send_api_not_found(res);
  send_json(res, 200, risk_api_json(*found, server.store().assurance().escalation_rules(), server.today()));
}

void objectives(WebServer& server, const httplib::Request&, httplib::Response& res) {
  send_json(res, 200, list_json(server.store().assurance().objectives(), [](const auto& o) { return json(o); }));
}

// A date member: absent or null leaves `out` as it is; anything but "YYYY-MM-DD" is an error.
void read_date_member(const json& body, const std::string& key, std::optional<Date>& out, FieldErrors& errors) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return;
  const std::string text = it->is_string() ? it->get<std::string>() : "";
  const auto date = text.size() == 10 ? parse_date(text) : std::nullopt;
  if (!date) errors.push_back({key, "expected a date as \"YYYY-MM-DD\""});
  else out = date;
}

void read_scale_member(const json& body, const std::string& key, std::optional<long long>& out, FieldErrors& errors) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return;
  if (!it->is_number_integer()) errors.push_back({key, "expected a whole number from 1 to 5"});
  else out = it->get<long long>();
}

void add_review(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!principal.account) {
    res.set_header("WWW-Authenticate", "Bearer");
    return send_json_error(res, 401, "sign in first: POST /api/v1/login, or send Authorization: Bearer TOKEN");
  }
  const auto found = visible_risk(server, req.matches[1], principal.role);
  if (!found) return send_api_not_found(res);
  if (!can_edit_governance(principal.role))
    return send_json_error(res, 403, "only the board secretariat can record risk reviews");
  if (!csrf_ok(req, principal)) return send_json_error(res, 403, "missing or wrong X-CSRF-Token header");
  const json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object())
    return send_field_errors(res, 400, {{"body", "send a JSON object (Content-Type: application/json)"}});

  FieldErrors errors;
  assurance::RiskReview review;
  review.date = server.today();
  read_date_member(body, "date", review.date, errors);
  read_scale_member(body, "likelihood", review.likelihood, errors);
  read_scale_member(body, "consequence", review.consequence, errors);
  if (const auto it = body.find("note"); it != body.end() && !it->is_null()) {
    if (it->is_string()) review.note = it->get<std::string>();
    else errors.push_back({"note", "expected a string"});
  }
  read_date_member(body, "review_date", review.review_date, errors);
  if (!errors.empty()) return send_field_errors(res, 400, errors);

  Risk risk = *found;
  errors = assurance::apply_risk_review(risk, review, server.today(), reviewer_name(server, principal));
  if (!errors.empty()) return send_field_errors(res, 422, errors);  // well-formed but refused, as the governance API
  auto& store = server.store().assurance();
  store.save_risks({risk}, principal.actor());
  res.set_header("Location", "/api/v1/risks/" + std::to_string(risk.id));
  send_json(res, 201, risk_api_json(risk, store.escalation_rules(), server.today()));
}

}  // namespace

std::vector<Risk> visible_risks(WebServer& server, Role role) {
  std::vector<Risk> out = server.store().assurance().risks();
  std::erase_if(out, [role](const Risk& r) { return !assurance::risk_visible(r, role); });
  return out;
}

std::optional<Risk> visible_risk(WebServer& server, const std::string& id_text, Role role) {
  const auto id = parse_id(id_text);
  auto found = id ? server.store().assurance().risk(*id) : std::nullopt;
  if (!found || !assurance::risk_visible(*found, role)) return std::nullopt;
  return found;
}

std::string reviewer_name(WebServer& server, const Principal& principal) {
  if (principal.account && principal.account->person_id)
    if (const auto person = server.store().governance().person(*principal.account->person_id)) return person->name;
  return principal.actor();
}

json risk_api_json(const Risk& risk, const EscalationRules& rules, Date today) {
  json j = risk;
  const auto current = assurance::score_on(risk, today);
  j["score"] = current ? json(current->rating.score()) : json(nullptr);
  j["grade"] = current ? json(std::string(enum_name(assurance::grade_of(current->rating)))) : json(nullptr);
  j["review_overdue"] = risk.status == RiskStatus::Open && risk.review_date && *risk.review_date < today;
  const auto escalation = assurance::escalation_on(risk, rules, today);
  j["escalation"] = {{"held_at", std::string(enum_name(escalation.held_at))},
                     {"seen_at", std::string(enum_name(escalation.seen_at))},
                     {"escalated", escalation.escalated()},
                     {"reason", escalation.reason}};
  return j;
}

void register_risk_api_routes(WebServer& server) {
  auto& http = server.http();
  http.Get("/api/v1/risks",
           [&server](const httplib::Request& req, httplib::Response& res) { risks(server, req, res); });
  http.Get(R"(/api/v1/risks/([^/]+))",
           [&server](const httplib::Request& req, httplib::Response& res) { risk(server, req, res); });
  http.Get("/api/v1/objectives",
           [&server](const httplib::Request& req, httplib::Response& res) { objectives(server, req, res); });
  http.Post(R"(/api/v1/risks/([^/]+)/reviews)",
            [&server](const httplib::Request& req, httplib::Response& res) { add_review(server, req, res); });
}

}  // namespace ics::web
