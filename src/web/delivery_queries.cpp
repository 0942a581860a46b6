#include "web/delivery_queries.h"

#include <algorithm>
#include <tuple>

#include "web/governance_view_helpers.h"
#include "web/http_responses.h"

namespace ics::web {
namespace {

std::string month_list(const std::vector<Month>& months) {
  std::string out;
  for (const Month m : months) {
    if (!out.empty()) out += ", ";
    out += m.to_string();
  }
  return out;
}

int days_in(Month month) { return month.next().first_day().days - month.first_day().days; }

// A date the schedule form sends: exactly YYYY-MM-DD and a real day.
std::optional<Date> read_day(const std::string& text) {
  return text.size() == 10 ? parse_date(text) : std::nullopt;
}

}  // namespace

DeliverablesQuery read_deliverables_query(const httplib::Request& req, const std::vector<Month>& stocktakes) {
  DeliverablesQuery query;
  if (!stocktakes.empty()) query.stocktake = stocktakes.back();

  if (const std::string text = query_param(req, "stocktake"); !text.empty()) {
    // parse_month also takes a whole date; a stocktake is named by its month alone.
    const auto month = text.size() == 7 ? parse_month(text) : std::nullopt;
    if (!month) {
      query.error = "Stocktake \"" + text + "\" is not a month like 2026-09";
      return query;
    }
    if (std::find(stocktakes.begin(), stocktakes.end(), *month) == stocktakes.end()) {
      query.error = "There was no stocktake in " + month->long_label() + "; " +
                    (stocktakes.empty() ? std::string("no stocktake has been recorded yet")
                                        : "choose one of " + month_list(stocktakes));
      return query;
    }
    query.stocktake = month;
  }
  if (const std::string text = query_param(req, "type"); !text.empty()) {
    query.filter.type = parse_enum<PriorityType>(text);
    if (!query.filter.type) {
      query.error = "Type \"" + text + "\" is not one of: " + enum_choices<PriorityType>();
      return query;
    }
  }
  if (const std::string text = query_param(req, "group"); !text.empty()) {
    query.filter.group_id = parse_id(text);
    if (!query.filter.group_id) query.error = "Group \"" + text + "\" is not a committee id (a positive whole number)";
  }
  return query;
}

assurance::BragSummary filter_summary(const assurance::BragSummary& summary, const DeliverablesFilter& filter) {
  assurance::BragSummary out;
  out.stocktake = summary.stocktake;
  out.previous_stocktake = summary.previous_stocktake;
  for (const auto& row : summary.rows) {
    if (filter.type && row.priority->type != *filter.type) continue;
    if (filter.group_id && row.priority->overseeing_committee_id != *filter.group_id) continue;
    out.rows.push_back(row);
    if (row.current) ++out.counts[static_cast<size_t>(assurance::brag_rank(row.current->rating))];
    if (row.movement == assurance::BragMovement::Improved) ++out.improved;
    if (row.movement == assurance::BragMovement::Deteriorated) ++out.deteriorated;
  }
  return out;
}

ScheduleWindow read_schedule_window(const httplib::Request& req, Date today) {
  ScheduleWindow window{add_months(today, -1), add_months(today, 3), ""};
  for (const auto& [name, label, target] : {std::tuple{"from", "From", &window.from}, {"to", "To", &window.to}}) {
    const std::string text = query_param(req, name);
    if (text.empty()) continue;
    const auto date = read_day(text);
    if (!date) {
      window.error = std::string(label) + " date \"" + text + "\" is not a real date like 2026-03-17";
      return window;
    }
    *target = *date;
  }
  if (window.from > window.to)
    window.error = "The from date (" + nhs_date(window.from) + ") is after the to date (" + nhs_date(window.to) + ")";
  return window;
}

Date add_months(Date date, int months) {
  Month month = Month::of(date);
  const int index = month.index() + months;
  month = Month{index / 12, index % 12 + 1};
  return Date::from_ymd(month.year, month.month, std::min(date.day(), days_in(month)));
}

}  // namespace ics::web
