// XmR limits: mean, average moving range, outlier screening, process and near limits.
#include "spc/limits.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace ics::spc {
namespace {

TEST(SpcLimits, MeanAndLimitsFromTheAverageMovingRange) {
  // Moving ranges 2, 1, 2: AmR 5/3, nothing near 3.267 x AmR.
  const std::vector<double> y{1, 3, 2, 4};
  const Limits l = compute_limits(y, true);
  EXPECT_DOUBLE_EQ(l.mean, 2.5);
  EXPECT_DOUBLE_EQ(l.amr, 5.0 / 3.0);
  EXPECT_DOUBLE_EQ(l.upl, 2.5 + 2.66 * 5.0 / 3.0);
  EXPECT_DOUBLE_EQ(l.lpl, 2.5 - 2.66 * 5.0 / 3.0);
  EXPECT_DOUBLE_EQ(l.near_upl, 2.5 + (2.0 / 3.0) * 2.66 * 5.0 / 3.0);
  EXPECT_DOUBLE_EQ(l.near_lpl, 2.5 - (2.0 / 3.0) * 2.66 * 5.0 / 3.0);
}

TEST(SpcLimits, ScreeningDropsHugeMovingRangesAndRecomputes) {
  // Ten moving ranges of 1 and two of 20 (the spike): AmR 50/12; 20 >= 3.267 x 50/12 = 13.6 so both go.
  const std::vector<double> y{0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 20, 0};
  const Limits screened = compute_limits(y, true);
  EXPECT_DOUBLE_EQ(screened.mean, 25.0 / 13.0);
  EXPECT_DOUBLE_EQ(screened.amr, 1.0);
  EXPECT_DOUBLE_EQ(screened.upl, 25.0 / 13.0 + 2.66);
  const Limits unscreened = compute_limits(y, false);
  EXPECT_DOUBLE_EQ(unscreened.mean, 25.0 / 13.0);
  EXPECT_DOUBLE_EQ(unscreened.amr, 50.0 / 12.0);
}

TEST(SpcLimits, AMovingRangeExactlyAtTheScreeningCutIsDropped) {
  // Moving ranges 244, 244, 245, 3267: AmR 1000 and the cut 3.267 x 1000 is exactly 3267.
  ASSERT_EQ(3.267 * 1000.0, 3267.0);
  const std::vector<double> y{0, 244, 0, 245, 3512};
  EXPECT_DOUBLE_EQ(compute_limits(y, true).amr, 733.0 / 3.0);
  EXPECT_DOUBLE_EQ(compute_limits(y, false).amr, 1000.0);
}

TEST(SpcLimits, AllMovingRangesZeroGiveLimitsEqualToTheMean) {
  const std::vector<double> y{5, 5, 5, 5};
  for (bool screen : {true, false}) {
    const Limits l = compute_limits(y, screen);
    EXPECT_EQ(l.mean, 5);
    EXPECT_EQ(l.amr, 0);
    EXPECT_EQ(l.lpl, 5);
    EXPECT_EQ(l.upl, 5);
    EXPECT_EQ(l.near_lpl, 5);
    EXPECT_EQ(l.near_upl, 5);
  }
}

TEST(SpcLimits, ASinglePointHasAMeanButNoLimits) {
  const std::vector<double> y{7};
  const Limits l = compute_limits(y, true);
  EXPECT_EQ(l.mean, 7);
  EXPECT_TRUE(std::isnan(l.amr));
  EXPECT_TRUE(std::isnan(l.lpl));
  EXPECT_TRUE(std::isnan(l.upl));
  EXPECT_TRUE(std::isnan(l.near_lpl));
  EXPECT_TRUE(std::isnan(l.near_upl));
}

TEST(SpcLimits, TwoPointsHaveOneMovingRange) {
  const std::vector<double> y{1, 4};
  const Limits l = compute_limits(y, true);  // one moving range of 3: screening keeps it (3 < 3.267 x 3)
  EXPECT_DOUBLE_EQ(l.mean, 2.5);
  EXPECT_DOUBLE_EQ(l.amr, 3.0);
  EXPECT_DOUBLE_EQ(l.upl, 2.5 + 2.66 * 3.0);
}

}  // namespace
}  // namespace ics::spc
