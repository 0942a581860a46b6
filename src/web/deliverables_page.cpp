// The plan and MOU deliverables pages, laid out as ICS boards print them: the summary table
// (Priority # | Description of priority | Overseeing Group | BRAG rating <Month YYYY>), the movement
// since the previous stocktake, and the annex of progress updates.
#include <algorithm>

#include "report/html_escape.h"
#include "web/delivery_pages.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/log_form_helpers.h"

namespace ics::web {
namespace {

using assurance::BragMovement;
using assurance::PriorityRow;
using report::html_escape;

std::string priority_path(int64_t id) { return "/deliverables/" + std::to_string(id); }

std::string priority_link(const Priority& p) {
  return "<a href=\"" + priority_path(p.id) + "\">" + html_escape(p.ref) + "</a>";
}

std::string brag_colour(Brag rating) {
  switch (rating) {
    case Brag::Blue: return "blue";
    case Brag::Red: return "red";
    case Brag::Amber: return "yellow";  // the design system's amber, as the IPR's RAG tags use
    case Brag::Green: return "green";
  }
  return "";
}

// The rating cell: the tag, or what replaced a priority no longer rated.
std::string rating_cell(const PriorityRow& row) {
  if (row.current) return brag_tag(row.current->rating);
  return nhs_tag("Superseded by " + row.priority->superseded_by, "grey");
}

std::string type_heading(PriorityType type) { return sentence_case(enum_name(type)) + " priorities"; }

// The rows of one priority type, in the summary's order.
std::vector<const PriorityRow*> rows_of_type(const assurance::BragSummary& summary, PriorityType type) {
  std::vector<const PriorityRow*> out;
  for (const auto& row : summary.rows)
    if (row.priority->type == type) out.push_back(&row);
  return out;
}

// One table per priority type that has rows, each with the same columns, under the type's caption.
template <class MakeRow>
std::string tables_by_type(const assurance::BragSummary& summary, const std::vector<std::string>& headers,
                           MakeRow make_row) {
  std::string out;
  for (const auto& [type, name] : EnumNames<PriorityType>::values) {
    std::vector<std::vector<std::string>> rows;
    for (const PriorityRow* row : rows_of_type(summary, type)) rows.push_back(make_row(*row));
    out += nhs_table(type_heading(type), headers, rows);
  }
  return out;
}

std::string selector_form(const DeliverablesPageData& data) {
  std::vector<Choice> stocktakes;
  for (auto it = data.stocktakes.rbegin(); it != data.stocktakes.rend(); ++it)
    stocktakes.push_back({it->to_string(), it->long_label()});
  std::vector<Choice> types{{"", "All types"}};
  for (const auto& [type, name] : EnumNames<PriorityType>::values)
    types.push_back({std::string(name), sentence_case(name)});
  std::vector<Choice> groups{{"", "All groups"}};
  for (const auto& c : data.committees) groups.push_back({std::to_string(c.id), c.name});
  const FieldErrors none;
  const std::string type = data.filter.type ? std::string(enum_name(*data.filter.type)) : "";
  const std::string group = data.filter.group_id ? std::to_string(*data.filter.group_id) : "";
  return "<form method=\"get\" action=\"/deliverables\" class=\"ics-filters\">" +
         select("stocktake", "Stocktake", stocktakes, data.summary ? data.summary->stocktake.to_string() : "", none) +
         select("type", "Type", types, type, none) + select("group", "Overseeing group", groups, group, none) +
         submit_button("Show") + " <a href=\"/deliverables\">Latest stocktake, all priorities</a></form>";
}

// "B (Blue) Delivered: 3", one line per rating, then the movement totals.
std::string counts_block(const assurance::BragSummary& summary) {
  std::string out = "<ul class=\"nhsuk-list ics-brag-counts\">";
  for (const auto& [rating, letter] : EnumNames<Brag>::values)
    out += "<li>" + brag_tag(rating) + " " + html_escape(assurance::brag_meaning(rating)) + ": " +
           std::to_string(summary.counts[static_cast<size_t>(assurance::brag_rank(rating))]) + "</li>";
  out += "</ul>";
  if (summary.previous_stocktake)
    out += "<p class=\"ics-brag-movement-totals\">Since " + html_escape(summary.previous_stocktake->long_label()) +
           ": " + std::to_string(summary.improved) + " improved, " + std::to_string(summary.deteriorated) +
           " deteriorated.</p>";
  return out;
}

std::string movement_section(const assurance::BragSummary& summary) {
  if (!summary.previous_stocktake)
    return "<section id=\"brag-movement\"><h2>Movement</h2><p>This is the first stocktake recorded, so there is no "
           "movement to show.</p></section>";
  const Month previous = *summary.previous_stocktake;
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : summary.rows) {
    if (row.movement == BragMovement::Unchanged) continue;
    rows.push_back({priority_link(*row.priority), row.previous ? brag_tag(row.previous->rating) : "\u2013",
                    rating_cell(row), html_escape(movement_label(row.movement))});
  }
  const std::string heading = "Movement since " + previous.long_label();
  return "<section id=\"brag-movement\"><h2>" + html_escape(heading) + "</h2>" +
         nhs_table("", {"Priority #", previous.long_label(), summary.stocktake.long_label(), "Movement"}, rows,
                   "No priority's rating moved since " + previous.long_label() + ".") +
         "</section>";
}

}  // namespace

