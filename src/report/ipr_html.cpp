#include "report/ipr_html.h"

#include "report/html_escape.h"
#include "report/mdc_icons_svg.h"
#include "report/spc_chart_svg.h"
#include "report/value_format.h"

namespace ics::report {
namespace {

// NHS identity colours (NHS blue #005EB8, text #212B32, greys) so the printed pack looks like the web pages.
constexpr const char* kCss = R"css(
*{box-sizing:border-box}
body{margin:0;font-family:Frutiger W01,Arial,Helvetica,sans-serif;color:#212B32;background:#F0F4F5;line-height:1.4}
.header{background:#005EB8;color:#FFFFFF;padding:12px 0}
.container{max-width:1200px;margin:0 auto;padding:0 16px}
.logo{display:inline-block;background:#FFFFFF;color:#005EB8;font-weight:bold;font-style:italic;font-size:20px;padding:2px 8px;margin-right:12px}
.service{font-size:19px;font-weight:bold;vertical-align:middle}
main{padding:24px 16px 48px}
h1{font-size:32px;margin:0 0 8px}
h2{font-size:24px;margin:32px 0 12px}
h3{font-size:19px;margin:24px 0 8px}
.lede{font-size:19px;margin:0 0 16px}
.panel{background:#FFFFFF;padding:16px;margin-bottom:16px}
table{border-collapse:collapse;width:100%;background:#FFFFFF;font-size:15px}
caption{text-align:left;font-weight:bold;padding:8px 0}
th,td{border-bottom:1px solid #D8DDE0;padding:8px;text-align:left;vertical-align:middle}
th{font-weight:bold;border-bottom:2px solid #AEB7BD}
tbody th{vertical-align:top;border-bottom:1px solid #AEB7BD}
td.num,th.num{text-align:right}
.tag{display:inline-block;white-space:nowrap;padding:2px 8px;font-weight:bold;font-size:14px;border:1px solid}
.tag--green{color:#005A30;background:#CCE2D8;border-color:#005A30}
.tag--amber{color:#594D00;background:#FFF7BF;border-color:#594D00}
.tag--red{color:#942514;background:#F4CDC6;border-color:#942514}
.tag--grey{color:#383F43;background:#EEEFEF;border-color:#383F43}
.stale{color:#4C6272;font-size:13px}
.charts{display:flex;flex-wrap:wrap;gap:16px}
.chart{background:#FFFFFF;padding:8px}
.key li{margin-bottom:6px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px;vertical-align:middle}
footer{border-top:4px solid #005EB8;background:#FFFFFF;padding:16px 0;font-size:14px;color:#4C6272}
svg{vertical-align:middle}
@media print{body{background:#FFFFFF}.chart{break-inside:avoid}}
)css";

std::string tag(std::string_view modifier, const std::string& text) {
  return "<span class=\"tag tag--" + std::string(modifier) + "\">" + html_escape(text) + "</span>";
}

std::string rag_cell(const std::optional<performance::DeliveryRag>& rag) {
  if (!rag) return tag("grey", "No KPIs");
  switch (*rag) {
    case performance::DeliveryRag::Green: return tag("green", "G");
    case performance::DeliveryRag::Amber: return tag("amber", "A");
    case performance::DeliveryRag::Red: return tag("red", "R");
  }
  return "";
}

std::string met_cell(const std::optional<bool>& met) {
  if (!met) return "–";
  return *met ? tag("green", met_label(met)) : tag("red", met_label(met));
}

std::string line_anchor(const performance::IprMetric& m, const performance::IprLine& line) {
  return anchor_id("chart-" + m.metric.id + "-", line.combined ? "combined" : line.org_code);
}

std::string rollup_table(const performance::Ipr& ipr) {
  std::string out =
      "<table class=\"rollup\"><caption>Delivery against standards by service area</caption><thead><tr>"
      "<th scope=\"col\">Service Area</th><th scope=\"col\" class=\"num\">No. KPIs</th>"
      "<th scope=\"col\" class=\"num\">% Achieved</th><th scope=\"col\">Delivery RAG</th></tr></thead><tbody>";
  for (const auto& row : ipr.rollup) {
    out += "<tr><td><a href=\"#" + anchor_id("area-", row.service_area) + "\">" + html_escape(row.service_area) +
           "</a></td><td class=\"num\">" + std::to_string(row.kpis) + "</td><td class=\"num\">" +
           (row.percent_achieved ? format_percent_whole(*row.percent_achieved) : "–") + "</td><td>" +
           rag_cell(row.rag) + "</td></tr>";
  }
  return out + "</tbody></table>";
}

std::string metric_rows(const performance::IprMetric& m, const IprHtmlOptions& options) {
  std::string out;
  const MetricUnit unit = m.metric.unit;
  for (size_t i = 0; i < m.lines.size(); ++i) {
    const auto& line = m.lines[i];
    SpcChartStyle spark{120, 32, true, ""};
    // The metric's name heads its first row and spans its organisations' rows, as board packs set it out.
    out += "<tr data-metric=\"" + html_escape(m.metric.id) + "\">";
    if (i == 0)
      out += "<th scope=\"row\" rowspan=\"" + std::to_string(m.lines.size()) + "\">" + html_escape(m.metric.name) +
             "</th>";
    out += "<td>" + html_escape(line_organisation(line, options.org_names)) + "</td><td>" +
           html_escape(format_month(line.month)) +
           (line.stale ? " <span class=\"stale\">(latest available)</span>" : "") + "</td><td class=\"num\">" +
           html_escape(format_value(line.value, unit)) + "</td><td class=\"num\">" +
           html_escape(format_optional(line.standard, unit)) + "</td><td>" + met_cell(line.met) + "</td><td>" +
           variation_icon_svg(line.variation, m.metric.improvement, 32) + "</td><td>" +
           assurance_icon_svg(line.assurance, 32) + "</td><td><a href=\"#" + line_anchor(m, line) + "\">" +
           spc_chart_svg(line.points, line.standard, unit, spark) + "</a></td></tr>";
  }
  return out;
}

std::string area_section(const performance::Ipr& ipr, const std::string& area, const IprHtmlOptions& options) {
  std::string out = "<h2 id=\"" + anchor_id("area-", area) + "\">" + html_escape(area) + "</h2>";
  out += "<table class=\"ipr\"><thead><tr><th scope=\"col\">Metric</th><th scope=\"col\">Organisation</th>"
         "<th scope=\"col\">Month</th><th scope=\"col\" class=\"num\">Value</th>"
         "<th scope=\"col\" class=\"num\">Standard</th><th scope=\"col\">Met</th><th scope=\"col\">Variation</th>"
         "<th scope=\"col\">Assurance</th><th scope=\"col\">Chart</th></tr></thead><tbody>";
  for (const auto& m : ipr.metrics)
    if (m.metric.service_area == area) out += metric_rows(m, options);
  return out + "</tbody></table>";
}

std::string chart_section(const performance::IprMetric& m, const IprHtmlOptions& options) {
  std::string out = "<section class=\"panel\" id=\"" + anchor_id("metric-", m.metric.id) + "\"><h3>" +
                    html_escape(m.metric.name) + "</h3>";
  out += "<p>Standard: " + html_escape(format_optional(m.metric.standard, m.metric.unit)) +
         ". Better is " + html_escape(std::string(to_string(m.metric.improvement))) + ".";
  if (!m.metric.source.empty()) out += " Source: " + html_escape(m.metric.source) + ".";
  out += "</p><div class=\"charts\">";
  for (const auto& line : m.lines) {
    SpcChartStyle style{560, 260, false, line_organisation(line, options.org_names)};
    out += "<div class=\"chart\" id=\"" + line_anchor(m, line) + "\">" +
           spc_chart_svg(line.points, line.standard, m.metric.unit, style) + "</div>";
  }
  return out + "</div></section>";
}

std::string swatch(std::string_view colour) {
  return "<svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" "
         "r=\"6\" fill=\"" + std::string(colour) + "\"/></svg> ";
}

std::string key_section() {
  return "<h2 id=\"key\">How to read this report</h2><div class=\"panel\"><ul class=\"key\">"
         "<li>" + swatch("#A6A6A6") + "Grey points: common cause variation, the process as usual.</li>"
         "<li>" + swatch("#E46C0A") + "Orange points: special cause of concern.</li>"
         "<li>" + swatch("#00B0F0") + "Blue points: special cause of improvement.</li>"
         "<li>" + swatch("#490092") + "Purple points: special cause where neither direction is better.</li>"
         "<li>The solid line is the mean, the dashed grey lines the process limits and the dashed red line the "
         "standard. Variation icons show H or L for a high or low special cause; assurance icons show P when "
         "the process will consistently meet the standard, F when it will consistently fail it, and ? when "
         "it may do either.</li></ul></div>";
}

}  // namespace

std::string anchor_id(std::string_view prefix, std::string_view text) {
  std::string out(prefix);
  for (char c : text) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    out += keep ? c : '-';
  }
  return out;
}

std::string ipr_html(const performance::Ipr& ipr, const IprHtmlOptions& options) {
  std::string orgs;
  for (const auto& code : ipr.orgs) {
    const auto it = options.org_names.find(code);
    const std::string name = it == options.org_names.end() || it->second.empty() ? code : it->second + " (" + code + ")";
    orgs += (orgs.empty() ? "" : "; ") + name;
  }
  std::string page = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
                     html_escape(options.title + " – " + ipr.month.long_label()) + "</title><style>" + kCss +
                     "</style></head><body>";
  page += "<header class=\"header\"><div class=\"container\"><span class=\"logo\">NHS</span><span class=\"service\">" +
          html_escape(options.title) + "</span></div></header><main class=\"container\">";
  page += "<h1>" + html_escape(options.title) + "</h1><p class=\"lede\">" + html_escape(ipr.month.long_label()) +
          " (" + html_escape(ipr.month.financial_year() + " " + ipr.month.financial_month_label()) + ") – " +
          html_escape(orgs) + "</p>";
  if (ipr.metrics.empty()) page += "<p class=\"panel\">No metric has data for these organisations by this month.</p>";
  page += "<h2 id=\"summary\">Summary by service area</h2>" + rollup_table(ipr);
  for (const auto& row : ipr.rollup) page += area_section(ipr, row.service_area, options);
  page += "<h2 id=\"charts\">SPC charts</h2>";
  for (const auto& m : ipr.metrics) page += chart_section(m, options);
  page += key_section() + "</main><footer><div class=\"container\">Integrated performance report produced by ics. "
          "Statistical process control follows NHS England's Making Data Count." +
          (options.generated.empty() ? "" : " " + html_escape(options.generated)) +
          "</div></footer></body></html>\n";
  return page;
}

}  // namespace ics::report
