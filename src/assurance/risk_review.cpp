#include "assurance/risk_review.h"

#include "assurance/risk_scoring.h"
#include "core/text.h"

namespace ics::assurance {
namespace {

void check_scale(const std::optional<long long>& value, const std::string& field, const std::string& label,
                 FieldErrors& errors) {
  if (!value) errors.push_back({field, "Choose the " + label + ", from 1 to 5"});
  else if (*value < 1 || *value > 5) errors.push_back({field, "The " + label + " must be a whole number from 1 to 5"});
}

}  // namespace

FieldErrors apply_risk_review(Risk& risk, const RiskReview& review, Date today, const std::string& by) {
  FieldErrors errors;
  std::optional<Date> latest;
  if (!risk.history.empty()) latest = risk.history.back().date;
  if (!review.date) errors.push_back({"date", "Enter the date of the review"});
  else if (*review.date > today) errors.push_back({"date", "The date of the review cannot be in the future"});
  else if (latest && *review.date < *latest)
    errors.push_back({"date", "The date of the review must be on or after " + latest->long_label() +
                                  ", the date of the latest scoring"});
  check_scale(review.likelihood, "likelihood", "likelihood", errors);
  check_scale(review.consequence, "consequence", "consequence", errors);
  if (is_blank(review.note)) errors.push_back({"note", "Enter a note saying why the score is what it is"});
  if (review.date && review.review_date && *review.review_date <= *review.date)
    errors.push_back({"review_date", "The next review date must be after the date of the review"});
  if (!errors.empty()) return errors;

  Risk reviewed = risk;
  RiskScoreEntry entry{*review.date,
                       RiskRating{static_cast<int>(*review.likelihood), static_cast<int>(*review.consequence)},
                       review.note, by};
  if (latest && *latest == *review.date) reviewed.history.back() = std::move(entry);
  else reviewed.history.push_back(std::move(entry));
  if (review.review_date) reviewed.review_date = review.review_date;
  // The whole risk must still be storable; its current rating and date are this review's.
  for (auto e : risk_errors(reviewed)) {
    if (e.field == "current_likelihood") e.field = "likelihood";
    else if (e.field == "current_consequence") e.field = "consequence";
    else if (e.field == "assessed_on") e.field = "date";
    errors.push_back(std::move(e));
  }
  if (errors.empty()) risk = std::move(reviewed);
  return errors;
}

}  // namespace ics::assurance
