// References sort as people read them: digit runs compare as numbers.
#include "core/natural_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace ics {
namespace {

TEST(NaturalOrder, DigitRunsCompareAsNumbers) {
  EXPECT_TRUE(natural_less("SR9", "SR10"));
  EXPECT_FALSE(natural_less("SR10", "SR9"));
  EXPECT_TRUE(natural_less("NO2.1", "NO10.1"));
  EXPECT_TRUE(natural_less("NO4.4", "NO4.10"));
  EXPECT_TRUE(natural_less("NO4.10", "NO5.1"));
  EXPECT_TRUE(natural_less("2", "10"));
}

TEST(NaturalOrder, OtherCharactersCompareAsBytes) {
  EXPECT_TRUE(natural_less("NO1", "SR1"));
  EXPECT_TRUE(natural_less("SR", "sr"));  // 'S' (0x53) before 's' (0x73)
  EXPECT_TRUE(natural_less("SR1.1", "SR1a"));  // '.' before 'a'
  EXPECT_TRUE(natural_less("A9", "Aa"));       // a digit before a letter, as bytes
}

TEST(NaturalOrder, APrefixComesFirstAndNothingIsLessThanItself) {
  EXPECT_TRUE(natural_less("", "SR1"));
  EXPECT_FALSE(natural_less("SR1", ""));
  EXPECT_TRUE(natural_less("SR1", "SR1.1"));
  EXPECT_TRUE(natural_less("NO", "NO1"));
  EXPECT_FALSE(natural_less("SR10", "SR10"));
  EXPECT_FALSE(natural_less("", ""));
}

TEST(NaturalOrder, LeadingZerosCompareByValueThenFewerZerosFirst) {
  EXPECT_TRUE(natural_less("SR02", "SR10"));
  EXPECT_TRUE(natural_less("SR9", "SR010"));
  // Equal values: the shorter spelling first, so two different strings are never equivalent.
  EXPECT_TRUE(natural_less("SR1", "SR01"));
  EXPECT_FALSE(natural_less("SR01", "SR1"));
  EXPECT_TRUE(natural_less("SR01", "SR001"));
  // The first difference decides, as in any lexicographic order, even when a later character would.
  EXPECT_TRUE(natural_less("SR1b", "SR01a"));
  EXPECT_FALSE(natural_less("SR01a", "SR1b"));
  EXPECT_TRUE(natural_less("SR0", "SR00"));
}

TEST(NaturalOrder, NumbersLongerThanAnyIntegerStillCompare) {
  EXPECT_TRUE(natural_less("R99999999999999999999", "R100000000000000000000"));
  EXPECT_TRUE(natural_less("R12345678901234567890", "R12345678901234567891"));
}

TEST(NaturalOrder, SortsAListOfReferences) {
  std::vector<std::string> refs{"NO10.1", "NO2.10", "NO2.2", "NO1.1", "LO1", "NO2.1", "NO10"};
  std::sort(refs.begin(), refs.end(), [](const auto& a, const auto& b) { return natural_less(a, b); });
  EXPECT_EQ(refs, (std::vector<std::string>{"LO1", "NO1.1", "NO2.1", "NO2.2", "NO2.10", "NO10", "NO10.1"}));
}

}  // namespace
}  // namespace ics
