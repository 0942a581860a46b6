#include "governance/interest_review.h"

#include <algorithm>

namespace ics::governance {
namespace {

int days_in_month(int year, int month) {
  const Date first = Date::from_ymd(year, month, 1);
  const Date next = month == 12 ? Date::from_ymd(year + 1, 1, 1) : Date::from_ymd(year, month + 1, 1);
  return next.days - first.days;
}

Date add_months(Date d, int months) {
  const int index = d.year() * 12 + (d.month() - 1) + months;
  const int year = index / 12, month = index % 12 + 1;
  return Date::from_ymd(year, month, std::min(d.day(), days_in_month(year, month)));
}

}  // namespace

Date interest_review_due(const Interest& interest) {
  return add_months(interest.last_confirmed.value_or(interest.declared_on), kInterestReviewMonths);
}

bool interest_review_overdue(const Interest& interest, Date today) {
  return interest_is_current(interest, today) && interest_review_due(interest) < today;
}

bool interest_is_current(const Interest& interest, Date today) {
  return (!interest.from || *interest.from <= today) && (!interest.to || today <= *interest.to);
}

}  // namespace ics::governance
