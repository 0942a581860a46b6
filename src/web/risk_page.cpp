#include "web/risk_page.h"

#include "assurance/risk_escalation.h"
#include "assurance/risk_scoring.h"
#include "report/html_escape.h"
#include "report/risk_heat_map_svg.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/log_form_helpers.h"
#include "web/risk_view_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

std::string text_or(const std::string& text, const std::string& otherwise) {
  return html_escape(text.empty() ? otherwise : text);
}

// "16 Extreme (likelihood 4 Likely, consequence 4 Major)"
std::string rating_detail(const RiskRating& rating) {
  return score_with_grade(rating) + " (likelihood " + std::to_string(rating.likelihood) + " " +
         html_escape(report::likelihood_word(rating.likelihood)) + ", consequence " +
         std::to_string(rating.consequence) + " " + html_escape(report::consequence_word(rating.consequence)) + ")";
}

std::string level_detail(const Risk& risk, const assurance::Escalation& escalation) {
  std::string out = "Held at " + html_escape(level_in_words(risk.level));
  if (!risk.org_code.empty()) out += " (" + html_escape(risk.org_code) + ")";
  if (!escalation.escalated()) return out + "; not escalated";
  return out + "; seen at " + html_escape(level_in_words(escalation.seen_at)) + " " + nhs_tag("Escalated", "orange") +
         "<br>" + html_escape(sentence_case(escalation.reason));
}

std::string assurance_sources(const Risk& risk) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& source : risk.assurances) {
    const std::string evidence =
        source.metric_id.empty()
            ? std::string("\u2013")
            : "<a href=\"/metrics/" + html_escape(url_encode(source.metric_id)) + "\">SPC chart of " +
                  html_escape(source.metric_id) + "</a>";
    rows.push_back({html_escape(source.description),
                    source.line.empty() ? std::string("Not stated") : html_escape(sentence_case(source.line)),
                    evidence});
  }
  return nhs_table("", {"Source", "Line of assurance", "Evidence"}, rows, "No sources of assurance recorded.");
}

std::string history_table(const Risk& risk) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& entry : risk.history) {
    const RiskRating& r = entry.rating;
    rows.push_back({html_escape(nhs_short_date(entry.date)),
                    std::to_string(r.likelihood) + " " + html_escape(report::likelihood_word(r.likelihood)),
                    std::to_string(r.consequence) + " " + html_escape(report::consequence_word(r.consequence)),
                    std::to_string(r.score()), grade_tag(assurance::grade_of(r)), html_escape(entry.note),
                    html_escape(entry.by)});
  }
  return nhs_table("Score history", {"Date", "Likelihood", "Consequence", "Score", "Grade", "Note", "By"}, rows,
                   "No scorings recorded.");
}

}  // namespace

std::string risk_detail_body(const RiskDetailData& data) {
  const Risk& risk = data.risk;
  const auto current = assurance::score_on(risk, data.today);
  const auto escalation = assurance::escalation_on(risk, data.rules, data.today);
  std::string body = back_link("/risks", "Back to the risk register") + "<h1>" + html_escape(risk.ref) + ": " +
                     html_escape(risk.title) + "</h1>";
  if (data.can_review)
    body += "<p><a class=\"nhsuk-button nhsuk-button--secondary\" href=\"" + risk_path(risk.id) +
            "/review\">Record a review</a></p>";

  std::string rows = summary_row("Cause", text_or(risk.cause, "Not recorded"));
  rows += summary_row("Event", html_escape(risk.event));
  rows += summary_row("Effect", text_or(risk.effect, "Not recorded"));
  rows += summary_row("Category", text_or(risk.category, "Not recorded"));
  rows += summary_row("Strategic objective",
                      data.objective ? html_escape(data.objective->ref + " " + data.objective->title) : "Not linked");
  rows += summary_row("Owner", html_escape(risk.owner));
  rows += summary_row("Level", level_detail(risk, escalation));
  rows += summary_row("Status", risk.status == RiskStatus::Open ? nhs_tag("Open", "blue") : nhs_tag("Closed", "grey"));
  rows += summary_row("Opened", html_escape(nhs_date(risk.opened_on)));
  rows += summary_row("Initial score", rating_detail(risk.initial));
  rows += summary_row("Current score", current ? rating_detail(current->rating) + " since " +
                                                     html_escape(nhs_date(current->date))
                                               : std::string("Not yet scored"));
  rows += summary_row("Target score", rating_detail(risk.target));
  rows += summary_row("Target date", risk.target_date ? html_escape(nhs_date(*risk.target_date)) : "Not set");
  std::string review = "Not set";
  if (risk.review_date) {
    review = html_escape(nhs_date(*risk.review_date));
    if (risk.status == RiskStatus::Open && *risk.review_date < data.today) review += " " + nhs_tag("Overdue", "red");
  }
  rows += summary_row("Next review", review);
  if (risk.confidential) rows += summary_row("Confidential", "Yes: " + html_escape(risk.confidential_reason));
  body += summary_list(rows);

  body += "<h2>Controls</h2>";
  if (risk.controls.empty()) {
    body += "<p>No controls recorded.</p>";
  } else {
    body += "<ul class=\"nhsuk-list nhsuk-list--bullet\">";
    for (const auto& control : risk.controls) body += "<li>" + html_escape(control) + "</li>";
    body += "</ul>";
  }
  body += "<h3>Gaps in control</h3><p>" + text_or(risk.gaps_in_control, "None recorded.") + "</p>";
  body += "<h2>Sources of assurance</h2>" + assurance_sources(risk) + "<h3>Gaps in assurance</h3><p>" +
          text_or(risk.gaps_in_assurance, "None recorded.") + "</p>";
  body += "<h2>Score history</h2>" + history_table(risk);
  return body;
}

}  // namespace ics::web
