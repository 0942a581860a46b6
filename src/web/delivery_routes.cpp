// Delivery pages: plan and MOU deliverables and transformation programmes. Board papers are published,
// so every page is public; the rating and outcome forms are for editors (can_edit_governance): the
// public is sent to sign in, other roles get 403, and every POST checks the CSRF token, validates every
// field with the assurance engines, saves nothing when any is wrong (400 with errors beside the
// fields) and answers 303 when it saved. A malformed or unknown query value answers a 400 page.
#include <algorithm>
#include <charconv>
#include <limits>

#include "assurance/brag.h"
#include "assurance/programme_schedule.h"
#include "web/auth.h"
#include "web/delivery_api.h"
#include "web/delivery_pages.h"
#include "web/delivery_queries.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/meeting_forms.h"
#include "web/routes.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

void send_bad_request(WebServer& server, httplib::Response& res, const std::string& message,
                      const Principal& principal) {
  send_html(res, 400, error_page(server, 400, message, principal));
}

// ---- deliverables ----

void deliverables_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  // The summary's rows point into `priorities`, which outlives the page's formatting.
  const std::vector<Priority> priorities = server.store().assurance().priorities();
  DeliverablesPageData data;
  data.stocktakes = assurance::stocktakes(priorities);
  const DeliverablesQuery query = read_deliverables_query(req, data.stocktakes);
  if (!query.error.empty()) return send_bad_request(server, res, query.error, principal);
  data.filter = query.filter;
  data.committees = server.store().governance().committees();
  std::string title = "Plan and MOU deliverables";
  if (query.stocktake) {
    data.summary = filter_summary(assurance::brag_summary(priorities, *query.stocktake), query.filter);
    title += ": " + query.stocktake->long_label();
  }
  send_page(server, res, 200, title, "/deliverables", deliverables_body(data), principal);
}

std::optional<Priority> priority_from_path(WebServer& server, const httplib::Request& req) {
  const auto id = parse_id(req.matches[1]);
  return id ? server.store().assurance().priority(*id) : std::nullopt;
}

void priority_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const auto priority = priority_from_path(server, req);
  if (!priority) return send_not_found(server, req, res);
  send_page(server, res, 200, "Priority " + priority->ref, "/deliverables",
            priority_detail_body(*priority, server.store().governance().committees(),
                                 can_edit_governance(principal.role)),
            principal);
}

void rating_form_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_form_page(server, req, res, principal)) return;
  const auto priority = priority_from_path(server, req);
  if (!priority) return send_not_found(server, req, res);
  // Offer the latest stocktake any priority was rated at (the one being collected), with this
  // priority's rating there when it already has one, so a correction starts from what was recorded.
  const auto months = assurance::stocktakes(server.store().assurance().priorities());
  const Month stocktake = months.empty() ? Month::of(server.today()) : months.back();
  RatingFormValues values{stocktake.to_string(), "", ""};
  if (const auto existing = assurance::rating_at(*priority, stocktake)) {
    values.rating = std::string(enum_name(existing->rating));
    values.progress = existing->progress;
  }
  send_page(server, res, 200, "Record a rating: " + priority->ref, "/deliverables",
            rating_form_body(*priority, values, {}, principal), principal);
}

// The priority with `rating` recorded: replacing the rating at the same stocktake, else inserted in
// stocktake order.
Priority with_rating(Priority priority, const StocktakeRating& rating) {
  auto& ratings = priority.ratings;
  const auto same = std::find_if(ratings.begin(), ratings.end(),
                                 [&](const StocktakeRating& r) { return r.stocktake == rating.stocktake; });
  if (same != ratings.end()) {
    *same = rating;
  } else {
    const auto later = std::find_if(ratings.begin(), ratings.end(),
                                    [&](const StocktakeRating& r) { return r.stocktake > rating.stocktake; });
    ratings.insert(later, rating);
  }
  return priority;
}

void save_rating(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_write(server, req, res, principal)) return;
  const auto priority = priority_from_path(server, req);
  if (!priority) return send_not_found(server, req, res);

  const RatingFormValues values{form_value(req, "stocktake"), form_value(req, "rating"), form_value(req, "progress")};
  FieldErrors errors;
  // A stocktake is named by its month alone; parse_month would also take a whole date.
  const std::optional<Month> stocktake =
      values.stocktake.size() == 7 ? parse_month(values.stocktake) : std::nullopt;
  if (values.stocktake.empty()) errors.push_back({"stocktake", "Enter the stocktake month"});
  else if (!stocktake)
    errors.push_back({"stocktake", "Stocktake month must be a month like 2026-09 (\"" + values.stocktake + "\" is not)"});
  const auto rating = parse_enum<Brag>(values.rating);
  if (!rating) errors.push_back({"rating", "Choose a BRAG rating: B, R, A or G"});
  if (values.progress.empty()) errors.push_back({"progress", "Enter the progress update"});

  Priority updated = *priority;
  if (errors.empty()) {
    updated = with_rating(*priority, StocktakeRating{*stocktake, *rating, values.progress});
    // The engine names a rating by its place in the list; on this form that is the stocktake field.
    FieldErrors more = assurance::priority_errors(updated);
    for (auto& e : more)
      if (e.field.rfind("rating-", 0) == 0) e.field = "stocktake";
    merge_errors(errors, more);
  }
  if (!errors.empty())
    return send_page(server, res, 400, "Error: Record a rating: " + priority->ref, "/deliverables",
                     rating_form_body(*priority, values, errors, principal), principal);
  server.store().assurance().save_priorities({updated}, principal.actor());
  redirect_see_other(res, "/deliverables/" + std::to_string(priority->id));
}

