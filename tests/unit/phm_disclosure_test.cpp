// Small-number suppression and rounding at its boundaries.
#include <gtest/gtest.h>

#include <limits>

#include "phm/disclosure.h"

namespace ics::phm {
namespace {

TEST(PhmDisclosure, ZeroStaysZero) {
  EXPECT_EQ(disclosed_count(0), 0);
  EXPECT_FALSE(is_suppressed(0));
}

TEST(PhmDisclosure, OneToSevenAreSuppressed) {
  for (int64_t n = 1; n <= 7; ++n) {
    EXPECT_EQ(disclosed_count(n), std::nullopt) << n;
    EXPECT_TRUE(is_suppressed(n)) << n;
  }
}

TEST(PhmDisclosure, EightAndAboveRoundToTheNearestFive) {
  EXPECT_EQ(disclosed_count(8), 10);
  EXPECT_FALSE(is_suppressed(8));
  EXPECT_EQ(disclosed_count(10), 10);
  EXPECT_EQ(disclosed_count(12), 10);
  EXPECT_EQ(disclosed_count(13), 15);
  EXPECT_EQ(disclosed_count(17), 15);
  EXPECT_EQ(disclosed_count(18), 20);
  EXPECT_EQ(disclosed_count(22), 20);
  EXPECT_EQ(disclosed_count(23), 25);
}

TEST(PhmDisclosure, NegativeCountsAreNeverDisclosed) {
  EXPECT_EQ(disclosed_count(-1), std::nullopt);
  EXPECT_EQ(disclosed_count(-10), std::nullopt);
  EXPECT_TRUE(is_suppressed(-1));
}

TEST(PhmDisclosure, BigNumbers) {
  EXPECT_EQ(disclosed_count(1'234'567), 1'234'565);
  EXPECT_EQ(disclosed_count(1'234'568), 1'234'570);
  EXPECT_EQ(disclosed_count(3'200'000'003), 3'200'000'005);
  constexpr int64_t max = std::numeric_limits<int64_t>::max();  // ...807, 2 above a multiple of 5
  EXPECT_EQ(disclosed_count(max), max - 2);
  EXPECT_EQ(disclosed_count(max - 4), max - 2);  // ...803 rounds up without overflowing
}

}  // namespace
}  // namespace ics::phm
