// The delivery JSON API (web/delivery_api.h). Records come in their assurance_json.h form with what
// the pages show beside them: the overseeing group's name, the rating movement, KPI counts, off-track
// reasons and overdue products, each worked out by the assurance engines.
#include "web/delivery_api.h"

#include <limits>
#include <nlohmann/json.hpp>

#include "assurance/brag.h"
#include "assurance/programme_schedule.h"
#include "core/money.h"
#include "domain/assurance_json.h"
#include "web/delivery_queries.h"
#include "web/governance_api.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

using nlohmann::json;

json month_or_null(const std::optional<Month>& month) { return month ? json(month->to_string()) : json(nullptr); }

std::string movement_name(assurance::BragMovement movement) {
  switch (movement) {
    case assurance::BragMovement::Improved: return "improved";
    case assurance::BragMovement::Deteriorated: return "deteriorated";
    case assurance::BragMovement::Unchanged: return "unchanged";
    case assurance::BragMovement::New: return "new";
    case assurance::BragMovement::Superseded: return "superseded";
  }
  return "";
}

json rating_or_null(const std::optional<StocktakeRating>& rating) {
  return rating ? json(std::string(enum_name(rating->rating))) : json(nullptr);
}

json summary_row_json(const assurance::PriorityRow& row, const std::vector<Committee>& committees) {
  const Priority& p = *row.priority;
  return json{{"id", p.id},
              {"ref", p.ref},
              {"type", std::string(enum_name(p.type))},
              {"description", p.description},
              {"overseeing_committee_id", p.overseeing_committee_id},
              {"overseeing_group", committee_name(committees, p.overseeing_committee_id)},
              {"rating", rating_or_null(row.current)},
              {"progress", row.current ? json(row.current->progress) : json(nullptr)},
              {"previous_rating", rating_or_null(row.previous)},
              {"movement", movement_name(row.movement)},
              {"superseded_by", p.superseded_by}};
}

void deliverables(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const std::vector<Priority> priorities = server.store().assurance().priorities();
  const auto months = assurance::stocktakes(priorities);
  const DeliverablesQuery query = read_deliverables_query(req, months);
  if (!query.error.empty()) return send_json_error(res, 400, query.error);
  json stocktakes = json::array();
  for (const Month m : months) stocktakes.push_back(m.to_string());
  json body{{"stocktake", month_or_null(query.stocktake)},
            {"previous_stocktake", nullptr},
            {"stocktakes", std::move(stocktakes)},
            {"counts", json::object()},
            {"improved", 0},
            {"deteriorated", 0},
            {"items", json::array()},
            {"count", 0}};
  for (const auto& [rating, letter] : EnumNames<Brag>::values) body["counts"][std::string(letter)] = 0;
  if (query.stocktake) {
    const auto summary = filter_summary(assurance::brag_summary(priorities, *query.stocktake), query.filter);
    const auto committees = server.store().governance().committees();
    body["previous_stocktake"] = month_or_null(summary.previous_stocktake);
    for (const auto& [rating, letter] : EnumNames<Brag>::values)
      body["counts"][std::string(letter)] = summary.counts[static_cast<size_t>(assurance::brag_rank(rating))];
    body["improved"] = summary.improved;
    body["deteriorated"] = summary.deteriorated;
    for (const auto& row : summary.rows) body["items"].push_back(summary_row_json(row, committees));
    body["count"] = summary.rows.size();
  }
  send_json(res, 200, body);
}

void deliverable(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const auto id = parse_id(req.matches[1]);
  const auto found = id ? server.store().assurance().priority(*id) : std::nullopt;
  if (!found) return send_api_not_found(res);
  json body = *found;
  body["overseeing_group"] = committee_name(server.store().governance().committees(), found->overseeing_committee_id);
  send_json(res, 200, body);
}

// The programme's record with "kpis" (the number of linked metrics), "off_track" (the reasons, empty
// when on track) and each product's "overdue".
json programme_api_json(const Programme& programme, Date today) {
  json j = programme;
  j["kpis"] = programme.metric_ids.size();
  j["off_track"] = assurance::off_track_reasons(programme, today);
  const std::vector<Programme> one{programme};
  const Date earliest{std::numeric_limits<int32_t>::min()}, latest{std::numeric_limits<int32_t>::max()};
  for (const auto& s : assurance::product_schedule(one, earliest, latest, today))
    j["products"][static_cast<size_t>(s.product - one.front().products.data())]["overdue"] = s.overdue;
  return j;
}

void programmes(WebServer& server, const httplib::Request&, httplib::Response& res) {
  const Date today = server.today();
  json items = json::array();
  Pence total = 0;
  const auto all = server.store().assurance().programmes();
  for (const auto& p : all) {
    items.push_back(programme_api_json(p, today));
    total += p.funding_pence;
  }
  send_json(res, 200, json{{"items", std::move(items)}, {"count", all.size()}, {"total_funding_pence", total}});
}

void programme(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const auto id = parse_id(req.matches[1]);
  const auto found = id ? server.store().assurance().programme(*id) : std::nullopt;
  if (!found) return send_api_not_found(res);
  send_json(res, 200, programme_api_json(*found, server.today()));
}

}  // namespace

void register_delivery_api_routes(WebServer& server) {
  add_page_route(server, Method::Get, "/api/v1/deliverables", deliverables);
  add_page_route(server, Method::Get, R"(/api/v1/deliverables/([^/]+))", deliverable);
  add_page_route(server, Method::Get, "/api/v1/programmes", programmes);
  add_page_route(server, Method::Get, R"(/api/v1/programmes/([^/]+))", programme);
}

}  // namespace ics::web
