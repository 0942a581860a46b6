// The system finance report: the page /finance?month=YYYY-MM and the JSON API /api/v1/finance?month=YYYY-MM.
// Both read the month from the query string (default: the latest month with an actual in the newest
// ledger year), load it through web/finance_query and hand the engines' results to the views. Board
// papers are published, so both are open to the public.
#include <optional>

#include "core/errors.h"
#include "performance/ipr_query.h"
#include "web/auth.h"
#include "web/finance_json.h"
#include "web/finance_page.h"
#include "web/finance_query.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/routes.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

constexpr const char* kPageHref = "/finance";

// The ?month= value, or nullopt when absent. Throws InputError for anything that is not YYYY-MM.
std::optional<Month> requested_month(const httplib::Request& req) {
  const std::string text = query_param(req, "month");
  if (text.empty()) return std::nullopt;
  const auto month = parse_month(text);
  if (!month) throw InputError("month \"" + text + "\" is not a month (use YYYY-MM)");
  return month;
}

void finance_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const std::optional<Month> requested = requested_month(req);
  FinanceStore& finance = server.store().finance();
  FinancePageContext context;
  context.months = finance_months(finance);
  const std::optional<Month> month = requested ? requested : default_finance_month(finance);
  if (!month) return send_page(server, res, 200, "System finance report", kPageHref, finance_no_data_body(), principal);
  context.org_names = performance::organisation_names(server.store());
  const std::optional<FinanceMonth> data = load_finance_month(finance, *month);
  if (!data)
    return send_page(server, res, 200, finance_page_title(*month), kPageHref, finance_no_return_body(*month, context),
                     principal);
  send_page(server, res, 200, finance_page_title(*month), kPageHref, finance_page_body(*data, context), principal);
}

void finance_api(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  std::optional<Month> month;
  try {
    month = requested_month(req);
  } catch (const InputError& e) {
    return send_json_error(res, 400, e.what());
  }
  FinanceStore& finance = server.store().finance();
  if (!month) month = default_finance_month(finance);
  if (!month) return send_json_error(res, 404, "no finance ledger is held");
  const std::optional<FinanceMonth> data = load_finance_month(finance, *month);
  if (!data) return send_json_error(res, 404, "no finance return is held for " + month->to_string());
  send_json(res, 200, finance_month_json(*data, performance::organisation_names(server.store())));
}

}  // namespace

void register_finance_routes(WebServer& server) {
  add_page_route(server, Method::Get, kPageHref, finance_page);
  add_page_route(server, Method::Get, "/api/v1/finance", finance_api);
}

}  // namespace ics::web
