#pragma once
// The interests register's six-monthly review.
#include "core/calendar.h"
#include "domain/interest.h"

namespace ics::governance {

inline constexpr int kInterestReviewMonths = 6;

// last_confirmed (or declared_on when never confirmed) plus six calendar months; the 31st rolls back
// to the month's last day (31 Aug -> 28/29 Feb).
Date interest_review_due(const Interest& interest);
bool interest_review_overdue(const Interest& interest, Date today);  // due < today, and still current
bool interest_is_current(const Interest& interest, Date today);      // from <= today (or no from) and no `to` before today

}  // namespace ics::governance
