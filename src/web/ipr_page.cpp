#include "web/ipr_page.h"

#include <algorithm>

#include "report/html_escape.h"
#include "report/ipr_html.h"
#include "report/mdc_icons_svg.h"
#include "report/spc_chart_svg.h"
#include "report/value_format.h"
#include "web/http_responses.h"
#include "web/nhs_tags.h"

namespace ics::web {
namespace {

using report::html_escape;

std::string org_display(const std::string& code, const report::OrgNames& names) {
  const auto it = names.find(code);
  return it == names.end() || it->second.empty() ? code : it->second + " (" + code + ")";
}

std::string selectors(const performance::Ipr& ipr, const IprPageContext& context) {
  std::string out = "<form class=\"ics-selectors\" method=\"get\" action=\"/\"><div class=\"nhsuk-form-group\">"
                    "<fieldset class=\"nhsuk-fieldset\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">"
                    "Organisations</legend><div class=\"nhsuk-checkboxes nhsuk-checkboxes--small ics-org-list\" "
                    "data-module=\"nhsuk-checkboxes\">";
  for (size_t i = 0; i < context.available_orgs.size(); ++i) {
    const std::string& code = context.available_orgs[i];
    const bool checked = std::find(ipr.orgs.begin(), ipr.orgs.end(), code) != ipr.orgs.end();
    const std::string id = "org-" + std::to_string(i);
    out += "<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"" + id +
           "\" name=\"org\" type=\"checkbox\" value=\"" + html_escape(code) + "\"" + (checked ? " checked" : "") +
           "><label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"" + id + "\">" +
           html_escape(org_display(code, context.org_names)) + "</label></div>";
  }
  out += "</div></fieldset></div><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"month\">Month</label>"
         "<select class=\"nhsuk-select\" id=\"month\" name=\"month\">";
  for (const Month& m : context.available_months) {
    out += "<option value=\"" + m.to_string() + "\"" + (m == ipr.month ? " selected" : "") + ">" +
           html_escape(m.long_label()) + "</option>";
  }
  out += "</select></div><div class=\"nhsuk-form-group\"><button class=\"nhsuk-button\" data-module=\"nhsuk-button\" "
         "type=\"submit\">Show report</button></div></form>";
  return out;
}

std::string rollup_table(const performance::Ipr& ipr) {
  std::string out =
      "<table class=\"nhsuk-table ics-rollup\"><caption class=\"nhsuk-table__caption\">Delivery against standards by "
      "service area</caption><thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">"
      "<th scope=\"col\" class=\"nhsuk-table__header\">Service Area</th>"
      "<th scope=\"col\" class=\"nhsuk-table__header nhsuk-table__header--numeric\">No. KPIs</th>"
      "<th scope=\"col\" class=\"nhsuk-table__header nhsuk-table__header--numeric\">% Achieved</th>"
      "<th scope=\"col\" class=\"nhsuk-table__header\">Delivery RAG</th></tr></thead><tbody class=\"nhsuk-table__body\">";
  for (const auto& row : ipr.rollup) {
    out += "<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\"><a href=\"#" +
           report::anchor_id("area-", row.service_area) + "\">" + html_escape(row.service_area) +
           "</a></td><td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">" + std::to_string(row.kpis) +
           "</td><td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">" +
           (row.percent_achieved ? report::format_percent_whole(*row.percent_achieved) : "–") +
           "</td><td class=\"nhsuk-table__cell\">" + rag_tag(row.rag) + "</td></tr>";
  }
  return out + "</tbody></table>";
}

std::string cell(const std::string& html, const std::string& extra_class = "") {
  return "<td class=\"nhsuk-table__cell" + (extra_class.empty() ? "" : " " + extra_class) + "\">" + html + "</td>";
}

std::string metric_rows(const performance::Ipr& ipr, const performance::IprMetric& m, const IprPageContext& context) {
  std::string out;
  const MetricUnit unit = m.metric.unit;
  const std::string href = metric_page_href(m.metric.id, ipr.orgs, ipr.month);
  for (size_t i = 0; i < m.lines.size(); ++i) {
    const auto& line = m.lines[i];
    const report::SpcChartStyle spark{100, 32, true, ""};
    out += "<tr class=\"nhsuk-table__row\" data-metric=\"" + html_escape(m.metric.id) + "\">";
    // The metric's name heads its first row and spans its organisations' rows, as board packs set it out.
    if (i == 0)
      out += "<th scope=\"row\" rowspan=\"" + std::to_string(m.lines.size()) +
             "\" class=\"nhsuk-table__header\"><a href=\"" + html_escape(href) + "\">" + html_escape(m.metric.name) +
             "</a></th>";
    out += cell(html_escape(report::line_organisation(line, context.org_names)));
    out += cell(html_escape(report::format_month(line.month)) +
                (line.stale ? "<span class=\"ics-stale\">latest available</span>" : ""));
    out += cell(html_escape(report::format_value(line.value, unit)), "nhsuk-table__cell--numeric");
    out += cell(html_escape(report::format_optional(line.standard, unit)), "nhsuk-table__cell--numeric");
    out += cell(met_tag(line.met));
    out += cell(report::variation_icon_svg(line.variation, m.metric.improvement, 36), "ics-icon-cell");
    out += cell(report::assurance_icon_svg(line.assurance, 36), "ics-icon-cell");
    out += cell("<a class=\"ics-spark\" href=\"" + html_escape(href) + "\" aria-label=\"SPC chart for " +
                html_escape(m.metric.name) + "\">" + report::spc_chart_svg(line.points, line.standard, unit, spark) +
                "</a>");
    out += "</tr>";
  }
  return out;
}

std::string area_table(const performance::Ipr& ipr, const std::string& area, const IprPageContext& context) {
  std::string out = "<h2 id=\"" + report::anchor_id("area-", area) + "\">" + html_escape(area) + "</h2>";
  out += "<div class=\"ics-table-scroll\"><table class=\"nhsuk-table ics-ipr\"><thead class=\"nhsuk-table__head\">"
         "<tr class=\"nhsuk-table__row\">";
  for (const char* h : {"Metric", "Organisation", "Month", "Value", "Standard", "Met", "Variation", "Assurance", "Chart"}) {
    const bool numeric = std::string_view(h) == "Value" || std::string_view(h) == "Standard";
    out += std::string("<th scope=\"col\" class=\"nhsuk-table__header") +
           (numeric ? " nhsuk-table__header--numeric" : "") + "\">" + h + "</th>";
  }
  out += "</tr></thead><tbody class=\"nhsuk-table__body\">";
  for (const auto& m : ipr.metrics)
    if (m.metric.service_area == area) out += metric_rows(ipr, m, context);
  return out + "</tbody></table></div>";
}

}  // namespace

std::string metric_page_href(const std::string& metric_id, const std::vector<std::string>& orgs, Month month) {
  std::string href = "/metrics/" + url_encode(metric_id) + "?month=" + month.to_string();
  for (const auto& org : orgs) href += "&org=" + url_encode(org);
  return href;
}

std::string ipr_page_body(const performance::Ipr& ipr, const IprPageContext& context) {
  std::string orgs;
  for (const auto& code : ipr.orgs) orgs += (orgs.empty() ? "" : "; ") + org_display(code, context.org_names);
  std::string out = "<span class=\"nhsuk-caption-l\">" + html_escape(ipr.month.long_label()) + " (" +
                    html_escape(ipr.month.financial_year() + " " + ipr.month.financial_month_label()) +
                    ")</span><h1>Integrated performance report</h1><p class=\"nhsuk-lede-text\">" + html_escape(orgs) +
                    "</p>";
  out += selectors(ipr, context);
  if (ipr.metrics.empty()) {
    out += "<div class=\"nhsuk-inset-text\"><p>No metric has data for these organisations by this month.</p></div>";
    return out;
  }
  out += rollup_table(ipr);
  for (const auto& row : ipr.rollup) out += area_table(ipr, row.service_area, context);
  return out;
}

std::string ipr_no_data_body() {
  return "<h1>Integrated performance report</h1><div class=\"nhsuk-inset-text\"><p>There is no performance data "
         "yet.</p><p>Load some with <code>ics import kpi FILE</code> or <code>ics import ae FILE</code>, or create "
         "the demo system with <code>ics demo</code>.</p></div>";
}

}  // namespace ics::web
