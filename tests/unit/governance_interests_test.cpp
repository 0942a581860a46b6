// The interests register's six-monthly review and the paper-cycle deadlines.
#include "governance/interest_review.h"
#include "governance/paper_cycle.h"

#include <gtest/gtest.h>

namespace ics::governance {
namespace {

Date d(const char* text) { return *parse_date(text); }

Interest declared(const char* on) {
  Interest i;
  i.person_id = 1;
  i.description = "Director of a local care provider";
  i.declared_on = d(on);
  return i;
}

TEST(InterestReview, DueSixMonthsAfterDeclarationOrLastConfirmation) {
  Interest i = declared("2024-01-15");
  EXPECT_EQ(interest_review_due(i), d("2024-07-15"));
  i.last_confirmed = d("2024-10-03");
  EXPECT_EQ(interest_review_due(i), d("2025-04-03"));
  EXPECT_EQ(interest_review_due(declared("2024-09-20")), d("2025-03-20"));  // across the year end
}

TEST(InterestReview, MonthEndsClampToTheLastDayOfTheMonth) {
  EXPECT_EQ(interest_review_due(declared("2023-08-31")), d("2024-02-29"));  // leap year
  EXPECT_EQ(interest_review_due(declared("2024-08-31")), d("2025-02-28"));
  EXPECT_EQ(interest_review_due(declared("2024-12-31")), d("2025-06-30"));
  EXPECT_EQ(interest_review_due(declared("2024-03-31")), d("2024-09-30"));
}

TEST(InterestReview, OverdueOnlyWhilePastDueAndCurrent) {
  Interest i = declared("2024-01-15");
  EXPECT_FALSE(interest_review_overdue(i, d("2024-07-15")));  // due today
  EXPECT_TRUE(interest_review_overdue(i, d("2024-07-16")));
  i.last_confirmed = d("2024-07-10");
  EXPECT_FALSE(interest_review_overdue(i, d("2024-07-16")));
  i.to = d("2024-12-31");  // interest ended: nothing to review
  EXPECT_FALSE(interest_review_overdue(i, d("2025-02-01")));
}

TEST(InterestReview, CurrentBetweenItsOwnDates) {
  Interest i = declared("2024-01-15");
  EXPECT_TRUE(interest_is_current(i, d("2000-01-01")));  // no dates: always current
  i.from = d("2024-02-01");
  i.to = d("2024-06-30");
  EXPECT_FALSE(interest_is_current(i, d("2024-01-31")));
  EXPECT_TRUE(interest_is_current(i, d("2024-02-01")));
  EXPECT_TRUE(interest_is_current(i, d("2024-06-30")));
  EXPECT_FALSE(interest_is_current(i, d("2024-07-01")));
}

TEST(PaperCycle, DeadlinesSkipWeekendsAndBankHolidays) {
  // A board on Thursday 11 April 2024, just after Easter (29 March and 1 April).
  const auto dates = paper_cycle_dates(PaperCycle{10, 5, 10}, d("2024-04-11"));
  EXPECT_EQ(dates.papers_out_by, d("2024-04-04"));
  EXPECT_EQ(dates.items_agreed_by, d("2024-03-26"));
  EXPECT_EQ(dates.draft_minutes_by, d("2024-04-25"));
  // A meeting on Thursday 19 December 2024: minutes due after Christmas and New Year.
  const auto christmas = paper_cycle_dates(PaperCycle{10, 5, 5}, d("2024-12-19"));
  EXPECT_EQ(christmas.draft_minutes_by, d("2024-12-30"));  // 20, 23, 24, (25, 26), 27, 30
  EXPECT_EQ(paper_cycle_dates(PaperCycle{0, 0, 0}, d("2024-12-19")).papers_out_by, d("2024-12-19"));
}

}  // namespace
}  // namespace ics::governance
