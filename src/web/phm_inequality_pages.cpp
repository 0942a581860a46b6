// The inequalities and value pages: standardised rates with confidence intervals as dot-and-whisker charts
// beside their tables, the slope and relative index of inequality, and each setting's funnel plot of PCNs
// beside the opportunity table. Figures come from phm::analysis_json, so suppressed counts, and whatever
// is derived from them, are hidden here exactly as in the API.
#include <cctype>

#include "phm/inequalities.h"
#include "report/html_escape.h"
#include "web/governance_view_helpers.h"
#include "web/phm_charts.h"
#include "web/phm_pages.h"
#include "web/phm_view.h"

namespace ics::web {
namespace {

using nlohmann::json;
using report::html_escape;

// "not_known" -> "Not known"; PCN and place codes pass through unchanged.
std::string group_label(const std::string& group) {
  std::string out = group;
  for (char& c : out)
    if (c == '_') c = ' ';
  if (!out.empty() && std::islower(static_cast<unsigned char>(out[0])))
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string side_by_side(const std::string& left, const std::string& right) {
  return "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-one-half\">" + left +
         "</div><div class=\"nhsuk-grid-column-one-half\">" + right + "</div></div>";
}

std::string interval_text(const json& lower, const json& upper, int decimals) {
  if (!lower.is_number() || !upper.is_number()) return "–";
  return figure_cell(lower, decimals) + " to " + figure_cell(upper, decimals);
}

// One measure by one dimension: the chart of the groups whose rate is shown, and the table of them all.
std::string dimension_section(const json& rows, phm::InequalityMeasure measure, phm::InequalityDimension dimension) {
  const std::string measure_key(phm::measure_key(measure)), dimension_key(phm::dimension_key(dimension));
  std::vector<IntervalPoint> points;
  std::vector<std::vector<std::string>> table;
  for (const json& row : rows) {
    if (row["measure"] != measure_key || row["dimension"] != dimension_key) continue;
    const std::string label = group_label(row["group"].get<std::string>());
    if (row["rate"].is_number() && row["lower"].is_number() && row["upper"].is_number())
      points.push_back({label, row["rate"].get<double>(), row["lower"].get<double>(), row["upper"].get<double>()});
    table.push_back({html_escape(label), count_cell(row["events"]), count_cell(row["population"]),
                     figure_cell(row["rate"], 1), interval_text(row["lower"], row["upper"], 1)});
  }
  const std::string title = phm::measure_label(measure) + " by " + phm::dimension_label(dimension);
  const std::string id = "phm-" + measure_key + "-" + dimension_key;
  return "<h3>" + html_escape(phm::dimension_label(dimension)) + "</h3>" +
         side_by_side(interval_chart_svg(title, id, "Age-standardised rate per 100,000 (95% CI)", points),
                      nhs_table(title, {"Group", "Events", "Population", "Rate per 100,000", "95% CI"}, table,
                                "No groups."));
}

const json* find_by(const json& array, const std::string& key, const std::string& value) {
  for (const json& item : array)
    if (item[key] == value) return &item;
  return nullptr;
}

}  // namespace

std::string phm_inequalities_body(const PhmPopulation& population) {
  const json& inequalities = population.json()["inequalities"];
  std::string out = "<h1>Inequalities</h1>" + phm_section_nav("/phm/inequalities") + as_at_html(population);
  out += "<p>Directly age-standardised rates per 100,000 (European Standard Population 2013) for the 12 months "
         "before the analysis date, with 95% confidence intervals (Dobson's method). Groups whose counts are "
         "suppressed have no rate.</p>";

  std::vector<std::vector<std::string>> slopes;
  for (int m = 0; m < phm::kInequalityMeasureCount; ++m) {
    const auto measure = static_cast<phm::InequalityMeasure>(m);
    const json* s = find_by(inequalities["slopes"], "measure", std::string(phm::measure_key(measure)));
    if (!s) continue;
    slopes.push_back({html_escape(phm::measure_label(measure)), figure_cell((*s)["sii"], 1),
                      interval_text((*s)["sii_lower"], (*s)["sii_upper"], 1), figure_cell((*s)["rii"], 2),
                      interval_text((*s)["rii_lower"], (*s)["rii_upper"], 2), figure_cell((*s)["core20_rate_ratio"], 2)});
  }
  out += "<h2>Slope and relative index of inequality</h2>";
  out += nhs_table("Across IMD deciles (a positive SII means higher rates in more deprived areas)",
                   {"Measure", "SII per 100,000", "SII 95% CI", "RII", "RII 95% CI", "Core20 ÷ rest"}, slopes);

  for (int m = 0; m < phm::kInequalityMeasureCount; ++m) {
    const auto measure = static_cast<phm::InequalityMeasure>(m);
    out += "<h2>" + html_escape(phm::measure_label(measure)) + "</h2>";
    for (int d = 0; d < phm::kInequalityDimensionCount; ++d)
      out += dimension_section(inequalities["rows"], measure, static_cast<phm::InequalityDimension>(d));
  }
  return out + suppressed_note_html();
}

std::string phm_value_body(const PhmPopulation& population) {
  const json& value = population.json()["value_opportunities"];
  std::string out = "<h1>Value opportunities</h1>" + phm_section_nav("/phm/value") + as_at_html(population);
  out += "<p>For each PCN and setting: last year's activity against what its age-sex mix would have at the ICS's "
         "own rates (observed ÷ expected). The benchmark is the best quartile's ratio; the opportunity is what the "
         "PCNs above it would save, at their own cost per event, if they came down to it.</p>";
  out += summary_list(summary_row("Total opportunity", "<strong class=\"phm-total-opportunity\">" +
                                                           money_cell(value["total_opportunity_pence"]) + "</strong>"));
  if (const int64_t withheld = value.value("rows_withheld", int64_t{0}); withheld > 0)
    out += "<p class=\"phm-rows-withheld\">Costs and opportunities are totals of the rows shown: " +
           std::to_string(withheld) + (withheld == 1 ? " PCN row" : " PCN rows") +
           " with small numbers, hidden below, " + (withheld == 1 ? "is" : "are") + " left out of them.</p>";

  std::vector<std::vector<std::string>> settings;
  for (const json& s : value["by_setting"]) {
    const auto setting = parse_enum<phm::Setting>(s["setting"].get<std::string>());
    settings.push_back({setting ? html_escape(setting_label(*setting)) : html_escape(s["setting"].get<std::string>()),
                        count_cell(s["events"]), money_cell(s["cost_pence"]), figure_cell(s["benchmark_ratio"], 2),
                        money_cell(s["opportunity_pence"])});
  }
  out += nhs_table("Opportunity by setting", {"Setting", "Events", "Cost", "Benchmark ratio", "Opportunity"}, settings);

  for (int i = 0; i < phm::kSettingCount; ++i) {
    const auto setting = static_cast<phm::Setting>(i);
    const std::string key(enum_name(setting));
    std::vector<FunnelPoint> points;
    std::vector<std::vector<std::string>> rows;
    double benchmark = 1;
    for (const json& r : value["rows"]) {
      if (r["setting"] != key) continue;
      if (r["benchmark_ratio"].is_number()) benchmark = r["benchmark_ratio"].get<double>();
      if (r["ratio"].is_number() && r["expected"].is_number())
        points.push_back({r["pcn"].get<std::string>(), r["expected"].get<double>(), r["ratio"].get<double>()});
      const std::string flag = !r["outside_998"].is_boolean() ? "–"
                               : !r["outside_998"].get<bool>() ? "Within"
                               : r["ratio"].get<double>() > 1 ? nhs_tag("Above", "red")
                                                               : nhs_tag("Below", "green");
      rows.push_back({html_escape(r["pcn"].get<std::string>()), count_cell(r["persons"]), count_cell(r["observed"]),
                      figure_cell(r["expected"], 1), figure_cell(r["ratio"], 2),
                      interval_text(r["lower"], r["upper"], 2), flag, money_cell(r["opportunity_pence"])});
    }
    const std::string title = setting_label(setting) + ": PCNs' ratio of observed to expected";
    out += "<h2>" + html_escape(setting_label(setting)) + "</h2>" +
           side_by_side(funnel_plot_svg(title, "phm-funnel-" + key, points, benchmark),
                        nhs_table(title, {"PCN", "Persons", "Observed", "Expected", "Ratio", "95% CI",
                                          "99.8% limits", "Opportunity"},
                                  rows, "No PCNs."));
  }
  return out + suppressed_note_html();
}

}  // namespace ics::web
