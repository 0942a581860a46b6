// Variation types of points and the assurance icon, in every direction.
#include "spc/icons.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ics::spc {
namespace {

using SC = SpecialCause;

TEST(SpcPointType, CommonCauseIsCommonCauseInEveryDirection) {
  for (auto d : {Improvement::Increase, Improvement::Decrease, Improvement::Neutral})
    EXPECT_EQ(point_type(SC::CommonCause, d), PointType::CommonCause);
}

TEST(SpcPointType, UpIsImprovementWhenHigherIsBetter) {
  for (SC c : {SC::AboveUcl, SC::TrendIncreasing, SC::TwoInThreeAbove, SC::SevenAbove}) {
    EXPECT_EQ(point_type(c, Improvement::Increase), PointType::Improvement) << label(c);
    EXPECT_EQ(point_type(c, Improvement::Decrease), PointType::Concern) << label(c);
    EXPECT_EQ(point_type(c, Improvement::Neutral), PointType::NeutralHigh) << label(c);
  }
}

TEST(SpcPointType, DownIsImprovementWhenLowerIsBetter) {
  for (SC c : {SC::BelowLcl, SC::TrendDecreasing, SC::TwoInThreeBelow, SC::SevenBelow}) {
    EXPECT_EQ(point_type(c, Improvement::Increase), PointType::Concern) << label(c);
    EXPECT_EQ(point_type(c, Improvement::Decrease), PointType::Improvement) << label(c);
    EXPECT_EQ(point_type(c, Improvement::Neutral), PointType::NeutralLow) << label(c);
  }
}

// Limits 10 to 20 throughout.
TEST(SpcAssurance, HigherIsBetter) {
  EXPECT_EQ(assurance(Improvement::Increase, 25, 10, 20), Assurance::ConsistentFail);
  EXPECT_EQ(assurance(Improvement::Increase, 5, 10, 20), Assurance::ConsistentPass);
  EXPECT_EQ(assurance(Improvement::Increase, 15, 10, 20), Assurance::Inconsistent);
}

TEST(SpcAssurance, LowerIsBetter) {
  EXPECT_EQ(assurance(Improvement::Decrease, 25, 10, 20), Assurance::ConsistentPass);
  EXPECT_EQ(assurance(Improvement::Decrease, 5, 10, 20), Assurance::ConsistentFail);
  EXPECT_EQ(assurance(Improvement::Decrease, 15, 10, 20), Assurance::Inconsistent);
}

TEST(SpcAssurance, ATargetOnALimitIsInconsistent) {
  EXPECT_EQ(assurance(Improvement::Increase, 20, 10, 20), Assurance::Inconsistent);
  EXPECT_EQ(assurance(Improvement::Decrease, 10, 10, 20), Assurance::Inconsistent);
  EXPECT_EQ(assurance(Improvement::Increase, 7, 7, 7), Assurance::Inconsistent);  // flat series
}

TEST(SpcAssurance, NoneWithoutTargetOrDirectionOrLimits) {
  EXPECT_EQ(assurance(Improvement::Increase, std::nullopt, 10, 20), Assurance::None);
  EXPECT_EQ(assurance(Improvement::Neutral, 25, 10, 20), Assurance::None);
  EXPECT_EQ(assurance(Improvement::Increase, 25, std::nan(""), std::nan("")), Assurance::None);
}

TEST(SpcLabels, AsMakingDataCountPrintsThem) {
  EXPECT_EQ(label(SC::CommonCause), "Common Cause");
  EXPECT_EQ(label(SC::AboveUcl), "Above UCL");
  EXPECT_EQ(label(SC::BelowLcl), "Below LCL");
  EXPECT_EQ(label(SC::TrendIncreasing), "7 Point Trend (Increasing)");
  EXPECT_EQ(label(SC::TrendDecreasing), "7 Point Trend (Decreasing)");
  EXPECT_EQ(label(SC::TwoInThreeAbove), "2 in 3 Above CL");
  EXPECT_EQ(label(SC::TwoInThreeBelow), "2 in 3 Below CL");
  EXPECT_EQ(label(SC::SevenAbove), "7 Points Above CL");
  EXPECT_EQ(label(SC::SevenBelow), "7 Points Below CL");
  EXPECT_EQ(label(PointType::CommonCause), "common_cause");
  EXPECT_EQ(label(PointType::Improvement), "special_cause_improvement");
  EXPECT_EQ(label(PointType::Concern), "special_cause_concern");
  EXPECT_EQ(label(PointType::NeutralHigh), "special_cause_neutral_high");
  EXPECT_EQ(label(PointType::NeutralLow), "special_cause_neutral_low");
  EXPECT_EQ(label(Assurance::None), "");
  EXPECT_EQ(label(Assurance::ConsistentPass), "consistent_pass");
  EXPECT_EQ(label(Assurance::ConsistentFail), "consistent_fail");
  EXPECT_EQ(label(Assurance::Inconsistent), "inconsistent");
}

}  // namespace
}  // namespace ics::spc
