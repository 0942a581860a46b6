#pragma once
// The secretariat's risk forms: recording a review (date, likelihood and consequence on the 1-5 scales
// with their words, note, next review date) and the escalation thresholds. Values come back as the user
// typed them when a form is refused, with each error beside its field.
#include <httplib.h>

#include <string>

#include "core/calendar.h"
#include "core/field_errors.h"
#include "domain/risk.h"
#include "web/auth.h"
#include "assurance/risk_review.h"

namespace ics::web {

// What the review form shows in its fields.
struct RiskReviewFormValues {
  std::string date, likelihood, consequence, note, review_date;
  // The blank form: today's date, the current rating, the risk's next review date.
  static RiskReviewFormValues initial(const Risk& risk, Date today);
  // What was submitted.
  static RiskReviewFormValues submitted(const httplib::Request& req);
};

std::string risk_review_form_body(const Risk& risk, const RiskReviewFormValues& values, const FieldErrors& errors,
                                  const Principal& principal);
// Reads the submitted review, adding an error for a malformed date or number (missing fields are left
// to apply_risk_review, which names them all).
assurance::RiskReview read_risk_review_form(const httplib::Request& req, FieldErrors& errors);

// What the thresholds form shows: numbers as typed.
struct EscalationFormValues {
  std::string to_place, to_system, to_board;
  static EscalationFormValues of(const EscalationRules& rules);
  static EscalationFormValues submitted(const httplib::Request& req);
};

std::string escalation_form_body(const EscalationFormValues& values, const FieldErrors& errors,
                                 const Principal& principal);
// Reads the thresholds (each required, a whole number); the caller checks them with
// escalation_rules_errors.
EscalationRules read_escalation_form(const httplib::Request& req, FieldErrors& errors);

}  // namespace ics::web
