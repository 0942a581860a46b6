// The NHS 5x5 matrix: scores, grades at every boundary, colours, and whole-risk validation.
#include "assurance/risk_scoring.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <stdexcept>
#include <string>

namespace ics::assurance {
namespace {

Date d(const char* text) { return *parse_date(text); }

std::map<std::string, std::string> by_field(const FieldErrors& errors) {
  std::map<std::string, std::string> out;
  for (const auto& e : errors) out.emplace(e.field, e.message);
  return out;
}

TEST(RiskScoring, PossibleScoresAreTheProductsOfTwoNumbersFromOneToFive) {
  std::set<int> products;
  for (int l = 1; l <= 5; ++l)
    for (int c = 1; c <= 5; ++c) products.insert(l * c);
  EXPECT_EQ(products, (std::set<int>{1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25}));
  for (int score = -1; score <= 30; ++score) EXPECT_EQ(is_possible_score(score), products.count(score) == 1) << score;
}

TEST(RiskScoring, GradesAtEveryBoundary) {
  EXPECT_EQ(grade_of_score(1), RiskGrade::Low);
  EXPECT_EQ(grade_of_score(3), RiskGrade::Low);
  EXPECT_EQ(grade_of_score(4), RiskGrade::Moderate);
  EXPECT_EQ(grade_of_score(6), RiskGrade::Moderate);
  EXPECT_EQ(grade_of_score(8), RiskGrade::High);
  EXPECT_EQ(grade_of_score(12), RiskGrade::High);
  EXPECT_EQ(grade_of_score(15), RiskGrade::Extreme);
  EXPECT_EQ(grade_of_score(25), RiskGrade::Extreme);
}

TEST(RiskScoring, ImpossibleScoresThrow) {
  for (int score : {-5, 0, 7, 11, 13, 14, 17, 24, 26, 100})
    EXPECT_THROW(grade_of_score(score), std::invalid_argument) << score;
}

TEST(RiskScoring, EveryRatingHasTheGradeOfItsScore) {
  // Worked by hand from the matrix: rows likelihood 1..5, columns consequence 1..5.
  const char* expected[5][5] = {
      {"low", "low", "low", "moderate", "moderate"},
      {"low", "moderate", "moderate", "high", "high"},
      {"low", "moderate", "high", "high", "extreme"},
      {"moderate", "high", "high", "extreme", "extreme"},
      {"moderate", "high", "extreme", "extreme", "extreme"},
  };
  std::map<RiskGrade, int> cells;
  for (int l = 1; l <= 5; ++l)
    for (int c = 1; c <= 5; ++c) {
      const RiskGrade grade = grade_of(RiskRating{l, c});
      EXPECT_EQ(enum_name(grade), expected[l - 1][c - 1]) << l << "x" << c;
      ++cells[grade];
    }
  EXPECT_EQ(cells[RiskGrade::Low], 5);       // 1x1 1x2 2x1 1x3 3x1
  EXPECT_EQ(cells[RiskGrade::Moderate], 7);  // 1x4 4x1 2x2 1x5 5x1 2x3 3x2
  EXPECT_EQ(cells[RiskGrade::High], 7);      // 2x4 4x2 3x3 2x5 5x2 3x4 4x3
  EXPECT_EQ(cells[RiskGrade::Extreme], 6);   // 3x5 5x3 4x4 4x5 5x4 5x5
}

TEST(RiskScoring, ColoursAndLabels) {
  EXPECT_EQ(grade_fill(RiskGrade::Low), "#007f3b");
  EXPECT_EQ(grade_fill(RiskGrade::Moderate), "#ffeb3b");
  EXPECT_EQ(grade_fill(RiskGrade::High), "#ed8b00");
  EXPECT_EQ(grade_fill(RiskGrade::Extreme), "#da291c");
  EXPECT_EQ(grade_text_colour(RiskGrade::Low), "#ffffff");
  EXPECT_EQ(grade_text_colour(RiskGrade::Moderate), "#212b32");
  EXPECT_EQ(grade_text_colour(RiskGrade::High), "#212b32");
  EXPECT_EQ(grade_text_colour(RiskGrade::Extreme), "#ffffff");
  EXPECT_EQ(grade_label(RiskGrade::Low), "Low (1-3)");
  EXPECT_EQ(grade_label(RiskGrade::Moderate), "Moderate (4-6)");
  EXPECT_EQ(grade_label(RiskGrade::High), "High (8-12)");
  EXPECT_EQ(grade_label(RiskGrade::Extreme), "Extreme (15-25)");
}

TEST(RiskScoring, RatingErrorsNameTheFieldWithItsPrefix) {
  EXPECT_TRUE(rating_errors({1, 5}).empty());
  EXPECT_TRUE(rating_errors({5, 1}).empty());
  const auto errors = by_field(rating_errors({0, 6}, "current_"));
  EXPECT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors.at("current_likelihood"), "Likelihood must be a whole number from 1 to 5");
  EXPECT_EQ(errors.at("current_consequence"), "Consequence must be a whole number from 1 to 5");
  EXPECT_EQ(by_field(rating_errors({6, 3})).count("likelihood"), 1u);
}

Risk good_risk() {
  Risk r;
  r.ref = "SR01";
  r.title = "Urgent and emergency care capacity";
  r.event = "patients wait more than 12 hours in A&E";
  r.owner = "Chief Operating Officer";
  r.level = RiskLevel::System;
  r.opened_on = d("2025-04-01");
  r.initial = {5, 4};
  r.target = {2, 4};
  r.history = {{d("2025-04-01"), {5, 4}, "Opened", "secretariat"}, {d("2025-07-01"), {4, 4}, "", "secretariat"}};
  return r;
}

TEST(RiskScoring, AGoodRiskHasNoErrors) { EXPECT_TRUE(risk_errors(good_risk()).empty()); }

TEST(RiskScoring, RiskErrorsNameEveryProblem) {
  Risk r = good_risk();
  r.ref = " ";
  r.title = "";
  r.event = "";
  r.owner = "";
  r.level = RiskLevel::Place;  // needs the place's code
  r.confidential = true;       // needs a reason
  r.initial = {3, 0};
  r.target = {6, 1};
  r.history[0].rating = {0, 2};
  r.history[1].rating = {2, 9};
  const auto errors = by_field(risk_errors(r));
  EXPECT_EQ(errors.at("ref"), "Enter a reference, like SR01");
  EXPECT_EQ(errors.at("title"), "Enter a title");
  EXPECT_EQ(errors.at("event"), "Enter the risk event: what might happen");
  EXPECT_EQ(errors.at("owner"), "Enter the executive owner");
  EXPECT_EQ(errors.at("org_code"), "Enter the code of the organisation or place that holds the risk");
  EXPECT_EQ(errors.at("confidential_reason"), "Enter why the risk is confidential");
  EXPECT_EQ(errors.at("initial_consequence"), "Consequence must be a whole number from 1 to 5");
  EXPECT_EQ(errors.at("target_likelihood"), "Likelihood must be a whole number from 1 to 5");
  EXPECT_EQ(errors.at("history-0-likelihood"), "Likelihood must be a whole number from 1 to 5");
  EXPECT_EQ(errors.at("current_consequence"), "Consequence must be a whole number from 1 to 5");
  EXPECT_EQ(errors.size(), 10u);  // no target-above-initial comparison of invalid ratings
}

TEST(RiskScoring, OrgCodeIsNeededOnlyAtOrganisationAndPlaceLevel) {
  Risk r = good_risk();
  for (RiskLevel level : {RiskLevel::System, RiskLevel::Board}) {
    r.level = level;
    EXPECT_TRUE(risk_errors(r).empty());
  }
  for (RiskLevel level : {RiskLevel::Organisation, RiskLevel::Place}) {
    r.level = level;
    r.org_code = "";
    EXPECT_EQ(by_field(risk_errors(r)).count("org_code"), 1u);
    r.org_code = "RX1";
    EXPECT_TRUE(risk_errors(r).empty());
  }
}

TEST(RiskScoring, TargetMayEqualButNotExceedTheInitialScore) {
  Risk r = good_risk();
  r.initial = {3, 4};
  r.target = {4, 3};  // 12 = 12
  EXPECT_TRUE(risk_errors(r).empty());
  r.target = {5, 3};  // 15 > 12, though likelihood alone is what rose
  const auto errors = risk_errors(r);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            (FieldError{"target_likelihood", "Target score (15) must be no higher than the initial score (12)"}));
}

TEST(RiskScoring, HistoryMustBeNonEmptyInDateOrderOneADay) {
  Risk r = good_risk();
  r.history.clear();
  EXPECT_EQ(risk_errors(r), (FieldErrors{{"history", "Record the current likelihood and consequence"}}));

  r = good_risk();
  r.history[1].date = r.history[0].date;  // two on one day
  EXPECT_EQ(risk_errors(r), (FieldErrors{{"assessed_on", "Scorings must be in date order, at most one a day"}}));

  r = good_risk();
  r.history.insert(r.history.begin() + 1, {d("2025-03-01"), {4, 4}, "", ""});  // before the first
  EXPECT_EQ(risk_errors(r), (FieldErrors{{"history-1-date", "Scorings must be in date order, at most one a day"}}));

  r = good_risk();
  r.history.resize(1);  // one scoring is enough
  EXPECT_TRUE(risk_errors(r).empty());
}

TEST(RiskScoring, AConfidentialRiskWithAReasonIsValid) {
  Risk r = good_risk();
  r.confidential = true;
  r.confidential_reason = "Section 43: commercial interests";
  EXPECT_TRUE(risk_errors(r).empty());
}

}  // namespace
}  // namespace ics::assurance
