// The population health JSON API: GET /api/v1/phm/summary, /segments, /inequalities, /value, /risk, each a
// part of phm::analysis_json (disclosure control applied: suppressed counts, and what derives from them,
// are null) with the analysis date; and /api/v1/phm/case-finding[?pcn=CODE], the patient-identifiable
// list for a PCN the account has patient-level access to (without ?pcn: the PCNs it may open).
// The public gets 401; no population loaded gets 404 {"error": ...}.
#include "phm/risk_features.h"
#include "web/auth.h"
#include "web/http_responses.h"
#include "web/phm_access.h"
#include "web/phm_service.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

using nlohmann::json;

// The analysed population, or nullptr after answering 404 (none loaded) or 500 (unreadable).
std::shared_ptr<const PhmPopulation> population_for_api(WebServer& server, httplib::Response& res) {
  const PhmState state = server.phm().state();
  if (state.kind == PhmState::Kind::Ready) return state.ready;
  if (state.kind == PhmState::Kind::NotLoaded)
    send_json_error(res, 404, "no population has been loaded (load one with `ics phm import`)");
  else
    send_json_error(res, 500, "the population snapshot could not be analysed: " + state.problem);
  return nullptr;
}

// What every aggregate answer starts with: the analysis date, the extract and the disclosure rule.
json envelope(const PhmPopulation& population) {
  const json& doc = population.json();
  return {{"at", doc["at"]},
          {"today", population.today.to_string()},
          {"extract", doc["extract"]},
          {"disclosure_control", doc["disclosure_control"]}};
}

using PartOf = json (*)(const PhmPopulation&);

void add_aggregate(WebServer& server, const std::string& path, const std::string& key, PartOf part) {
  server.http().Get(path, [&server, key, part](const httplib::Request& req, httplib::Response& res) {
    const Principal principal = identify(server, req);
    if (!allow_phm_api(res, principal)) return;
    const auto population = population_for_api(server, res);
    if (!population) return;
    json body = envelope(*population);
    body[key] = part(*population);
    send_json(res, 200, body);
  });
}

json summary_part(const PhmPopulation& p) {
  const json& doc = p.json();
  const auto& g = p.population.geography;
  return {{"persons", doc["persons"]},
          {"practices", g.practice_codes.size()},
          {"pcns", g.pcn_codes},
          {"places", g.place_codes},
          {"segments", doc["segments"]["ics"]},
          {"risk_tiers", doc["risk_model"]["tiers"]},
          {"total_opportunity_pence", doc["value_opportunities"]["total_opportunity_pence"]}};
}
json segments_part(const PhmPopulation& p) { return p.json()["segments"]; }
json inequalities_part(const PhmPopulation& p) { return p.json()["inequalities"]; }
json value_part(const PhmPopulation& p) { return p.json()["value_opportunities"]; }
json risk_part(const PhmPopulation& p) { return p.json()["risk_model"]; }

json case_finding_json(const PhmPopulation& population, const std::string& pcn,
                       const std::vector<phm::CaseFindingEntry>& entries) {
  json persons = json::array();
  for (const auto& e : entries) {
    json factors = json::array();
    for (const auto& f : e.factors)
      factors.push_back({{"feature", phm::kRiskFeatureNames[static_cast<size_t>(f.feature)]},
                         {"label", phm::kRiskFeatureLabels[static_cast<size_t>(f.feature)]},
                         {"contribution", f.contribution}});
    persons.push_back({{"person_id", e.person_id},
                       {"practice", e.practice},
                       {"pcn", e.pcn},
                       {"age", e.age},
                       {"sex", enum_name(e.sex)},
                       {"probability", e.probability},
                       {"tier", phm::risk_tier_label(e.tier)},
                       {"long_term_conditions", e.long_term_conditions},
                       {"emergency_admissions_last_year", e.emergency_admissions_last_year},
                       {"contributing_factors", std::move(factors)}});
  }
  return {{"classification", "OFFICIAL-SENSITIVE: PATIENT IDENTIFIABLE"},
          {"at", population.analysis.at.to_string()},
          {"pcn", pcn},
          {"persons", std::move(persons)}};
}

void case_finding(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_phm_api(res, principal)) return;
  const auto population = population_for_api(server, res);
  if (!population) return;
  const std::string pcn = query_param(req, "pcn");
  if (pcn.empty()) return send_json(res, 200, {{"pcns", openable_pcns(server, principal, population->population)}});
  if (!may_open_pcn(server, principal, pcn))
    return send_json_error(res, 403, "the case-finding list of " + pcn + " needs patient-level access for that PCN");
  const auto index = pcn_index(population->population, pcn);
  if (!index) return send_json_error(res, 404, "not found");
  const auto entries = phm::case_finding_list(population->population, population->analysis.facts_at,
                                              population->analysis.risk, {*index});
  send_json(res, 200, case_finding_json(*population, pcn, entries));
}

}  // namespace

void register_phm_api_routes(WebServer& server) {
  add_aggregate(server, "/api/v1/phm/summary", "summary", summary_part);
  add_aggregate(server, "/api/v1/phm/segments", "segments", segments_part);
  add_aggregate(server, "/api/v1/phm/inequalities", "inequalities", inequalities_part);
  add_aggregate(server, "/api/v1/phm/value", "value_opportunities", value_part);
  add_aggregate(server, "/api/v1/phm/risk", "risk_model", risk_part);
  server.http().Get("/api/v1/phm/case-finding",
                    [&server](const httplib::Request& req, httplib::Response& res) { case_finding(server, req, res); });
}

}  // namespace ics::web
