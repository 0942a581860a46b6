// The integrated performance report pages: read the selection from the query string, fetch through
// performance/ipr_query, build the IPR and hand it to the page views.
#include <algorithm>

#include "core/errors.h"
#include "performance/ipr_query.h"
#include "web/auth.h"
#include "web/http_responses.h"
#include "web/ipr_page.h"
#include "web/metric_page.h"
#include "web/routes.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

// What the user picked: ?org=RX1&org=RK5 (checkboxes) or ?orgs=RX1,RK5, and ?month=2019-03.
struct Selection {
  std::vector<std::string> orgs;
  std::optional<Month> month;
};

Selection read_selection(const httplib::Request& req) {
  Selection s;
  for (size_t i = 0; i < req.get_param_value_count("org"); ++i)
    for (auto& code : performance::split_org_codes(req.get_param_value("org", i))) s.orgs.push_back(code);
  for (auto& code : performance::split_org_codes(query_param(req, "orgs"))) s.orgs.push_back(code);
  const std::string month = query_param(req, "month");
  if (!month.empty()) {
    s.month = parse_month(month);
    if (!s.month) throw InputError("month \"" + month + "\" is not a month (use YYYY-MM)");
  }
  return s;
}

void ipr_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  Store& store = server.store();
  Selection selection = read_selection(req);
  IprPageContext context;
  context.available_orgs = performance::organisations_with_data(store);
  if (context.available_orgs.empty()) {
    send_html(res, 200, server.page("Integrated performance report", "/", ipr_no_data_body(), identify(server, req)));
    return;
  }
  if (selection.orgs.empty()) selection.orgs = context.available_orgs;
  performance::require_known_organisations(store, selection.orgs);
  for (const auto& code : selection.orgs)
    if (std::find(context.available_orgs.begin(), context.available_orgs.end(), code) == context.available_orgs.end())
      context.available_orgs.push_back(code);
  context.available_months = performance::months_with_data(store, selection.orgs);
  if (context.available_months.empty()) throw InputError("the selected organisations have no data");
  const Month month = selection.month.value_or(context.available_months.front());
  context.org_names = performance::organisation_names(store);
  const performance::Ipr ipr = performance::load_ipr(store, {selection.orgs, month});
  send_html(res, 200, server.page("Integrated performance report", "/", ipr_page_body(ipr, context), identify(server, req)));
}

void metric_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  Store& store = server.store();
  const std::string id = req.matches[1];
  const auto metric = store.metric(id);
  if (!metric) {
    send_html(res, 404, error_page(server, 404, "Page not found", identify(server, req)));
    return;
  }
  Selection selection = read_selection(req);
  if (selection.orgs.empty()) {
    selection.orgs = performance::organisations_with_data(store);
  } else {
    performance::require_known_organisations(store, selection.orgs);
  }
  ObservationQuery query;
  query.metric_id = id;
  query.org_codes = selection.orgs;
  std::vector<Observation> observations;
  if (!selection.orgs.empty()) observations = store.observations(query);
  Month month = selection.month.value_or(Month{});
  if (!selection.month) {
    for (const auto& o : observations) month = std::max(month, o.month);
    if (observations.empty()) month = performance::latest_month_with_data(store, {}).value_or(Month{2000, 1});
  }
  const performance::Ipr ipr = performance::build_ipr({*metric}, observations, {selection.orgs, month});
  send_html(res, 200, server.page(metric->name, "/metrics",
                                  metric_page_body(*metric, ipr, performance::organisation_names(store)),
                                  identify(server, req)));
}

}  // namespace

void register_performance_routes(WebServer& server) {
  server.add_nav_item({"Performance report", "/"});
  server.add_nav_item({"Metrics", "/metrics"});
  auto& http = server.http();
  http.Get("/", [&server](const httplib::Request& req, httplib::Response& res) { ipr_page(server, req, res); });
  http.Get("/metrics", [&server](const httplib::Request& req, httplib::Response& res) {
    send_html(res, 200, server.page("Metrics", "/metrics", metrics_index_body(performance::in_board_order(server.store().metrics())),
                                    identify(server, req)));
  });
  http.Get(R"(/metrics/([^/]+))",
           [&server](const httplib::Request& req, httplib::Response& res) { metric_page(server, req, res); });
}

}  // namespace ics::web
