#include "web/risk_forms.h"

#include <limits>

#include "report/html_escape.h"
#include "report/risk_heat_map_svg.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/risk_view_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

// NHS.UK radios in a fieldset; the first input's id is the field's, so the error summary's link lands on it.
std::string radios(const std::string& field, const std::string& legend, const std::vector<Choice>& choices,
                   const std::string& selected, const FieldErrors& errors, const std::string& hint) {
  const FieldError* error = find_error(errors, field);
  const std::string id = html_escape(field);
  std::string described_by = hint.empty() ? "" : id + "-hint";
  if (error) described_by += std::string(described_by.empty() ? "" : " ") + id + "-error";
  std::string out = error ? "<div class=\"nhsuk-form-group nhsuk-form-group--error\">"
                          : "<div class=\"nhsuk-form-group\">";
  out += "<fieldset class=\"nhsuk-fieldset\"";
  if (!described_by.empty()) out += " aria-describedby=\"" + described_by + "\"";
  out += "><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">" + html_escape(legend) + "</legend>";
  if (!hint.empty()) out += "<div class=\"nhsuk-hint\" id=\"" + id + "-hint\">" + html_escape(hint) + "</div>";
  if (error)
    out += "<span class=\"nhsuk-error-message\" id=\"" + id +
           "-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> " + html_escape(error->message) + "</span>";
  out += "<div class=\"nhsuk-radios\" data-module=\"nhsuk-radios\">";
  for (size_t i = 0; i < choices.size(); ++i) {
    const std::string input_id = i == 0 ? id : id + "-" + html_escape(choices[i].value);
    out += "<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"" + input_id + "\" name=\"" +
           id + "\" type=\"radio\" value=\"" + html_escape(choices[i].value) + "\"" +
           (choices[i].value == selected ? " checked" : "") +
           "><label class=\"nhsuk-label nhsuk-radios__label\" for=\"" + input_id + "\">" +
           html_escape(choices[i].label) + "</label></div>";
  }
  return out + "</div></fieldset></div>";
}

std::vector<Choice> scale_choices(std::string (*word)(int)) {
  std::vector<Choice> out;
  for (int i = 1; i <= 5; ++i) out.push_back({std::to_string(i), std::to_string(i) + " " + word(i)});
  return out;
}

std::string form_open(const std::string& action, const Principal& principal) {
  return "<form method=\"post\" action=\"" + html_escape(action) + "\" novalidate>" + csrf_field(principal);
}

// A threshold as read from the form; out-of-int numbers become an error rather than wrapping.
int read_threshold(const httplib::Request& req, const std::string& field, const std::string& label,
                   FieldErrors& errors) {
  const auto value = read_integer(req, field, label, true, errors);
  if (!value) return 0;
  if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
    errors.push_back({field, label + " must be a possible risk score, from 1 to 25"});
    return 0;
  }
  return static_cast<int>(*value);
}

}  // namespace

RiskReviewFormValues RiskReviewFormValues::initial(const Risk& risk, Date today) {
  RiskReviewFormValues v;
  v.date = today.to_string();
  if (!risk.history.empty()) {
    v.likelihood = std::to_string(risk.history.back().rating.likelihood);
    v.consequence = std::to_string(risk.history.back().rating.consequence);
  }
  if (risk.review_date) v.review_date = risk.review_date->to_string();
  return v;
}

RiskReviewFormValues RiskReviewFormValues::submitted(const httplib::Request& req) {
  return {form_value(req, "date"), form_value(req, "likelihood"), form_value(req, "consequence"),
          form_value(req, "note"), form_value(req, "review_date")};
}

std::string risk_review_form_body(const Risk& risk, const RiskReviewFormValues& values, const FieldErrors& errors,
                                  const Principal& principal) {
  std::string latest;
  if (!risk.history.empty()) {
    const auto& last = risk.history.back();
    latest = "The latest scoring, on " + last.date.long_label() + ", is " + std::to_string(last.rating.score()) +
             " (likelihood " + std::to_string(last.rating.likelihood) + ", consequence " +
             std::to_string(last.rating.consequence) + "). A review on the same day replaces it.";
  }
  return back_link(risk_path(risk.id), risk.ref + ": " + risk.title) + error_summary(errors) +
         "<span class=\"nhsuk-caption-l\">" + html_escape(risk.ref + ": " + risk.title) +
         "</span><h1>Record a review</h1>" + (latest.empty() ? "" : "<p>" + html_escape(latest) + "</p>") +
         form_open(risk_path(risk.id) + "/review", principal) +
         text_input("date", "Date of the review", values.date, errors,
                    "Not in the future, and not before the latest scoring. For example, 2026-03-17", "date") +
         radios("likelihood", "Likelihood", scale_choices(report::likelihood_word), values.likelihood, errors,
                "How likely the risk is to happen, with the controls in place") +
         radios("consequence", "Consequence", scale_choices(report::consequence_word), values.consequence, errors,
                "How bad it would be if it happened") +
         textarea("note", "Note", values.note, errors, "Why the score is what it is, or why it moved.") +
         text_input("review_date", "Next review due", values.review_date, errors,
                    "After the date of the review. Leave blank to keep the date already set.", "date") +
         submit_button("Save review") + "</form>";
}

assurance::RiskReview read_risk_review_form(const httplib::Request& req, FieldErrors& errors) {
  assurance::RiskReview review;
  review.date = read_date(req, "date", "Date of the review", false, errors);
  review.likelihood = read_integer(req, "likelihood", "Likelihood", false, errors);
  review.consequence = read_integer(req, "consequence", "Consequence", false, errors);
  review.note = form_value(req, "note");
  review.review_date = read_date(req, "review_date", "Next review due", false, errors);
  return review;
}

EscalationFormValues EscalationFormValues::of(const EscalationRules& rules) {
  return {std::to_string(rules.to_place), std::to_string(rules.to_system), std::to_string(rules.to_board)};
}

EscalationFormValues EscalationFormValues::submitted(const httplib::Request& req) {
  return {form_value(req, "to_place"), form_value(req, "to_system"), form_value(req, "to_board")};
}

std::string escalation_form_body(const EscalationFormValues& values, const FieldErrors& errors,
                                 const Principal& principal) {
  const std::string hint = "A possible score: 1 to 6, 8, 9, 10, 12, 15, 16, 20 or 25";
  return back_link("/risks", "Back to the risk register") + error_summary(errors) +
         "<h1>Escalation thresholds</h1><p>A risk rises one level above where it is held when its current score "
         "reaches the threshold of the level above, or when its target date passes with its score still above its "
         "target. Thresholds may not fall as the level rises.</p>" +
         form_open("/risks/escalation", principal) +
         text_input("to_place", "From organisation to place", values.to_place, errors, hint, "number") +
         text_input("to_system", "From place to system", values.to_system, errors, hint, "number") +
         text_input("to_board", "From system to the board", values.to_board, errors, hint, "number") +
         submit_button("Save thresholds") + "</form>";
}

EscalationRules read_escalation_form(const httplib::Request& req, FieldErrors& errors) {
  EscalationRules rules;
  rules.to_place = read_threshold(req, "to_place", "From organisation to place", errors);
  rules.to_system = read_threshold(req, "to_system", "From place to system", errors);
  rules.to_board = read_threshold(req, "to_board", "From system to the board", errors);
  return rules;
}

}  // namespace ics::web
