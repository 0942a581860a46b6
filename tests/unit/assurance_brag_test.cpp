#include <gtest/gtest.h>

#include "assurance/brag.h"

namespace ics::assurance {
namespace {

const Month kJun{2024, 6}, kSep{2024, 9}, kDec{2024, 12}, kMar{2025, 3};

Priority priority(std::string ref, std::vector<StocktakeRating> ratings) {
  Priority p;
  p.ref = std::move(ref);
  p.description = "Reduce 12-hour waits in A&E";
  p.overseeing_committee_id = 3;
  p.ratings = std::move(ratings);
  return p;
}

std::vector<std::string> refs(const BragSummary& summary) {
  std::vector<std::string> out;
  for (const auto& row : summary.rows) out.push_back(row.priority->ref);
  return out;
}

const PriorityRow& row_of(const BragSummary& summary, const std::string& ref) {
  for (const auto& row : summary.rows)
    if (row.priority->ref == ref) return row;
  throw std::runtime_error("no row for " + ref);
}

TEST(BragRank, OrdersByDeliveryConfidence) {
  EXPECT_EQ(brag_rank(Brag::Red), 0);
  EXPECT_EQ(brag_rank(Brag::Amber), 1);
  EXPECT_EQ(brag_rank(Brag::Green), 2);
  EXPECT_EQ(brag_rank(Brag::Blue), 3);
}

TEST(BragWords, NameAndMeaningOfEachRating) {
  EXPECT_EQ(brag_word(Brag::Blue), "Blue");
  EXPECT_EQ(brag_word(Brag::Red), "Red");
  EXPECT_EQ(brag_word(Brag::Amber), "Amber");
  EXPECT_EQ(brag_word(Brag::Green), "Green");
  EXPECT_EQ(brag_meaning(Brag::Blue), "Delivered");
  EXPECT_EQ(brag_meaning(Brag::Red), "Off track");
  EXPECT_EQ(brag_meaning(Brag::Amber), "At risk");
  EXPECT_EQ(brag_meaning(Brag::Green), "On track");
}

TEST(BragRatingAt, FindsOnlyTheExactStocktake) {
  const auto p = priority("NO1.1", {{kJun, Brag::Red, "Recovery plan agreed"}, {kDec, Brag::Amber, ""}});
  ASSERT_TRUE(rating_at(p, kJun));
  EXPECT_EQ(rating_at(p, kJun)->progress, "Recovery plan agreed");
  EXPECT_EQ(rating_at(p, kDec)->rating, Brag::Amber);
  EXPECT_FALSE(rating_at(p, kSep));
}

TEST(BragStocktakes, EveryStocktakeOnceOldestFirst) {
  const std::vector<Priority> ps{priority("NO1.1", {{kSep, Brag::Red, ""}, {kDec, Brag::Red, ""}}),
                                 priority("NO1.2", {{kJun, Brag::Green, ""}, {kDec, Brag::Green, ""}})};
  EXPECT_EQ(stocktakes(ps), (std::vector<Month>{kJun, kSep, kDec}));
  EXPECT_TRUE(stocktakes({}).empty());
}

TEST(BragSummary, MovementInEveryDirection) {
  Priority superseded = priority("NO3.1", {{kSep, Brag::Amber, ""}});
  superseded.superseded_by = "NO3.2";
  superseded.superseded_from = kDec;
  const std::vector<Priority> ps{
      priority("NO1.1", {{kSep, Brag::Red, ""}, {kDec, Brag::Amber, ""}}),    // R -> A improved
      priority("NO1.2", {{kSep, Brag::Green, ""}, {kDec, Brag::Amber, ""}}),  // G -> A deteriorated
      priority("NO1.3", {{kSep, Brag::Blue, ""}, {kDec, Brag::Blue, ""}}),    // B stays
      priority("NO1.4", {{kSep, Brag::Amber, ""}, {kDec, Brag::Blue, ""}}),   // A -> B improved
      priority("NO3.2", {{kDec, Brag::Green, ""}}),                          // new
      superseded,
  };
  const auto s = brag_summary(ps, kDec);
  EXPECT_EQ(s.stocktake, kDec);
  EXPECT_EQ(s.previous_stocktake, kSep);
  EXPECT_EQ(row_of(s, "NO1.1").movement, BragMovement::Improved);
  EXPECT_EQ(row_of(s, "NO1.1").previous->rating, Brag::Red);
  EXPECT_EQ(row_of(s, "NO1.1").current->rating, Brag::Amber);
  EXPECT_EQ(row_of(s, "NO1.2").movement, BragMovement::Deteriorated);
  EXPECT_EQ(row_of(s, "NO1.3").movement, BragMovement::Unchanged);
  EXPECT_EQ(row_of(s, "NO1.4").movement, BragMovement::Improved);
  EXPECT_EQ(row_of(s, "NO3.2").movement, BragMovement::New);
  EXPECT_FALSE(row_of(s, "NO3.2").previous);
  const auto& gone = row_of(s, "NO3.1");
  EXPECT_EQ(gone.movement, BragMovement::Superseded);
  EXPECT_FALSE(gone.current);
  EXPECT_EQ(gone.previous->rating, Brag::Amber);
  EXPECT_EQ(s.improved, 2);
  EXPECT_EQ(s.deteriorated, 1);
  // Red 0, Amber 2 (NO1.1, NO1.2), Green 1 (NO3.2), Blue 2; the superseded row has no rating to count.
  EXPECT_EQ(s.counts, (std::array<int, 4>{0, 2, 1, 2}));
}

TEST(BragSummary, RowsInNaturalOrderOfRef) {
  const std::vector<Priority> ps{priority("NO10.1", {{kJun, Brag::Green, ""}}),
                                 priority("NO2.1", {{kJun, Brag::Red, ""}}),
                                 priority("NO2.10", {{kJun, Brag::Red, ""}}),
                                 priority("NO2.2", {{kJun, Brag::Amber, ""}}),
                                 priority("NO9.1", {{kSep, Brag::Amber, ""}})};  // not rated in June
  const auto s = brag_summary(ps, kJun);
  EXPECT_EQ(refs(s), (std::vector<std::string>{"NO2.1", "NO2.2", "NO2.10", "NO10.1"}));
  EXPECT_FALSE(s.previous_stocktake);
  EXPECT_EQ(s.counts, (std::array<int, 4>{2, 1, 1, 0}));
  EXPECT_EQ(s.improved, 0);
  EXPECT_EQ(s.deteriorated, 0);
  for (const auto& row : s.rows) EXPECT_EQ(row.movement, BragMovement::New);
}

TEST(BragSummary, PreviousStocktakeIsTheLastAnyPriorityWasRatedAt) {
  // NO1.1 skipped September; the board compares December with September, so it reads as new.
  const std::vector<Priority> ps{
      priority("NO1.1", {{kJun, Brag::Red, ""}, {kDec, Brag::Green, ""}}),
      priority("NO1.2", {{kJun, Brag::Red, ""}, {kSep, Brag::Red, ""}, {kDec, Brag::Red, ""}})};
  const auto s = brag_summary(ps, kDec);
  EXPECT_EQ(s.previous_stocktake, kSep);
  EXPECT_EQ(row_of(s, "NO1.1").movement, BragMovement::New);
  EXPECT_FALSE(row_of(s, "NO1.1").previous);
  EXPECT_EQ(row_of(s, "NO1.2").movement, BragMovement::Unchanged);
  EXPECT_EQ(s.improved, 0);
}

TEST(BragSummary, SupersededShownOnlyAtTheStocktakeItLeft) {
  Priority old = priority("NO3.1", {{kJun, Brag::Red, ""}, {kSep, Brag::Amber, ""}});
  old.superseded_by = "NO3.2";
  old.superseded_from = kDec;
  const std::vector<Priority> ps{old, priority("NO3.2", {{kDec, Brag::Green, ""}, {kMar, Brag::Green, ""}})};
  EXPECT_EQ(refs(brag_summary(ps, kSep)), (std::vector<std::string>{"NO3.1"}));
  EXPECT_EQ(refs(brag_summary(ps, kDec)), (std::vector<std::string>{"NO3.1", "NO3.2"}));
  EXPECT_EQ(refs(brag_summary(ps, kMar)), (std::vector<std::string>{"NO3.2"}));
  EXPECT_EQ(brag_summary(ps, kSep).rows[0].movement, BragMovement::Improved);
}

TEST(BragSummary, AStocktakeNobodyWasRatedAtIsEmpty) {
  const std::vector<Priority> ps{priority("NO1.1", {{kJun, Brag::Red, ""}})};
  const auto s = brag_summary(ps, kSep);
  EXPECT_TRUE(s.rows.empty());
  EXPECT_EQ(s.previous_stocktake, kJun);
  EXPECT_EQ(s.counts, (std::array<int, 4>{0, 0, 0, 0}));
}

TEST(BragValidation, AValidPriorityHasNoErrors) {
  Priority p = priority("NO3.1", {{kJun, Brag::Red, ""}, {kSep, Brag::Amber, ""}});
  p.superseded_by = "NO3.2";
  p.superseded_from = kDec;
  EXPECT_TRUE(priority_errors(p).empty());
}

TEST(BragValidation, RequiresRefDescriptionAndGroup) {
  Priority p;
  p.ref = " ";
  EXPECT_EQ(priority_errors(p), (FieldErrors{{"ref", "Enter a reference, like NO4.4"},
                                             {"description", "Enter a description of the priority"},
                                             {"overseeing_committee_id", "Choose the overseeing group"}}));
}

TEST(BragValidation, RatingsInOrderOncePerStocktake) {
  const auto p = priority("NO1.1", {{kSep, Brag::Red, ""}, {kJun, Brag::Red, ""}, {kSep, Brag::Green, ""}});
  EXPECT_EQ(priority_errors(p),
            (FieldErrors{
                {"rating-1-stocktake", "Ratings must be in stocktake order: June 2024 comes after September 2024"},
                {"rating-2-stocktake", "Stocktake September 2024 is rated more than once"}}));
}

TEST(BragValidation, SupersessionNeedsBothFieldsAndAnotherRef) {
  Priority by_only = priority("NO3.1", {});
  by_only.superseded_by = "NO3.2";
  EXPECT_EQ(priority_errors(by_only),
            (FieldErrors{{"superseded_from", "Enter the first stocktake it no longer appears in"}}));

  Priority from_only = priority("NO3.1", {});
  from_only.superseded_from = kDec;
  EXPECT_EQ(priority_errors(from_only),
            (FieldErrors{{"superseded_by", "Enter the reference of the priority that supersedes it"}}));

  Priority itself = priority("NO3.1", {});
  itself.superseded_by = "NO3.1";
  itself.superseded_from = kDec;
  EXPECT_EQ(priority_errors(itself), (FieldErrors{{"superseded_by", "A priority cannot be superseded by itself"}}));
}

TEST(BragValidation, NoRatingAtOrAfterSupersession) {
  Priority p = priority("NO3.1", {{kSep, Brag::Amber, ""}, {kDec, Brag::Amber, ""}, {kMar, Brag::Red, ""}});
  p.superseded_by = "NO3.2";
  p.superseded_from = kDec;
  EXPECT_EQ(priority_errors(p),
            (FieldErrors{
                {"rating-1-stocktake", "Rated at December 2024, when it was superseded from December 2024"},
                {"rating-2-stocktake", "Rated at March 2025, when it was superseded from December 2024"}}));
}

}  // namespace
}  // namespace ics::assurance
