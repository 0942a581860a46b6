// The four Making Data Count rules, each on its own, and their order of precedence.
#include "spc/rules.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace ics::spc {
namespace {

using SC = SpecialCause;
constexpr SC C = SC::CommonCause;

// Limits around 0: process limits at -3 and 3, near limits at -2 and 2.
Limits unit_limits() {
  Limits l;
  l.mean = 0;
  l.amr = 3 / 2.66;
  l.lpl = -3;
  l.upl = 3;
  l.near_lpl = -2;
  l.near_upl = 2;
  return l;
}

std::vector<SC> trend(const std::vector<double>& y) {
  std::vector<SC> out(y.size(), C);
  seven_point_trend(y, out);
  return out;
}
std::vector<SC> two3(const std::vector<double>& y) {
  std::vector<SC> out(y.size(), C);
  two_in_three(y, unit_limits(), out);
  return out;
}
std::vector<SC> side(const std::vector<double>& y) {
  std::vector<SC> out(y.size(), C);
  seven_point_one_side_mean(y, 0, out);
  return out;
}
std::vector<SC> all_rules(const std::vector<double>& y) {
  std::vector<SC> out(y.size(), SC::SevenAbove);  // apply_rules must reset what was there
  apply_rules(y, unit_limits(), out);
  return out;
}

// --- Rule 1: outside the process limits

TEST(SpcRuleOutsideLimits, FlagsStrictlyBeyondALimitOnly) {
  const std::vector<double> y{3, std::nextafter(3.0, 4.0), -3, std::nextafter(-3.0, -4.0), 0, 100};
  std::vector<SC> out(y.size(), C);
  outside_limits(y, unit_limits(), out);
  EXPECT_EQ(out, (std::vector<SC>{C, SC::AboveUcl, C, SC::BelowLcl, C, SC::AboveUcl}));
}

TEST(SpcRuleOutsideLimits, NothingIsOutsideUndefinedLimits) {
  Limits none;
  none.mean = 1;
  none.lpl = none.upl = std::nan("");
  const std::vector<double> y{1e9, -1e9};
  std::vector<SC> out(y.size(), C);
  outside_limits(y, none, out);
  EXPECT_EQ(out, (std::vector<SC>{C, C}));
}

// --- Rule 2: seven point trend

TEST(SpcRuleTrend, SixRisingPointsAreNotATrend) {
  EXPECT_EQ(trend({1, 2, 3, 4, 5, 6}), std::vector<SC>(6, C));
  EXPECT_EQ(trend({0, 9, 1, 2, 3, 4, 5, 6}), std::vector<SC>(8, C));
}

TEST(SpcRuleTrend, SevenRisingPointsAreAnIncreasingTrend) {
  const auto up = SC::TrendIncreasing;
  EXPECT_EQ(trend({1, 2, 3, 4, 5, 6, 7}), std::vector<SC>(7, up));
  EXPECT_EQ(trend({5, 0, 1, 2, 3, 4, 5, 6, 2}), (std::vector<SC>{C, up, up, up, up, up, up, up, C}));
}

TEST(SpcRuleTrend, SevenFallingPointsAreADecreasingTrend) {
  EXPECT_EQ(trend({7, 6, 5, 4, 3, 2, 1}), std::vector<SC>(7, SC::TrendDecreasing));
}

TEST(SpcRuleTrend, AnEqualValueBreaksATrend) {
  // 1..4, 4, 4..7: six steps up but one of the steps in between is flat.
  EXPECT_EQ(trend({1, 2, 3, 4, 4, 5, 6, 7}), std::vector<SC>(8, C));
  EXPECT_EQ(trend({7, 6, 5, 5, 4, 3, 2, 1}), std::vector<SC>(8, C));
}

TEST(SpcRuleTrend, APeakBetweenTwoTrendsTakesTheDirectionToItsRight) {
  const auto up = SC::TrendIncreasing, down = SC::TrendDecreasing;
  // Up 1..7 then down to 1: the peak 7 is in both runs and is decreasing.
  EXPECT_EQ(trend({1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1}),
            (std::vector<SC>{up, up, up, up, up, up, down, down, down, down, down, down, down}));
  // Down then up: the valley is increasing; the last point takes the step into it (increasing).
  EXPECT_EQ(trend({7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6, 7}),
            (std::vector<SC>{down, down, down, down, down, down, up, up, up, up, up, up, up}));
}

TEST(SpcRuleTrend, APeakFollowedByAShortFallStaysInItsRisingTrend) {
  const auto up = SC::TrendIncreasing;
  EXPECT_EQ(trend({1, 2, 3, 4, 5, 6, 7, 6, 5}), (std::vector<SC>{up, up, up, up, up, up, up, C, C}));
}

TEST(SpcRuleTrend, TheLastPointTakesTheStepIntoIt) {
  const auto down = SC::TrendDecreasing;
  EXPECT_EQ(trend({0, 8, 7, 6, 5, 4, 3, 2}), (std::vector<SC>{C, down, down, down, down, down, down, down}));
}

// --- Rule 3: two in three beyond the near limits

TEST(SpcRuleTwoInThree, TwoCloseOfThreeOnOneSideFlagsTheCloseOnes) {
  const auto above = SC::TwoInThreeAbove, below = SC::TwoInThreeBelow;
  EXPECT_EQ(two3({2.5, 0.5, 2.5}), (std::vector<SC>{above, C, above}));
  EXPECT_EQ(two3({-2.5, -2.5, -1}), (std::vector<SC>{below, below, C}));
  EXPECT_EQ(two3({0, 1, -2.5, -0.5, -2.9, 1}), (std::vector<SC>{C, C, below, C, below, C}));
}

TEST(SpcRuleTwoInThree, AllThreeMustBeOnTheSameSide) {
  EXPECT_EQ(two3({2.5, -0.5, 2.5}), std::vector<SC>(3, C));
  EXPECT_EQ(two3({2.5, 0, 2.5}), std::vector<SC>(3, C));  // a point on the mean is on neither side
  EXPECT_EQ(two3({2.5, 2.5, -1}), std::vector<SC>(3, C));
}

TEST(SpcRuleTwoInThree, OneCloseInEachWindowIsNotEnough) {
  EXPECT_EQ(two3({2.5, 0.5, 0.5, 2.5}), std::vector<SC>(4, C));
  EXPECT_EQ(two3({2.5, 2.5}), std::vector<SC>(2, C));  // under three points there is no window
}

TEST(SpcRuleTwoInThree, OnANearLimitIsNotCloseAndOutsideIsNotClose) {
  EXPECT_EQ(two3({2, 2, 2}), std::vector<SC>(3, C));
  const double just_beyond = std::nextafter(2.0, 3.0);
  EXPECT_EQ(two3({just_beyond, 1, just_beyond}), (std::vector<SC>{SC::TwoInThreeAbove, C, SC::TwoInThreeAbove}));
  // An outside point is on the side but not close: with one close point the window is not enough...
  EXPECT_EQ(two3({3.5, 1, 2.5}), std::vector<SC>(3, C));
  // ...with two close points it is, and the outside point itself is left to rule 1.
  EXPECT_EQ(two3({2.5, 3.5, 2.5}), (std::vector<SC>{SC::TwoInThreeAbove, C, SC::TwoInThreeAbove}));
}

// --- Rule 4: seven points one side of the mean

TEST(SpcRuleOneSide, SevenOnOneSideAreFlaggedSixAreNot) {
  EXPECT_EQ(side({1, 1, 1, 1, 1, 1}), std::vector<SC>(6, C));
  EXPECT_EQ(side({1, 2, 1, 2, 1, 2, 1}), std::vector<SC>(7, SC::SevenAbove));
  EXPECT_EQ(side({1, -1, -2, -1, -2, -1, -2, -1, -1, 1}),
            (std::vector<SC>{C, SC::SevenBelow, SC::SevenBelow, SC::SevenBelow, SC::SevenBelow, SC::SevenBelow,
                             SC::SevenBelow, SC::SevenBelow, SC::SevenBelow, C}));
}

TEST(SpcRuleOneSide, APointOnTheMeanBreaksTheRun) {
  EXPECT_EQ(side({1, 1, 1, 0, 1, 1, 1, 1}), std::vector<SC>(8, C));
  EXPECT_EQ(side({-1, -1, -1, -1, -1, -1, 0, -1}), std::vector<SC>(8, C));
}

// --- The examples NHSRplotthedots' own tests pin (tests/testthat/test-ptd_calculate_point_type.R)

TEST(SpcRules, AgreeWithNhsrPlotTheDotsExamples) {
  const auto up = SC::TrendIncreasing, down = SC::TrendDecreasing;
  EXPECT_EQ(trend({1, 2, 3, 3, 4, 5, 6}), std::vector<SC>(7, C));  // c(1:3, 3:6)
  EXPECT_EQ(trend({2, 1, 2, 3, 4, 5, 6, 7, 3}), (std::vector<SC>{C, up, up, up, up, up, up, up, C}));
  EXPECT_EQ(trend({2, 7, 6, 5, 4, 3, 2, 1, 3}), (std::vector<SC>{C, down, down, down, down, down, down, down, C}));
  // Seven or more on one side; the point after the run, on the other side, is not part of it.
  EXPECT_EQ(side({1, 1, 1, 1, 1, 1, -1}), std::vector<SC>(7, C));
  EXPECT_EQ(side({-1, 1, 1, 1, 1, 1, 1, 1, 1, -1}),
            (std::vector<SC>{C, SC::SevenAbove, SC::SevenAbove, SC::SevenAbove, SC::SevenAbove, SC::SevenAbove,
                             SC::SevenAbove, SC::SevenAbove, SC::SevenAbove, C}));
  // Close flags 0,0,1,0,1,0,0 (all above): only the close points are part of the 2 in 3.
  const auto a = SC::TwoInThreeAbove;
  EXPECT_EQ(two3({1, 1, 2.5, 1, 2.5, 1, 1}), (std::vector<SC>{C, C, a, C, a, C, C}));
  // Close flags 1,0,0,1,1: the first close point has no partner within three.
  EXPECT_EQ(two3({2.5, 1, 1, 2.5, 2.5}), (std::vector<SC>{C, C, C, a, a}));
}

// --- Precedence: the first rule in Making Data Count order names the point

TEST(SpcRules, OutsideBeatsTrendBeatsTwoInThreeBeatsOneSide) {
  // Seven rising points above the mean, the last beyond the upper limit.
  const auto up = SC::TrendIncreasing;
  EXPECT_EQ(all_rules({0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 3.5}), (std::vector<SC>{up, up, up, up, up, up, SC::AboveUcl}));
  // Seven rising points whose last two are close (2 in 3 above): the trend names them.
  EXPECT_EQ(all_rules({-0.5, 0, 0.5, 1, 1.5, 2.1, 2.5, 1}), (std::vector<SC>{up, up, up, up, up, up, up, C}));
  // Seven above the mean, not rising, two of them close: the close ones are 2 in 3, the rest 7 above.
  const auto a7 = SC::SevenAbove, a23 = SC::TwoInThreeAbove;
  EXPECT_EQ(all_rules({1, 0.5, 1, 2.5, 1, 2.5, 1}), (std::vector<SC>{a7, a7, a7, a23, a7, a23, a7}));
  EXPECT_EQ(all_rules({1, -1, 1, -1}), std::vector<SC>(4, C));
}

TEST(SpcRules, DirectionOfEachCause) {
  EXPECT_EQ(direction(SC::CommonCause), 0);
  for (SC c : {SC::AboveUcl, SC::TrendIncreasing, SC::TwoInThreeAbove, SC::SevenAbove}) EXPECT_EQ(direction(c), 1);
  for (SC c : {SC::BelowLcl, SC::TrendDecreasing, SC::TwoInThreeBelow, SC::SevenBelow}) EXPECT_EQ(direction(c), -1);
}

}  // namespace
}  // namespace ics::spc
