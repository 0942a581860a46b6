#pragma once
// A review of a risk, as the review form and POST /api/v1/risks/{id}/reviews submit it, and the rules
// for adding it to the score history. Shared by both so they refuse the same things in the same words.
#include <optional>
#include <string>

#include "core/calendar.h"
#include "core/field_errors.h"
#include "domain/risk.h"

namespace ics::assurance {

struct RiskReview {
  std::optional<Date> date;               // of the review; required
  std::optional<long long> likelihood;   // 1..5; required
  std::optional<long long> consequence;  // 1..5; required
  std::string note;                      // why the score is what it is; required
  std::optional<Date> review_date;       // the next review, after `date`; absent keeps the risk's own
};

// Adds the review to `risk` (a stored risk, history oldest first) as scored by `by`: a new last entry,
// or the replacement of the last entry when it is dated the same day. Returns field errors ("date",
// "likelihood", "consequence", "note", "review_date") and leaves `risk` unchanged when the review has
// a field missing or out of range, a date after `today` or before the latest entry, or a next review
// date not after the review's date.
FieldErrors apply_risk_review(Risk& risk, const RiskReview& review, Date today, const std::string& by);

}  // namespace ics::assurance