std::string brag_tag(Brag rating) {
  return "<strong class=\"nhsuk-tag nhsuk-tag--" + brag_colour(rating) + "\" title=\"" +
         std::string(assurance::brag_word(rating)) + ": " + std::string(assurance::brag_meaning(rating)) + "\">" +
         std::string(enum_name(rating)) + "<span class=\"nhsuk-u-visually-hidden\"> (" +
         std::string(assurance::brag_word(rating)) + ")</span></strong>";
}

std::string movement_label(BragMovement movement) {
  switch (movement) {
    case BragMovement::Improved: return "Improved";
    case BragMovement::Deteriorated: return "Deteriorated";
    case BragMovement::Unchanged: return "Unchanged";
    case BragMovement::New: return "New";
    case BragMovement::Superseded: return "Superseded";
  }
  return "";
}

std::string brag_column(Month stocktake) { return "BRAG rating " + stocktake.long_label(); }

std::string deliverables_body(const DeliverablesPageData& data) {
  std::string body = "<h1>Plan and MOU deliverables</h1>";
  if (!data.summary)
    return body + "<div class=\"nhsuk-inset-text\"><p>No priority has been rated at a stocktake yet.</p></div>";
  const auto& summary = *data.summary;
  const std::string rating_column = brag_column(summary.stocktake);
  body += "<p class=\"nhsuk-lede-text\">Delivery of the system's plan and MOU priorities at the " +
          html_escape(summary.stocktake.long_label()) + " stocktake.</p>" + selector_form(data);
  if (summary.rows.empty())
    return body + "<div class=\"nhsuk-inset-text\"><p>No priority matches these filters at this stocktake.</p></div>";

  body += "<section id=\"brag-summary\"><h2>Summary</h2>" + counts_block(summary);
  body += tables_by_type(summary, {"Priority #", "Description of priority", "Overseeing Group", rating_column},
                         [&](const PriorityRow& row) {
                           return std::vector<std::string>{
                               priority_link(*row.priority), html_escape(row.priority->description),
                               html_escape(committee_name(data.committees, row.priority->overseeing_committee_id)),
                               rating_cell(row)};
                         });
  body += "</section>" + movement_section(summary);
  body += "<section id=\"brag-annex\"><h2>Annex: progress updates</h2>";
  body += tables_by_type(summary, {"Priority #", "Description of priority", rating_column, "Progress update"},
                         [](const PriorityRow& row) {
                           return std::vector<std::string>{priority_link(*row.priority),
                                                           html_escape(row.priority->description), rating_cell(row),
                                                           row.current ? html_escape(row.current->progress) : ""};
                         });
  return body + "</section>";
}

std::string priority_detail_body(const Priority& priority, const std::vector<Committee>& committees, bool can_rate) {
  std::string body = back_link("/deliverables", "Back to plan and MOU deliverables") + "<h1>Priority " +
                     html_escape(priority.ref) + "</h1>";
  std::string rows = summary_row("Description of priority", html_escape(priority.description));
  rows += summary_row("Type", html_escape(sentence_case(enum_name(priority.type))));
  const std::string group = committee_name(committees, priority.overseeing_committee_id);
  rows += summary_row("Overseeing group", group.empty() ? "" : "<a href=\"/committees/" +
                                                                   std::to_string(priority.overseeing_committee_id) +
                                                                   "\">" + html_escape(group) + "</a>");
  if (!priority.plan_year.empty()) rows += summary_row("Plan year", html_escape(priority.plan_year));
  if (!priority.ratings.empty()) {
    const auto& latest = priority.ratings.back();
    rows += summary_row("Latest rating",
                        brag_tag(latest.rating) + " " + html_escape(latest.stocktake.long_label()));
  }
  if (!priority.superseded_by.empty())
    rows += summary_row("Superseded by",
                        html_escape(priority.superseded_by) +
                            (priority.superseded_from ? html_escape(" from " + priority.superseded_from->long_label())
                                                      : ""));
  body += summary_list(rows);
  if (can_rate)
    body += "<p><a class=\"nhsuk-button nhsuk-button--secondary\" href=\"" + priority_path(priority.id) +
            "/rating\">Record a rating</a></p>";

  body += "<h2>Rating history</h2>";
  std::vector<std::vector<std::string>> history;
  for (const auto& r : priority.ratings)
    history.push_back({html_escape(r.stocktake.long_label()), brag_tag(r.rating), html_escape(r.progress)});
  return body + nhs_table("", {"Stocktake", "BRAG rating", "Progress update"}, history, "Not rated at any stocktake yet.");
}

std::string rating_form_body(const Priority& priority, const RatingFormValues& values, const FieldErrors& errors,
                             const Principal& principal) {
  std::vector<Choice> ratings{{"", "Choose a rating"}};
  for (const auto& [rating, letter] : EnumNames<Brag>::values)
    ratings.push_back({std::string(letter), std::string(letter) + " \u2013 " + std::string(assurance::brag_word(rating)) +
                                                ": " + std::string(assurance::brag_meaning(rating))});
  return back_link(priority_path(priority.id), "Back to priority " + priority.ref) + error_summary(errors) +
         "<h1>Record a rating</h1><p>" + html_escape(priority.ref) + ": " + html_escape(priority.description) +
         "</p><form method=\"post\" action=\"" + priority_path(priority.id) + "/rating\" novalidate>" +
         csrf_field(principal) +
         text_input("stocktake", "Stocktake month", values.stocktake, errors,
                    "The month the stocktake reported, like 2026-09. A rating already recorded for that month is "
                    "replaced.",
                    "month") +
         select("rating", "BRAG rating", ratings, values.rating, errors) +
         textarea("progress", "Progress update", values.progress, errors, "Shown in the annex to the board's report.") +
         submit_button("Save rating") + "</form>";
}

}  // namespace ics::web