// ---- programmes ----

void programmes_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const Date today = server.today();
  ProgrammesPageData data;
  data.window = read_schedule_window(req, today);
  if (!data.window.error.empty()) return send_bad_request(server, res, data.window.error, principal);
  // The exceptions and schedule point into data.programmes, which is not moved or copied after this.
  data.programmes = server.store().assurance().programmes();
  data.exceptions = assurance::programme_exceptions(data.programmes, today);
  data.schedule = assurance::product_schedule(data.programmes, data.window.from, data.window.to, today);
  data.committees = server.store().governance().committees();
  send_page(server, res, 200, "Transformation programmes", "/programmes", programmes_body(data), principal);
}

std::optional<Programme> programme_from_path(WebServer& server, const httplib::Request& req) {
  const auto id = parse_id(req.matches[1]);
  return id ? server.store().assurance().programme(*id) : std::nullopt;
}

void programme_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const auto found = programme_from_path(server, req);
  if (!found) return send_not_found(server, req, res);
  const Date today = server.today();
  ProgrammeDetailData data;
  data.programme = *found;
  data.off_track = assurance::off_track_reasons(*found, today);
  // Every product in schedule order; the engine's pointers give back each product's index.
  const std::vector<Programme> one{*found};
  const Date earliest{std::numeric_limits<int32_t>::min()}, latest{std::numeric_limits<int32_t>::max()};
  for (const auto& s : assurance::product_schedule(one, earliest, latest, today))
    data.products.push_back({static_cast<size_t>(s.product - one.front().products.data()), s.overdue});
  data.metrics = server.store().metrics();
  data.committees = server.store().governance().committees();
  data.can_record = can_edit_governance(principal.role);
  send_page(server, res, 200, found->name, "/programmes", programme_detail_body(data), principal);
}

// The product index in the path, when the programme has a product there.
std::optional<size_t> product_index(const httplib::Request& req, const Programme& programme) {
  const std::string text = req.matches[2];
  size_t index = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), index);
  if (ec != std::errc() || end != text.data() + text.size() || index >= programme.products.size())
    return std::nullopt;
  return index;
}

void outcome_form_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_form_page(server, req, res, principal)) return;
  const auto programme = programme_from_path(server, req);
  const auto index = programme ? product_index(req, *programme) : std::nullopt;
  if (!index) return send_not_found(server, req, res);
  const ProgrammeProduct& product = programme->products[*index];
  const OutcomeFormValues values{product.outcome ? std::string(enum_name(*product.outcome)) : "",
                                 product.outcome_detail};
  send_page(server, res, 200, "Record an outcome: " + product.product, "/programmes",
            outcome_form_body(*programme, *index, server.store().governance().committees(), values, {}, principal),
            principal);
}

void save_outcome(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_write(server, req, res, principal)) return;
  const auto programme = programme_from_path(server, req);
  const auto index = programme ? product_index(req, *programme) : std::nullopt;
  if (!index) return send_not_found(server, req, res);

  const OutcomeFormValues values{form_value(req, "outcome"), form_value(req, "outcome_detail")};
  FieldErrors errors;
  const auto outcome = parse_enum<ProductOutcome>(values.outcome);
  if (values.outcome.empty()) errors.push_back({"outcome", "Choose the outcome"});
  else if (!outcome) errors.push_back({"outcome", "Choose an outcome: " + enum_choices<ProductOutcome>()});

  Programme updated = *programme;
  if (errors.empty()) {
    updated.products[*index].outcome = outcome;
    updated.products[*index].outcome_detail = values.detail;
    merge_errors(errors, assurance::programme_errors(updated), "product-" + std::to_string(*index) + "-");
  }
  if (!errors.empty())
    return send_page(server, res, 400, "Error: Record an outcome: " + programme->products[*index].product,
                     "/programmes",
                     outcome_form_body(*programme, *index, server.store().governance().committees(), values, errors,
                                       principal),
                     principal);
  server.store().assurance().save_programmes({updated}, principal.actor());
  redirect_see_other(res, "/programmes/" + std::to_string(programme->id));
}

}  // namespace

void register_delivery_routes(WebServer& server) {
  add_page_route(server, Method::Get, "/deliverables", deliverables_page);
  add_page_route(server, Method::Get, R"(/deliverables/(\d+))", priority_page);
  add_page_route(server, Method::Get, R"(/deliverables/(\d+)/rating)", rating_form_page);
  add_page_route(server, Method::Post, R"(/deliverables/(\d+)/rating)", save_rating);
  add_page_route(server, Method::Get, "/programmes", programmes_page);
  add_page_route(server, Method::Get, R"(/programmes/(\d+))", programme_page);
  add_page_route(server, Method::Get, R"(/programmes/(\d+)/products/(\d+)/outcome)", outcome_form_page);
  add_page_route(server, Method::Post, R"(/programmes/(\d+)/products/(\d+)/outcome)", save_outcome);
  register_delivery_api_routes(server);
}

}  // namespace ics::web
