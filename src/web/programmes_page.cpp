// The transformation programmes pages: the table boards read (Programme | Strategic pillar | SRO |
// Clinical lead | Finance lead | Status | KPIs | Funding £m) with its funding total, exception reports
// for programmes off track, the rolling schedule of products going to committees, one programme, and
// the form that records a product's outcome.
#include "core/money.h"
#include "report/html_escape.h"
#include "web/delivery_pages.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/log_form_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

std::string programme_path(int64_t id) { return "/programmes/" + std::to_string(id); }

std::string programme_link(const Programme& p) {
  return "<a href=\"" + programme_path(p.id) + "\">" + html_escape(p.name) + "</a>";
}

std::string outcome_path(int64_t programme_id, size_t index) {
  return programme_path(programme_id) + "/products/" + std::to_string(index) + "/outcome";
}

std::string outcome_text(const std::optional<ProductOutcome>& outcome) {
  return outcome ? sentence_case(enum_name(*outcome)) : "\u2013";
}

std::string planned_cell(const ProgrammeProduct& product, bool overdue) {
  std::string out = html_escape(nhs_short_date(product.planned_date));
  if (overdue) out += " " + nhs_tag("Overdue", "red");
  return out;
}

// The schedule's cells after the programme: Product | Details | Meeting | Purpose | Planned date |
// Outcome | Outcome detail.
std::vector<std::string> product_cells(const ProgrammeProduct& product, bool overdue,
                                       const std::vector<Committee>& committees) {
  return {html_escape(product.product),
          html_escape(product.details),
          html_escape(committee_name(committees, product.committee_id)),
          html_escape(sentence_case(enum_name(product.purpose))),
          planned_cell(product, overdue),
          html_escape(outcome_text(product.outcome)),
          html_escape(product.outcome_detail)};
}

// nhs_table with a <tfoot> row of totals (cells already HTML), as finance tables close.
std::string table_with_total(const std::string& caption, const std::vector<std::string>& headers,
                             const std::vector<std::vector<std::string>>& rows, const std::vector<std::string>& total) {
  std::string table = nhs_table(caption, headers, rows);
  const std::string end = "</table>";
  if (table.size() < end.size() || table.compare(table.size() - end.size(), end.size(), end) != 0) return table;
  std::string foot = "<tfoot class=\"ics-table-total\"><tr class=\"nhsuk-table__row\">";
  for (const auto& cell : total) foot += "<td class=\"nhsuk-table__cell\"><strong>" + cell + "</strong></td>";
  foot += "</tr></tfoot>";
  return table.insert(table.size() - end.size(), foot);
}

std::string programme_table(const ProgrammesPageData& data) {
  std::vector<std::vector<std::string>> rows;
  Pence total = 0;
  for (const auto& p : data.programmes) {
    total += p.funding_pence;
    rows.push_back({programme_link(p), html_escape(p.pillar), html_escape(p.sro), html_escape(p.clinical_lead),
                    html_escape(p.finance_lead), programme_status_tag(p.status), std::to_string(p.metric_ids.size()),
                    html_escape(format_millions(p.funding_pence))});
  }
  if (rows.empty()) return "<p>No programmes have been recorded yet.</p>";
  return table_with_total(
      "Programmes",
      {"Programme", "Strategic pillar", "SRO", "Clinical lead", "Finance lead", "Status", "KPIs", "Funding \u00a3m"},
      rows, {"Total", "", "", "", "", "", "", html_escape(format_millions(total))});
}

std::string reasons_list(const std::vector<std::string>& reasons) {
  std::string out = "<ul class=\"nhsuk-list nhsuk-list--bullet\">";
  for (const auto& r : reasons) out += "<li>" + html_escape(r) + "</li>";
  return out + "</ul>";
}

std::string exception_reports(const ProgrammesPageData& data) {
  std::string out = "<section id=\"programme-exceptions\"><h2>Exception reports</h2>";
  if (data.exceptions.empty()) return out + "<p>No programme is off track.</p></section>";
  for (const auto& e : data.exceptions)
    out += "<h3>" + programme_link(*e.programme) + " " + programme_status_tag(e.programme->status) + "</h3>" +
           reasons_list(e.reasons);
  return out + "</section>";
}

std::string schedule_section(const ProgrammesPageData& data) {
  const FieldErrors none;
  std::string out = "<section id=\"product-schedule\"><h2>Product schedule</h2><p>Products planned from " +
                    html_escape(nhs_date(data.window.from)) + " to " + html_escape(nhs_date(data.window.to)) +
                    ".</p><form method=\"get\" action=\"/programmes\" class=\"ics-filters\">" +
                    date_input("from", "From", data.window.from, none) + date_input("to", "To", data.window.to, none) +
                    submit_button("Show schedule") + " <a href=\"/programmes\">Rolling four months</a></form>";
  std::vector<std::vector<std::string>> rows;
  for (const auto& s : data.schedule) {
    std::vector<std::string> row{programme_link(*s.programme)};
    for (auto& cell : product_cells(*s.product, s.overdue, data.committees)) row.push_back(std::move(cell));
    rows.push_back(std::move(row));
  }
  out += nhs_table("", {"Programme", "Product", "Details", "Meeting", "Purpose", "Planned date", "Outcome",
                        "Outcome detail"},
                   rows, "No products are planned in these dates.");
  return out + "</section>";
}

