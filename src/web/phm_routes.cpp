// Population health pages: /phm (overview), /phm/segments, /phm/inequalities, /phm/value, /phm/risk and
// /phm/case-finding[?pcn=CODE]; and, through register_phm_api_routes, the JSON API. Every page needs a
// signed-in account (the public is sent to sign in); the case-finding list of a PCN also needs
// patient-level access for that PCN, else 403. Without a population every page says how to load one.
#include <algorithm>

#include "phm/risk_model.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/phm_access.h"
#include "web/phm_pages.h"
#include "web/phm_service.h"
#include "web/phm_view.h"
#include "web/routes.h"

namespace ics::web {
namespace {

const std::string kNav = "/phm";

// The analysed population for a page, or nullptr after answering with the page that says why there is none.
std::shared_ptr<const PhmPopulation> population_for_page(WebServer& server, httplib::Response& res,
                                                         const std::string& title, const Principal& principal) {
  const PhmState state = server.phm().state();
  if (state.kind == PhmState::Kind::Ready) return state.ready;
  if (state.kind == PhmState::Kind::NotLoaded)
    send_page(server, res, 200, title, kNav, no_population_body(server.phm().snapshot_path()), principal);
  else
    send_page(server, res, 500, title, kNav, failed_population_body(server.phm().snapshot_path(), state.problem),
              principal);
  return nullptr;
}

using BodyOf = std::string (*)(const PhmPopulation&);

// A handler for an aggregate page: sign-in gate, population, body.
PageHandler aggregate_page(const std::string& title, BodyOf body) {
  return [title, body](WebServer& server, const httplib::Request& req, httplib::Response& res) {
    const Principal principal = identify(server, req);
    if (!allow_phm_page(req, res, principal)) return;
    const auto population = population_for_page(server, res, title, principal);
    if (!population) return;
    send_page(server, res, 200, title, kNav, body(*population), principal);
  };
}

void case_finding_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_phm_page(req, res, principal)) return;
  const auto population = population_for_page(server, res, "Case-finding", principal);
  if (!population) return;
  const std::string pcn = query_param(req, "pcn");
  if (pcn.empty())
    return send_page(server, res, 200, "Case-finding", kNav,
                     phm_case_finding_index_body(*population, openable_pcns(server, principal, population->population)),
                     principal);
  if (!may_open_pcn(server, principal, pcn))
    return send_page(server, res, 403, "Patient-level access needed", kNav, phm_case_finding_forbidden_body(pcn),
                     principal);
  const auto index = pcn_index(population->population, pcn);
  if (!index) return send_not_found(server, req, res);
  const auto entries = phm::case_finding_list(population->population, population->analysis.facts_at,
                                              population->analysis.risk, {*index});
  send_page(server, res, 200, "Case-finding: " + pcn, kNav, phm_case_finding_body(*population, pcn, entries), principal);
}

}  // namespace

bool allow_phm_page(const httplib::Request& req, httplib::Response& res, const Principal& principal) {
  if (principal.account) return true;
  std::string next = req.path;
  char separator = '?';
  for (const auto& [name, value] : req.params) {
    next += separator + url_encode(name) + "=" + url_encode(value);
    separator = '&';
  }
  redirect_see_other(res, "/sign-in?next=" + url_encode(next));
  return false;
}

bool allow_phm_api(httplib::Response& res, const Principal& principal) {
  if (principal.account) return true;
  send_json_error(res, 401, "sign in first: POST /api/v1/login, or send Authorization: Bearer TOKEN");
  return false;
}

bool may_open_pcn(WebServer& server, const Principal& principal, const std::string& pcn) {
  if (!principal.account) return false;
  const auto granted = server.store().accounts().patient_level_pcns(principal.account->id);
  return std::find(granted.begin(), granted.end(), pcn) != granted.end();
}

std::vector<std::string> openable_pcns(WebServer& server, const Principal& principal, const phm::Population& population) {
  if (!principal.account) return {};
  std::vector<std::string> out;
  for (const auto& pcn : server.store().accounts().patient_level_pcns(principal.account->id))
    if (pcn_index(population, pcn)) out.push_back(pcn);
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<uint16_t> pcn_index(const phm::Population& population, const std::string& pcn) {
  const auto& codes = population.geography.pcn_codes;
  const auto it = std::find(codes.begin(), codes.end(), pcn);
  if (it == codes.end()) return std::nullopt;
  return static_cast<uint16_t>(it - codes.begin());
}

void register_phm_page_routes(WebServer& server) {
  add_page_route(server, Method::Get, "/phm", aggregate_page("Population health", phm_overview_body));
  add_page_route(server, Method::Get, "/phm/segments", aggregate_page("Segments", phm_segments_body));
  add_page_route(server, Method::Get, "/phm/inequalities", aggregate_page("Inequalities", phm_inequalities_body));
  add_page_route(server, Method::Get, "/phm/value", aggregate_page("Value opportunities", phm_value_body));
  add_page_route(server, Method::Get, "/phm/risk", aggregate_page("Risk model", phm_risk_body));
  add_page_route(server, Method::Get, "/phm/case-finding", case_finding_page);
}

void register_phm_routes(WebServer& server) {
  register_phm_page_routes(server);
  register_phm_api_routes(server);
  // The nav item is added in routes.cpp, after the other modules' items.
}

}  // namespace ics::web
