// The overview, segment, risk model and case-finding pages. Aggregates come from phm::analysis_json (the
// one place disclosure control is applied), so a page can never show what the API and CSV files hide;
// only the case-finding list, patient-level by design, reads the analysis itself.
#include <cmath>

#include "phm/risk_features.h"
#include "phm/segmentation.h"
#include "report/html_escape.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/phm_charts.h"
#include "web/phm_pages.h"
#include "web/phm_view.h"

namespace ics::web {
namespace {

using nlohmann::json;
using report::html_escape;

const std::string kClassification = "OFFICIAL-SENSITIVE: PATIENT IDENTIFIABLE";

// The cell of a segments array (as analysis_json writes them, one per segment in enum order).
const json& segment_cell(const json& cells, int segment) { return cells.at(static_cast<size_t>(segment)); }

std::string segment_swatch(phm::Segment segment) {
  return "<svg class=\"phm-swatch\" width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"" +
         segment_colour(segment) + "\"/></svg> ";
}

// A table of persons by segment, one row per group: each group's label and its segment cells.
std::string segment_table(const std::string& caption, const std::string& group_header,
                          const std::vector<std::pair<std::string, const json*>>& groups) {
  std::vector<std::string> headers = {group_header};
  for (int s = 0; s < phm::kSegmentCount; ++s) headers.push_back(phm::segment_label(static_cast<phm::Segment>(s)));
  std::vector<std::vector<std::string>> rows;
  for (const auto& [label, cells] : groups) {
    std::vector<std::string> row = {html_escape(label)};
    for (int s = 0; s < phm::kSegmentCount; ++s) row.push_back(count_cell(segment_cell(*cells, s)["persons"]));
    rows.push_back(std::move(row));
  }
  return nhs_table(caption, headers, rows, "No groups.");
}

}  // namespace

std::string setting_label(phm::Setting setting) {
  switch (setting) {
    case phm::Setting::GpAppointment: return "GP appointments";
    case phm::Setting::AeAttendance: return "A&E attendances";
    case phm::Setting::EmergencyAdmission: return "Emergency admissions";
    case phm::Setting::ElectiveAdmission: return "Elective admissions";
    case phm::Setting::OutpatientAttendance: return "Outpatient attendances";
    case phm::Setting::CommunityContact: return "Community contacts";
    case phm::Setting::MentalHealthContact: return "Mental health contacts";
    case phm::Setting::SocialCarePackage: return "Social care packages";
  }
  return "Unknown";
}

std::string phm_overview_body(const PhmPopulation& population) {
  const json& doc = population.json();
  const auto& geography = population.population.geography;
  std::string out = "<h1>Population health</h1>" + phm_section_nav("/phm") + as_at_html(population);
  out += summary_list(
      summary_row("Persons in the population", count_cell(doc["persons"])) +
      summary_row("Practices", count_text(static_cast<int64_t>(geography.practice_codes.size()))) +
      summary_row("Primary care networks", count_text(static_cast<int64_t>(geography.pcn_codes.size()))) +
      summary_row("Places", count_text(static_cast<int64_t>(geography.place_codes.size()))) +
      summary_row("Value opportunity (all settings)",
                  "<a href=\"/phm/value\">" + money_cell(doc["value_opportunities"]["total_opportunity_pence"]) + "</a>"));

  // Segment summary: persons, share, last year's emergency admissions and cost.
  const json& ics = doc["segments"]["ics"];
  const json& total = doc["persons"];
  std::vector<std::vector<std::string>> rows;
  for (int s = 0; s < phm::kSegmentCount; ++s) {
    const auto segment = static_cast<phm::Segment>(s);
    const json& cell = segment_cell(ics, s);
    const json share = cell["persons"].is_number() && total.is_number() && total.get<double>() > 0
                           ? json(cell["persons"].get<double>() / total.get<double>())
                           : json(nullptr);
    rows.push_back({segment_swatch(segment) + html_escape(phm::segment_label(segment)), count_cell(cell["persons"]),
                    percent_cell(share), count_cell(cell["events"]["emergency_admission"]),
                    count_cell(cell["events"]["ae_attendance"]), money_cell(cell["cost_pence"]),
                    money_cell(cell["cost_per_person_pence"])});
  }
  out += "<h2>Segments</h2>";
  out += nhs_table("Persons by Bridges to Health segment, and their use of services in the last 12 months",
                   {"Segment", "Persons", "Share", "Emergency admissions", "A&E attendances", "Cost", "Cost per person"},
                   rows);

  PyramidCounts pyramid{};
  for (const json& group : doc["segments"]["by_age_sex"]) {
    const std::string band = group["age_band"].get<std::string>();
    const int sex = group["sex"].get<std::string>() == "M" ? static_cast<int>(phm::Sex::Male) : static_cast<int>(phm::Sex::Female);
    for (int b = 0; b < phm::kAgeBandCount; ++b) {
      if (phm::age_band_label(b) != band) continue;
      for (int s = 0; s < phm::kSegmentCount; ++s) {
        const json& persons = segment_cell(group["segments"], s)["persons"];
        pyramid[b][sex][s] = persons.is_number() ? persons.get<int64_t>() : 0;
      }
    }
  }
  out += "<h2>Population pyramid</h2>" + population_pyramid_svg(pyramid, "phm-pyramid");
  out += "<p class=\"nhsuk-body-s\">Suppressed cells (1 to 7 persons) are left out of the bars.</p>";

  std::vector<std::vector<std::string>> tier_rows;
  for (const json& tier : doc["risk_model"]["tiers"])
    tier_rows.push_back({html_escape(tier["label"].get<std::string>()), count_cell(tier["persons"]),
                         percent_cell(tier["min_probability"]), percent_cell(tier["mean_probability"])});
  out += "<h2>Risk tiers</h2>";
  out += nhs_table("Persons by predicted risk of an emergency admission in the next 12 months",
                   {"Tier", "Persons", "Lowest predicted risk", "Mean predicted risk"}, tier_rows);
  out += "<p><a href=\"/phm/risk\">How good the risk model is</a></p>";
  return out + suppressed_note_html();
}

std::string phm_segments_body(const PhmPopulation& population) {
  const json& segments = population.json()["segments"];
  std::string out = "<h1>Segments</h1>" + phm_section_nav("/phm/segments") + as_at_html(population);
  out += "<p>Persons in each Bridges to Health segment, by where they are registered and by age.</p>";
  std::vector<std::pair<std::string, const json*>> groups;
  for (const json& pcn : segments["by_pcn"])
    groups.emplace_back(pcn["pcn"].get<std::string>() + " (" + pcn["place"].get<std::string>() + ")", &pcn["segments"]);
  out += "<h2>By primary care network</h2>" + segment_table("Persons by segment and PCN", "PCN", groups);
  groups.clear();
  for (const json& place : segments["by_place"]) groups.emplace_back(place["place"].get<std::string>(), &place["segments"]);
  out += "<h2>By place</h2>" + segment_table("Persons by segment and place", "Place", groups);
  // Age bands with both sexes: the JSON holds them by sex, and adding disclosed counts would add their
  // rounding, so the table shows each sex's row as published.
  groups.clear();
  for (const json& band : segments["by_age_sex"])
    groups.emplace_back(band["age_band"].get<std::string>() + (band["sex"] == "M" ? " males" : " females"), &band["segments"]);
  out += "<h2>By age band</h2>" + segment_table("Persons by segment, age band and sex", "Age band", groups);
  return out + suppressed_note_html();
}

std::string phm_risk_body(const PhmPopulation& population) {
  const json& risk = population.json()["risk_model"];
  std::string out = "<h1>Risk model</h1>" + phm_section_nav("/phm/risk") + as_at_html(population);
  out += "<p>A logistic regression of " + html_escape(risk.value("outcome", std::string("an emergency admission"))) +
         ", trained on the year to " + html_escape(nhs_date(population.analysis.risk.trained_at)) +
         " over two thirds of the population and tested on the held-out third.</p>";
  out += summary_list(summary_row("Area under the ROC curve (test third)", figure_cell(risk["test_auc"], 3)) +
                      summary_row("Training persons", count_cell(risk["training_persons"])) +
                      summary_row("Training persons with an emergency admission", count_cell(risk["training_events"])) +
                      summary_row("Test persons", count_cell(risk["test_persons"])) +
                      summary_row("Test persons with an emergency admission", count_cell(risk["test_events"])) +
                      summary_row("Fit", std::string(risk["converged"].get<bool>() ? "Converged" : "Did not converge") +
                                              " after " + std::to_string(risk["iterations"].get<int>()) + " iterations"));

  std::vector<CalibrationPoint> points;
  std::vector<std::vector<std::string>> rows;
  for (const json& d : risk["calibration"]) {
    if (d["mean_predicted"].is_number() && d["observed_rate"].is_number())
      points.push_back({d["decile"].get<int>(), d["mean_predicted"].get<double>(), d["observed_rate"].get<double>()});
    rows.push_back({std::to_string(d["decile"].get<int>()), count_cell(d["persons"]), percent_cell(d["mean_predicted"]),
                    count_cell(d["observed_events"]), percent_cell(d["observed_rate"])});
  }
  out += "<h2>Calibration</h2><div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-one-half\">" +
         calibration_chart_svg("Calibration by decile of predicted risk (test third)", "phm-calibration", points) +
         "</div><div class=\"nhsuk-grid-column-one-half\">" +
         nhs_table("Observed against predicted, by decile (1 = lowest risk)",
                   {"Decile", "Persons", "Mean predicted", "Emergency admissions", "Observed rate"}, rows) +
         "</div></div>";

  rows.clear();
  for (const json& c : risk["coefficients"])
    rows.push_back({html_escape(c["label"].get<std::string>()), "<code>" + html_escape(c["feature"].get<std::string>()) + "</code>",
                    figure_cell(c["coefficient"], 3), figure_cell(c["standard_error"], 3), figure_cell(c["odds_ratio"], 2)});
  out += "<h2>Coefficients</h2>" +
         nhs_table("Fitted coefficients (log-odds per unit of each feature)",
                   {"Feature", "Name", "Coefficient", "Standard error", "Odds ratio"}, rows);

  rows.clear();
  for (const json& tier : risk["tiers"])
    rows.push_back({html_escape(tier["label"].get<std::string>()), count_cell(tier["persons"]),
                    percent_cell(tier["min_probability"]), percent_cell(tier["mean_probability"])});
  out += "<h2>Risk tiers</h2>" +
         nhs_table("Persons by tier on " + nhs_short_date(population.analysis.at),
                   {"Tier", "Persons", "Lowest predicted risk", "Mean predicted risk"}, rows);
  return out + suppressed_note_html();
}

std::string phm_case_finding_index_body(const PhmPopulation& population, const std::vector<std::string>& openable) {
  std::string out = "<h1>Case-finding</h1>" + phm_section_nav("/phm/case-finding") + as_at_html(population);
  out += "<p>Case-finding lists name the people in the top 5% of predicted risk of an emergency admission, so "
         "their practices can review their care. They are patient identifiable and open only for the primary "
         "care networks your account has patient-level access to.</p>";
  if (openable.empty())
    return out + "<p>Your account has patient-level access to no primary care network. Ask an administrator to "
                 "grant it (<code>ics user grant</code>) if your role needs it.</p>";
  out += "<ul class=\"nhsuk-list nhsuk-list--bullet\">";
  for (const auto& pcn : openable)
    out += "<li><a href=\"/phm/case-finding?pcn=" + url_encode(pcn) + "\">" + html_escape(pcn) + "</a></li>";
  return out + "</ul>";
}

std::string phm_case_finding_body(const PhmPopulation& population, const std::string& pcn,
                                  const std::vector<phm::CaseFindingEntry>& entries) {
  const std::string banner = "<div class=\"nhsuk-warning-callout phm-classification\"><h2 class=\"nhsuk-warning-callout__label\">" +
                             html_escape(kClassification) + "</h2><p>This list names individual patients. Use it only "
                             "for their direct care; do not copy it elsewhere.</p></div>";
  std::string out = "<h1>Case-finding: " + html_escape(pcn) + "</h1>" + phm_section_nav("") + banner + as_at_html(population);
  std::vector<std::vector<std::string>> rows;
  for (const auto& e : entries) {
    std::string factors;
    for (const auto& f : e.factors) {
      if (!factors.empty()) factors += ", ";
      factors += std::string(phm::kRiskFeatureLabels[static_cast<size_t>(f.feature)]);
    }
    rows.push_back({"<code>" + html_escape(e.person_id) + "</code>", html_escape(e.practice), std::to_string(e.age),
                    std::string(enum_name(e.sex)), percent_text(e.probability), html_escape(phm::risk_tier_label(e.tier)),
                    std::to_string(e.long_term_conditions), std::to_string(e.emergency_admissions_last_year),
                    html_escape(factors)});
  }
  out += nhs_table(std::to_string(entries.size()) + " people in the top 5% of predicted risk registered in " + pcn,
                   {"Pseudonymised id", "Practice", "Age", "Sex", "Predicted risk", "Tier", "Long-term conditions",
                    "Emergency admissions last year", "Main contributing factors"},
                   rows, "Nobody registered in this PCN is in the top 5% of predicted risk.");
  return out + banner;
}

std::string phm_case_finding_forbidden_body(const std::string& pcn) {
  return "<h1>Patient-level access needed</h1><p>The case-finding list for " + html_escape(pcn) +
         " names individual patients, so it is shown only to accounts with patient-level access for that primary "
         "care network. Your account does not have it.</p><p>Ask an administrator to grant it (<code>ics user "
         "grant</code>) if your role needs it, or see the <a href=\"/phm/case-finding\">networks you can open</a>.</p>";
}

}  // namespace ics::web