std::string metric_links(const std::vector<std::string>& ids, const std::vector<Metric>& metrics) {
  if (ids.empty()) return "None linked";
  std::string out = "<ul class=\"nhsuk-list\">";
  for (const auto& id : ids) {
    std::string name = id;
    for (const auto& m : metrics)
      if (m.id == id) name = m.name;
    out += "<li><a href=\"/metrics/" + html_escape(url_encode(id)) + "\">" + html_escape(name) + "</a></li>";
  }
  return out + "</ul>";
}

}  // namespace

std::string programme_status_tag(ProgrammeStatus status) {
  std::string colour;
  switch (status) {
    case ProgrammeStatus::New: colour = "blue"; break;
    case ProgrammeStatus::InProgress: colour = "green"; break;
    case ProgrammeStatus::Accelerated: colour = "aqua-green"; break;
    case ProgrammeStatus::Delayed: colour = "red"; break;
    case ProgrammeStatus::Paused: colour = "orange"; break;
    case ProgrammeStatus::Closed: colour = "grey"; break;
  }
  return nhs_tag(sentence_case(enum_name(status)), colour);
}

std::string programmes_body(const ProgrammesPageData& data) {
  return "<h1>Transformation programmes</h1><section id=\"programme-table\">" + programme_table(data) +
         "</section>" + exception_reports(data) + schedule_section(data);
}

std::string programme_detail_body(const ProgrammeDetailData& data) {
  const Programme& p = data.programme;
  std::string body = back_link("/programmes", "Back to transformation programmes") + "<h1>" + html_escape(p.name) +
                     "</h1>";
  std::string rows = summary_row("Reference", html_escape(p.ref));
  rows += summary_row("Strategic pillar", html_escape(p.pillar));
  rows += summary_row("SRO", html_escape(p.sro));
  rows += summary_row("Clinical lead", html_escape(p.clinical_lead));
  rows += summary_row("Finance lead", html_escape(p.finance_lead));
  rows += summary_row("Status", programme_status_tag(p.status) +
                                    (p.status_reason.empty() ? "" : " " + html_escape(p.status_reason)));
  rows += summary_row("Funding", "\u00a3" + html_escape(format_millions(p.funding_pence)) + "m");
  rows += summary_row("KPIs", metric_links(p.metric_ids, data.metrics));
  body += summary_list(rows);

  if (data.off_track.empty()) {
    body += "<p class=\"ics-on-track\">On track: no exception to report.</p>";
  } else {
    body += "<div class=\"nhsuk-warning-callout\"><h2 class=\"nhsuk-warning-callout__label\"><span role=\"text\">"
            "<span class=\"nhsuk-u-visually-hidden\">Important: </span>Off track</span></h2>" +
            reasons_list(data.off_track) + "</div>";
  }

  body += "<h2>Products</h2>";
  std::vector<std::string> headers{"Product", "Details", "Meeting", "Purpose", "Planned date", "Outcome",
                                   "Outcome detail"};
  if (data.can_record) headers.push_back("Change");
  std::vector<std::vector<std::string>> products;
  for (const auto& line : data.products) {
    const ProgrammeProduct& product = p.products[line.index];
    auto row = product_cells(product, line.overdue, data.committees);
    if (data.can_record)
      row.push_back("<a href=\"" + outcome_path(p.id, line.index) + "\">Record outcome<span " +
                    "class=\"nhsuk-u-visually-hidden\"> for " + html_escape(product.product) + "</span></a>");
    products.push_back(std::move(row));
  }
  return body + nhs_table("", headers, products, "No products are scheduled.");
}

std::string outcome_form_body(const Programme& programme, size_t index, const std::vector<Committee>& committees,
                              const OutcomeFormValues& values, const FieldErrors& errors, const Principal& principal) {
  const ProgrammeProduct& product = programme.products[index];
  std::vector<Choice> outcomes{{"", "Choose an outcome"}};
  for (const auto& [outcome, name] : EnumNames<ProductOutcome>::values)
    outcomes.push_back({std::string(name), sentence_case(name)});
  std::string rows = summary_row("Programme", html_escape(programme.name));
  rows += summary_row("Product", html_escape(product.product));
  rows += summary_row("Meeting", html_escape(committee_name(committees, product.committee_id)));
  rows += summary_row("Purpose", html_escape(sentence_case(enum_name(product.purpose))));
  rows += summary_row("Planned date", html_escape(nhs_date(product.planned_date)));
  return back_link(programme_path(programme.id), "Back to " + programme.name) + error_summary(errors) +
         "<h1>Record an outcome</h1>" + summary_list(rows) + "<form method=\"post\" action=\"" +
         outcome_path(programme.id, index) + "\" novalidate>" + csrf_field(principal) +
         select("outcome", "Outcome", outcomes, values.outcome, errors,
                "For approval: approved, deferred or rejected. For endorsement: endorsed, deferred or rejected. "
                "For noting: noted or deferred.") +
         textarea("outcome_detail", "Outcome detail", values.detail, errors,
                  "What the meeting decided, like \"Deferred to March: capital bid pending\".") +
         submit_button("Save outcome") + "</form>";
}

}  // namespace ics::web
