#include "assurance/risk_scoring.h"

#include <stdexcept>

#include "core/text.h"

namespace ics::assurance {
namespace {

bool on_scale(int value) { return value >= 1 && value <= 5; }

void require(FieldErrors& errors, const std::string& value, const char* field, const char* message) {
  if (is_blank(value)) errors.push_back({field, message});
}

}  // namespace

bool is_possible_score(int score) {
  if (score < 1 || score > 25) return false;
  for (int likelihood = 1; likelihood <= 5; ++likelihood)
    if (score % likelihood == 0 && score / likelihood <= 5) return true;
  return false;
}

RiskGrade grade_of_score(int score) {
  if (!is_possible_score(score))
    throw std::invalid_argument("risk score " + std::to_string(score) + " is not a product of two numbers from 1 to 5");
  if (score <= 3) return RiskGrade::Low;
  if (score <= 6) return RiskGrade::Moderate;
  if (score <= 12) return RiskGrade::High;
  return RiskGrade::Extreme;
}

// Fills from the NHS identity palette as nhsuk-frontend spells them (green #007f3b rather than the
// print green #009639, because white text on #009639 falls short of WCAG AA); each text colour is the
// one of white and NHS text black (#212b32) that reads at 4.5:1 or better on its fill.
std::string_view grade_fill(RiskGrade grade) {
  switch (grade) {
    case RiskGrade::Low: return "#007f3b";       // NHS green
    case RiskGrade::Moderate: return "#ffeb3b";  // NHS yellow
    case RiskGrade::High: return "#ed8b00";      // NHS orange (amber)
    case RiskGrade::Extreme: return "#da291c";   // NHS emergency services red
  }
  return "#ffffff";
}

std::string_view grade_text_colour(RiskGrade grade) {
  switch (grade) {
    case RiskGrade::Low:
    case RiskGrade::Extreme: return "#ffffff";
    case RiskGrade::Moderate:
    case RiskGrade::High: return "#212b32";
  }
  return "#212b32";
}

std::string grade_label(RiskGrade grade) {
  switch (grade) {
    case RiskGrade::Low: return "Low (1-3)";
    case RiskGrade::Moderate: return "Moderate (4-6)";
    case RiskGrade::High: return "High (8-12)";
    case RiskGrade::Extreme: return "Extreme (15-25)";
  }
  return "";
}

FieldErrors rating_errors(const RiskRating& rating, const std::string& field_prefix) {
  FieldErrors errors;
  if (!on_scale(rating.likelihood))
    errors.push_back({field_prefix + "likelihood", "Likelihood must be a whole number from 1 to 5"});
  if (!on_scale(rating.consequence))
    errors.push_back({field_prefix + "consequence", "Consequence must be a whole number from 1 to 5"});
  return errors;
}

FieldErrors risk_errors(const Risk& risk) {
  FieldErrors errors;
  auto append = [&errors](FieldErrors more) {
    for (auto& e : more) errors.push_back(std::move(e));
  };
  require(errors, risk.ref, "ref", "Enter a reference, like SR01");
  require(errors, risk.title, "title", "Enter a title");
  require(errors, risk.event, "event", "Enter the risk event: what might happen");
  require(errors, risk.owner, "owner", "Enter the executive owner");
  if ((risk.level == RiskLevel::Organisation || risk.level == RiskLevel::Place) && is_blank(risk.org_code))
    errors.push_back({"org_code", "Enter the code of the organisation or place that holds the risk"});
  if (risk.confidential && is_blank(risk.confidential_reason))
    errors.push_back({"confidential_reason", "Enter why the risk is confidential"});

  FieldErrors initial = rating_errors(risk.initial, "initial_");
  FieldErrors target = rating_errors(risk.target, "target_");
  const bool ratings_valid = initial.empty() && target.empty();
  append(std::move(initial));
  append(std::move(target));
  if (ratings_valid && risk.target.score() > risk.initial.score())
    errors.push_back({"target_likelihood", "Target score (" + std::to_string(risk.target.score()) +
                                               ") must be no higher than the initial score (" +
                                               std::to_string(risk.initial.score()) + ")"});

  // The last scoring is the current one, which forms and the risks feed call "current_"; earlier ones
  // are named by their place in the history.
  if (risk.history.empty()) errors.push_back({"history", "Record the current likelihood and consequence"});
  for (size_t i = 0; i < risk.history.size(); ++i) {
    const bool current = i + 1 == risk.history.size();
    const std::string prefix = current ? std::string("current_") : "history-" + std::to_string(i) + "-";
    append(rating_errors(risk.history[i].rating, prefix));
    if (i > 0 && risk.history[i].date <= risk.history[i - 1].date)
      errors.push_back({current ? std::string("assessed_on") : prefix + "date",
                        "Scorings must be in date order, at most one a day"});
  }
  return errors;
}

}  // namespace ics::assurance
