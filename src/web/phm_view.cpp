#include "web/phm_view.h"

#include <cmath>
#include <cstdio>

#include "phm/disclosure.h"
#include "report/html_escape.h"
#include "web/finance_format.h"
#include "web/governance_view_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

// One decimal-place figure with thousands commas in its whole part.
std::string with_decimals(double value, int decimals) {
  if (!std::isfinite(value)) return "–";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  std::string text = buf;
  const size_t dot = text.find('.');
  const std::string whole = text.substr(0, dot);
  std::string grouped;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  const std::string out = grouped + (dot == std::string::npos ? "" : text.substr(dot));
  const bool zero = out.find_first_not_of("0.,") == std::string::npos;
  return value < 0 && !zero ? std::string("-") + out : out;
}

}  // namespace

std::optional<int64_t> disclosed(int64_t count) { return phm::disclosed_count(count); }

std::string disclosed_cell(int64_t count) {
  const auto shown = phm::disclosed_count(count);
  return shown ? format_count(*shown) : "*";
}

std::string count_cell(const nlohmann::json& count) {
  return count.is_number() ? format_count(count.get<int64_t>()) : "*";
}

std::string figure_cell(const nlohmann::json& value, int decimals) {
  return value.is_number() ? with_decimals(value.get<double>(), decimals) : "–";
}

std::string percent_cell(const nlohmann::json& proportion) {
  return proportion.is_number() ? percent_text(proportion.get<double>()) : "–";
}

std::string money_cell(const nlohmann::json& pence) {
  return pence.is_number() ? money_text(pence.get<int64_t>()) : "–";
}

std::string count_text(int64_t count) { return format_count(count); }

std::string rate_text(double rate) { return with_decimals(rate, 1); }

std::string ratio_text(double ratio) { return with_decimals(ratio, 2); }

std::string percent_text(double proportion) { return with_decimals(proportion * 100, 1) + "%"; }

std::string fixed_text(double value, int decimals) { return with_decimals(value, decimals); }

std::string money_text(Pence value) {
  std::string pounds = format_pounds(round_to(value, 100));  // "1,234.00" or "(1,234.00)"
  const size_t dot = pounds.find('.');
  if (dot != std::string::npos) pounds.erase(dot, 3);
  return std::string("£") + pounds;
}

std::string as_at_html(const PhmPopulation& population) {
  const Date at = population.analysis.at;
  std::string out = "<p class=\"phm-as-at\">Analysis as at <strong>" + html_escape(nhs_date(at)) +
                    "</strong>: the 12 months to " + html_escape(nhs_date(Date{at.days - 1})) + ". Extract from " +
                    html_escape(nhs_date(population.population.extract_start)) + " to " +
                    html_escape(nhs_date(population.population.extract_end)) + ".";
  if (population.clamped)
    out += population.today > population.analysis.at
               ? " The extract ends before today (" + html_escape(nhs_date(population.today)) +
                     "), so this is the latest analysis it supports."
               : " Today (" + html_escape(nhs_date(population.today)) +
                     ") leaves less than the two years of history the risk model needs, so this is the earliest "
                     "analysis the extract supports.";
  return out + "</p>";
}

std::string phm_section_nav(const std::string& current_href) {
  static const std::pair<const char*, const char*> kPages[] = {
      {"/phm", "Overview"},         {"/phm/segments", "Segments"}, {"/phm/inequalities", "Inequalities"},
      {"/phm/value", "Value"},      {"/phm/risk", "Risk model"},   {"/phm/case-finding", "Case-finding"}};
  std::string out = "<nav class=\"phm-section-nav\" aria-label=\"Population health\"><ul class=\"nhsuk-list\">";
  for (const auto& [href, label] : kPages) {
    out += "<li class=\"phm-section-nav__item\">";
    if (current_href == href) out += "<strong aria-current=\"page\">" + std::string(label) + "</strong>";
    else out += "<a href=\"" + std::string(href) + "\">" + label + "</a>";
    out += "</li>";
  }
  return out + "</ul></nav>";
}

std::string no_population_body(const std::string& snapshot_path) {
  return "<h1>Population health</h1><p>No population has been loaded.</p>"
         "<p>An analyst loads one by importing a pseudonymised extract into a snapshot:</p>"
         "<pre><code>ics phm import --input DIR --snapshot " +
         html_escape(snapshot_path.empty() ? "var/ics.phm" : snapshot_path) +
         "</code></pre><p>where <code>DIR</code> holds <code>persons.csv</code>, <code>conditions.csv</code> and "
         "<code>events.csv</code> (see <code>docs/phm-data.md</code>; <code>ics synth population</code> writes a "
         "synthetic one). The pages pick the snapshot up on the next request.</p>";
}

std::string failed_population_body(const std::string& snapshot_path, const std::string& problem) {
  return "<h1>Population health</h1><p>The population snapshot <code>" + html_escape(snapshot_path) +
         "</code> could not be analysed:</p><p class=\"nhsuk-error-message\">" + html_escape(problem) +
         "</p><p>Import it again with <code>ics phm import</code>.</p>";
}

std::string suppressed_note_html() { return "<p class=\"nhsuk-body-s phm-suppressed-note\">" + html_escape(kSuppressedNote) + "</p>"; }

}  // namespace ics::web
