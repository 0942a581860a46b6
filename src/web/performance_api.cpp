// The performance JSON API, version 1:
//   GET /api/v1/metrics                     the catalogue
//   GET /api/v1/metrics/{id}                one metric
//   GET /api/v1/metrics/{id}/spc?org=ODS    the metric's SPC for one organisation [&month=YYYY-MM: up to it]
// Errors are {"error": "..."}: 404 for an unknown metric or organisation, 400 for a bad parameter.
#include <cmath>

#include "core/errors.h"
#include "performance/ipr_query.h"
#include "web/http_responses.h"
#include "web/routes.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

using nlohmann::json;

json number_or_null(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }
json optional_or_null(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json metric_json(const Metric& m) {
  const std::string self = "/api/v1/metrics/" + url_encode(m.id);
  return json{{"id", m.id},
              {"name", m.name},
              {"service_area", m.service_area},
              {"unit", to_string(m.unit)},
              {"improvement", to_string(m.improvement)},
              {"standard", optional_or_null(m.standard)},
              {"source", m.source},
              {"links", {{"self", self}, {"spc", self + "/spc?org={org}"}, {"page", "/metrics/" + url_encode(m.id)}}}};
}

// ODS codes are short and alphanumeric; anything else is a malformed parameter, not an unknown organisation.
bool looks_like_ods_code(const std::string& code) {
  if (code.empty() || code.size() > 12) return false;
  for (char c : code)
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  return true;
}

json line_json(const performance::IprLine& line) {
  json points = json::array();
  for (const auto& p : line.points) {
    points.push_back({{"date", p.month.first_day().to_string()},
                      {"month", p.month.to_string()},
                      {"value", p.value},
                      {"mean", number_or_null(p.mean)},
                      {"lpl", number_or_null(p.lpl)},
                      {"upl", number_or_null(p.upl)},
                      {"special_cause", spc::label(p.special_cause)},
                      {"point_type", spc::label(p.point_type)}});
  }
  const std::string_view assurance = spc::label(line.assurance);
  return json{{"latest", {{"month", line.month.to_string()}, {"value", line.value}}},
              {"met", line.met ? json(*line.met) : json(nullptr)},
              {"variation", spc::label(line.variation)},
              {"assurance", assurance.empty() ? json(nullptr) : json(assurance)},
              {"points", points},
              {"warnings", line.warnings}};
}

void metric_spc(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  Store& store = server.store();
  const std::string id = req.matches[1];
  const auto metric = store.metric(id);
  if (!metric) return send_json_error(res, 404, "unknown metric \"" + id + "\"");
  const std::string org = query_param(req, "org");
  if (org.empty()) return send_json_error(res, 400, "the org parameter is required (an ODS code, e.g. org=RX1)");
  if (!looks_like_ods_code(org)) return send_json_error(res, 400, "org \"" + org + "\" is not an ODS code");
  std::optional<Month> month;
  if (const std::string text = query_param(req, "month"); !text.empty()) {
    month = parse_month(text);
    if (!month) return send_json_error(res, 400, "month \"" + text + "\" is not a month (use YYYY-MM)");
  }
  try {
    performance::require_known_organisations(store, {org});
  } catch (const InputError&) {
    return send_json_error(res, 404, "unknown organisation \"" + org + "\"");
  }
  ObservationQuery query;
  query.metric_id = id;
  query.org_codes = {org};
  query.to = month;
  const std::vector<Observation> observations = store.observations(query);
  if (observations.empty())
    return send_json_error(res, 404, "no data for metric \"" + id + "\" and organisation \"" + org + "\"");
  const Month last = month.value_or(observations.back().month);
  const performance::Ipr ipr = performance::build_ipr({*metric}, observations, {{org}, last});
  json body = line_json(ipr.metrics.front().lines.front());
  body["metric"] = metric_json(*metric);
  body["org"] = org;
  body["target"] = optional_or_null(metric->standard);
  send_json(res, 200, body);
}

}  // namespace

void register_performance_api_routes(WebServer& server) {
  auto& http = server.http();
  http.Get("/api/v1/metrics", [&server](const httplib::Request&, httplib::Response& res) {
    json list = json::array();
    for (const auto& m : performance::in_board_order(server.store().metrics())) list.push_back(metric_json(m));
    send_json(res, 200, json{{"metrics", list}});
  });
  http.Get(R"(/api/v1/metrics/([^/]+))", [&server](const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches[1];
    const auto metric = server.store().metric(id);
    if (!metric) return send_json_error(res, 404, "unknown metric \"" + id + "\"");
    send_json(res, 200, metric_json(*metric));
  });
  http.Get(R"(/api/v1/metrics/([^/]+)/spc)",
           [&server](const httplib::Request& req, httplib::Response& res) { metric_spc(server, req, res); });
}

}  // namespace ics::web
