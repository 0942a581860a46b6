// Risk pages: the board's view of the System Assurance Framework (/risks), one risk (/risks/{id}), the
// secretariat's review form (/risks/{id}/review) and escalation thresholds (/risks/escalation); and,
// through register_risk_api_routes, the JSON API. Every handler identifies the caller first and drops
// the confidential risks it may not see (assurance/risk_visibility.h) before anything is counted or
// formatted, so a hidden risk is missing from the summary, the heat map and the register alike, and its
// page answers exactly like a missing one. Every POST checks the caller's right and CSRF token,
// validates every field, saves nothing when any is wrong (400 with errors beside the fields) and
// answers 303 when it saved.
#include "assurance/risk_escalation.h"
#include "report/html_escape.h"
#include "web/auth.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/meeting_forms.h"
#include "web/risk_api.h"
#include "web/risk_forms.h"
#include "web/risk_page.h"
#include "web/risk_register_page.h"
#include "assurance/risk_review.h"
#include "web/routes.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

using report::html_escape;

const std::string kNav = "/risks";

void send_bad_filter(WebServer& server, httplib::Response& res, const std::string& problem,
                     const Principal& principal) {
  send_page(server, res, 400, "Error: Risks", kNav,
            "<h1>There is a problem</h1><p>" + html_escape(problem) +
                "</p><p><a href=\"/risks\">Show the whole register</a></p>",
            principal);
}

void risks_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  auto& store = server.store().assurance();
  RiskRegisterData data;
  data.risks = visible_risks(server, principal.role);
  data.objectives = store.objectives();
  data.rules = store.escalation_rules();
  data.today = server.today();
  data.can_edit = can_edit_governance(principal.role);
  const std::string map = query_param(req, "map");
  if (map != "" && map != "current" && map != "target")
    return send_bad_filter(server, res, "Map \"" + map + "\" is not one of: current, target", principal);
  data.target_map = map == "target";
  std::string problem;
  const auto filter = read_risk_filter(req, data.objectives, risk_categories(data.risks), problem);
  if (!filter) return send_bad_filter(server, res, problem, principal);
  data.filter = *filter;
  send_page(server, res, 200, "Risks", kNav, risk_register_body(data), principal);
}

void risk_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const auto risk = visible_risk(server, req.matches[1], principal.role);
  if (!risk) return send_not_found(server, req, res);
  auto& store = server.store().assurance();
  RiskDetailData data;
  data.risk = *risk;
  if (risk->objective_id) data.objective = store.objective(*risk->objective_id);
  data.rules = store.escalation_rules();
  data.today = server.today();
  data.can_review = can_edit_governance(principal.role);
  send_page(server, res, 200, risk->ref + ": " + risk->title, kNav, risk_detail_body(data), principal);
}

void review_form_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_form_page(server, req, res, principal)) return;
  const auto risk = visible_risk(server, req.matches[1], principal.role);
  if (!risk) return send_not_found(server, req, res);
  send_page(server, res, 200, "Record a review: " + risk->ref, kNav,
            risk_review_form_body(*risk, RiskReviewFormValues::initial(*risk, server.today()), {}, principal),
            principal);
}

void save_review(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_write(server, req, res, principal)) return;
  const auto found = visible_risk(server, req.matches[1], principal.role);
  if (!found) return send_not_found(server, req, res);
  FieldErrors errors;
  const assurance::RiskReview review = read_risk_review_form(req, errors);
  // Malformed values were named by the reader; the review's own checks name what is missing or wrong.
  Risk reviewed = *found;
  merge_errors(errors, assurance::apply_risk_review(reviewed, review, server.today(), reviewer_name(server, principal)));
  if (!errors.empty())
    return send_page(server, res, 400, "Error: Record a review: " + found->ref, kNav,
                     risk_review_form_body(*found, RiskReviewFormValues::submitted(req), errors, principal),
                     principal);
  server.store().assurance().save_risks({reviewed}, principal.actor());
  redirect_see_other(res, risk_path(reviewed.id));
}

void escalation_form_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_form_page(server, req, res, principal)) return;
  const auto rules = server.store().assurance().escalation_rules();
  send_page(server, res, 200, "Escalation thresholds", kNav,
            escalation_form_body(EscalationFormValues::of(rules), {}, principal), principal);
}

void save_escalation_rules(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_write(server, req, res, principal)) return;
  FieldErrors errors;
  const EscalationRules rules = read_escalation_form(req, errors);
  if (errors.empty()) errors = assurance::escalation_rules_errors(rules);
  if (!errors.empty())
    return send_page(server, res, 400, "Error: Escalation thresholds", kNav,
                     escalation_form_body(EscalationFormValues::submitted(req), errors, principal), principal);
  server.store().assurance().save_escalation_rules(rules, principal.actor());
  redirect_see_other(res, "/risks");
}

}  // namespace

void register_risk_routes(WebServer& server) {
  add_page_route(server, Method::Get, "/risks", risks_page);
  add_page_route(server, Method::Get, "/risks/escalation", escalation_form_page);
  add_page_route(server, Method::Post, "/risks/escalation", save_escalation_rules);
  add_page_route(server, Method::Get, R"(/risks/(\d+))", risk_page);
  add_page_route(server, Method::Get, R"(/risks/(\d+)/review)", review_form_page);
  add_page_route(server, Method::Post, R"(/risks/(\d+)/review)", save_review);
  register_risk_api_routes(server);
}

}  // namespace ics::web
