#include "web/metric_page.h"

#include <cmath>

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

std::string summary_row(const std::string& key, const std::string& value_html) {
  return "<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">" + html_escape(key) +
         "</dt><dd class=\"nhsuk-summary-list__value\">" + value_html + "</dd></div>";
}

std::string better_words(Improvement improvement) {
  switch (improvement) {
    case Improvement::Increase: return "Higher is better";
    case Improvement::Decrease: return "Lower is better";
    case Improvement::Neutral: return "Neither direction is better";
  }
  return "";
}

std::string limit_cell(double v, MetricUnit unit) {
  return std::isfinite(v) ? html_escape(report::format_value(v, unit)) : "–";
}

std::string data_table(const performance::IprLine& line, const Metric& metric) {
  std::string out = "<details class=\"nhsuk-details\"><summary class=\"nhsuk-details__summary\"><span "
                    "class=\"nhsuk-details__summary-text\">Data behind the chart</span></summary><div "
                    "class=\"nhsuk-details__text\"><table class=\"nhsuk-table\"><thead class=\"nhsuk-table__head\"><tr "
                    "class=\"nhsuk-table__row\">";
  for (const char* h : {"Month", "Value", "Mean", "Lower process limit", "Upper process limit", "Variation"})
    out += std::string("<th scope=\"col\" class=\"nhsuk-table__header\">") + h + "</th>";
  out += "</tr></thead><tbody class=\"nhsuk-table__body\">";
  for (const auto& p : line.points) {
    const std::string variation =
        p.point_type == spc::PointType::CommonCause ? "Common cause" : std::string(spc::label(p.special_cause));
    out += "<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\">" + html_escape(report::format_month(p.month)) +
           "</td><td class=\"nhsuk-table__cell\">" + html_escape(report::format_value(p.value, metric.unit)) +
           "</td><td class=\"nhsuk-table__cell\">" + limit_cell(p.mean, metric.unit) +
           "</td><td class=\"nhsuk-table__cell\">" + limit_cell(p.lpl, metric.unit) +
           "</td><td class=\"nhsuk-table__cell\">" + limit_cell(p.upl, metric.unit) +
           "</td><td class=\"nhsuk-table__cell\">" + html_escape(variation) + "</td></tr>";
  }
  return out + "</tbody></table></div></details>";
}

std::string line_section(const performance::IprLine& line, const Metric& metric, const report::OrgNames& names) {
  const std::string org = report::line_organisation(line, names);
  std::string out = "<section class=\"ics-line\" id=\"" +
                    report::anchor_id("org-", line.combined ? "combined" : line.org_code) + "\"><h2>" +
                    html_escape(org) + "</h2><dl class=\"nhsuk-summary-list\">";
  out += summary_row("Latest value", html_escape(report::format_value(line.value, metric.unit) + " in " +
                                                 report::line_month(line)));
  out += summary_row("Standard", html_escape(report::format_optional(line.standard, metric.unit)) + " " + met_tag(line.met));
  out += summary_row("Variation", report::variation_icon_svg(line.variation, metric.improvement, 40) + " " +
                                      html_escape(report::variation_description(line.variation, metric.improvement)));
  const std::string assurance = report::assurance_description(line.assurance);
  out += summary_row("Assurance", assurance.empty() ? "No target to assure against"
                                                    : report::assurance_icon_svg(line.assurance, 40) + " " +
                                                          html_escape(assurance));
  out += "</dl><div class=\"ics-chart\">" +
         report::spc_chart_svg(line.points, line.standard, metric.unit, report::SpcChartStyle{800, 320, false, org}) +
         "</div>";
  for (const auto& w : line.warnings) out += "<p class=\"nhsuk-body-s\">" + html_escape(w) + "</p>";
  return out + data_table(line, metric) + "</section>";
}

}  // namespace

std::string metric_page_body(const Metric& metric, const performance::Ipr& ipr, const report::OrgNames& names) {
  std::string out = "<span class=\"nhsuk-caption-l\">" + html_escape(metric.service_area) + "</span><h1>" +
                    html_escape(metric.name) + "</h1><dl class=\"nhsuk-summary-list\">";
  out += summary_row("Standard", html_escape(report::format_optional(metric.standard, metric.unit)));
  out += summary_row("Direction", html_escape(better_words(metric.improvement)));
  out += summary_row("Unit", html_escape(std::string(to_string(metric.unit))));
  if (!metric.source.empty()) out += summary_row("Source", html_escape(metric.source));
  out += summary_row("Report month", html_escape(ipr.month.long_label()));
  out += "</dl>";
  if (ipr.metrics.empty()) {
    return out + "<div class=\"nhsuk-inset-text\"><p>There is no data for this metric for the selected "
                 "organisations by this month.</p></div>";
  }
  for (const auto& line : ipr.metrics.front().lines) out += line_section(line, metric, names);
  out += "<p><a class=\"nhsuk-link\" href=\"/api/v1/metrics/" + html_escape(url_encode(metric.id)) +
         "\">This metric as JSON</a></p>";
  return out;
}

std::string metrics_index_body(const std::vector<Metric>& metrics) {
  std::string out = "<h1>Metrics</h1><p class=\"nhsuk-lede-text\">The key performance indicators the board tracks, "
                    "with their NHS standards.</p>";
  std::string area;
  bool open = false;
  for (const auto& m : metrics) {
    if (!open || m.service_area != area) {
      if (open) out += "</ul>";
      area = m.service_area;
      out += "<h2>" + html_escape(area) + "</h2><ul class=\"nhsuk-list\">";
      open = true;
    }
    out += "<li><a class=\"nhsuk-link\" href=\"/metrics/" + html_escape(url_encode(m.id)) + "\">" + html_escape(m.name) +
           "</a> – standard " + html_escape(report::format_optional(m.standard, m.unit)) + "</li>";
  }
  if (open) out += "</ul>";
  return out;
}

}  // namespace ics::web
