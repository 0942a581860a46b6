// Money in whole pence: exact parsing of pounds and £m, and printing as NHS finance reports do.
#include "core/money.h"

#include <gtest/gtest.h>

#include <limits>

namespace ics {
namespace {

constexpr Pence kMax = std::numeric_limits<Pence>::max();
constexpr Pence kMin = std::numeric_limits<Pence>::min();

TEST(MoneyParsePounds, ReadsPoundsAndPenceExactly) {
  EXPECT_EQ(parse_pounds("1234"), 123400);
  EXPECT_EQ(parse_pounds("1234.5"), 123450);
  EXPECT_EQ(parse_pounds("1234.56"), 123456);
  EXPECT_EQ(parse_pounds("0.05"), 5);
  EXPECT_EQ(parse_pounds("0.1"), 10);
  EXPECT_EQ(parse_pounds("007"), 700);
  EXPECT_EQ(parse_pounds("  12.30\t"), 1230);
}

TEST(MoneyParsePounds, BracketsAndALeadingMinusBothMeanNegative) {
  EXPECT_EQ(parse_pounds("-1234.56"), -123456);
  EXPECT_EQ(parse_pounds("(1,234.56)"), -123456);
  EXPECT_EQ(parse_pounds("(12)"), -1200);
  EXPECT_EQ(parse_pounds("-0.00"), 0);
  EXPECT_EQ(parse_pounds("(0)"), 0);
}

TEST(MoneyParsePounds, APoundSignMayComeBeforeOrInsideTheSign) {
  EXPECT_EQ(parse_pounds("£1,234.5"), 123450);
  EXPECT_EQ(parse_pounds("£1,234.56"), 123456);
  EXPECT_EQ(parse_pounds("-£12.30"), -1230);
  EXPECT_EQ(parse_pounds("£-12.30"), -1230);
  EXPECT_EQ(parse_pounds("(£1,234.56)"), -123456);
  EXPECT_EQ(parse_pounds("£(1,234.56)"), -123456);
  EXPECT_EQ(parse_pounds("££12"), std::nullopt);
  EXPECT_EQ(parse_pounds("12£"), std::nullopt);
  EXPECT_EQ(parse_pounds("£"), std::nullopt);
}

TEST(MoneyParsePounds, ThousandsCommasOnlyInGroupsOfThree) {
  EXPECT_EQ(parse_pounds("1,234"), 123400);
  EXPECT_EQ(parse_pounds("12,345,678.90"), 1234567890);
  EXPECT_EQ(parse_pounds("123,456"), 12345600);
  EXPECT_EQ(parse_pounds("1,23"), std::nullopt);
  EXPECT_EQ(parse_pounds("1,2345"), std::nullopt);
  EXPECT_EQ(parse_pounds("1234,567"), std::nullopt);
  EXPECT_EQ(parse_pounds("1,234,56"), std::nullopt);
  EXPECT_EQ(parse_pounds("0,123"), std::nullopt);
  EXPECT_EQ(parse_pounds(",123"), std::nullopt);
  EXPECT_EQ(parse_pounds("1,"), std::nullopt);
  EXPECT_EQ(parse_pounds("1,,234"), std::nullopt);
  EXPECT_EQ(parse_pounds("1,234.5,6"), std::nullopt);
}

TEST(MoneyParsePounds, RejectsAnythingElse) {
  for (const char* bad : {"", " ", "1.234", "12abc", "1e3", "1.", ".5", "-", "()", "(12", "12)", "--1", "(-1)",
                          "-(1)", "+1", "1 234", "nan", "0x10", "1.2.3", "12m", "(12))"})
    EXPECT_EQ(parse_pounds(bad), std::nullopt) << '"' << bad << '"';
}

TEST(MoneyParsePounds, OutOfRangeIsRejectedNotWrapped) {
  EXPECT_EQ(parse_pounds("92233720368547758.07"), kMax);
  EXPECT_EQ(parse_pounds("92,233,720,368,547,758.07"), kMax);
  EXPECT_EQ(parse_pounds("92233720368547758.08"), std::nullopt);
  EXPECT_EQ(parse_pounds("-92233720368547758.08"), kMin);
  EXPECT_EQ(parse_pounds("-92233720368547758.09"), std::nullopt);
  EXPECT_EQ(parse_pounds("9223372036854775807"), std::nullopt);
  EXPECT_EQ(parse_pounds("184467440737095516.16"), std::nullopt);  // 2^64 pence would wrap to 0
  EXPECT_EQ(parse_pounds("99999999999999999999999999"), std::nullopt);
}

TEST(MoneyParseMillions, ReadsUpToSixPlacesExactly) {
  EXPECT_EQ(parse_millions("12.40"), 1'240'000'000);
  EXPECT_EQ(parse_millions("(0.3)"), -30'000'000);
  EXPECT_EQ(parse_millions("£1.25m"), 125'000'000);
  EXPECT_EQ(parse_millions("(£0.3m)"), -30'000'000);
  EXPECT_EQ(parse_millions("-2m"), -200'000'000);
  EXPECT_EQ(parse_millions("0.000001"), 100);  // £1
  EXPECT_EQ(parse_millions("1,234.567891"), 123'456'789'100);
  EXPECT_EQ(parse_millions("0.1"), 10'000'000);
  EXPECT_EQ(parse_millions("0.0000001"), std::nullopt);  // 7 places: below £1
  EXPECT_EQ(parse_millions("1.2mm"), std::nullopt);
  EXPECT_EQ(parse_millions("m"), std::nullopt);
  EXPECT_EQ(parse_millions("1.2M"), std::nullopt);
  EXPECT_EQ(parse_millions("1,23"), std::nullopt);
  EXPECT_EQ(parse_millions("92233720368.54775807"), std::nullopt);  // more than six places
  EXPECT_EQ(parse_millions("92233720369"), std::nullopt);           // out of range
}

TEST(MoneyFormatMillions, OneDecimalRoundedHalfAwayFromZero) {
  EXPECT_EQ(format_millions(1'234'560'000), "12.3");
  EXPECT_EQ(format_millions(-25'000'000), "(0.3)");
  EXPECT_EQ(format_millions(1'235'000'000), "12.4");
  EXPECT_EQ(format_millions(-1'235'000'000), "(12.4)");
  EXPECT_EQ(format_millions(1'234'999'999), "12.3");
  EXPECT_EQ(format_millions(100'000'000), "1.0");
}

TEST(MoneyFormatMillions, ZeroIsNeverBracketed) {
  EXPECT_EQ(format_millions(0), "0.0");
  EXPECT_EQ(format_millions(4'999'999), "0.0");
  EXPECT_EQ(format_millions(5'000'000), "0.1");
  EXPECT_EQ(format_millions(-4'999'999), "0.0");
  EXPECT_EQ(format_millions(-5'000'000), "(0.1)");
  EXPECT_EQ(format_millions(-1), "0.0");
  EXPECT_EQ(format_millions(-1, 8), "(0.00000001)");
}

TEST(MoneyFormatMillions, ThousandsOfMillionsTakeCommas) {
  EXPECT_EQ(format_millions(123'456'789'000), "1,234.6");
  EXPECT_EQ(format_millions(-99'995'000'000), "(1,000.0)");
  EXPECT_EQ(format_millions(99'994'999'999), "999.9");
  EXPECT_EQ(format_millions(kMax), "92,233,720,368.5");
  EXPECT_EQ(format_millions(kMin), "(92,233,720,368.5)");
}

TEST(MoneyFormatMillions, OtherNumbersOfDecimals) {
  EXPECT_EQ(format_millions(125'000'000, 2), "1.25");
  EXPECT_EQ(format_millions(-124'500'000, 2), "(1.25)");
  EXPECT_EQ(format_millions(50'000'000, 0), "1");
  EXPECT_EQ(format_millions(49'999'999, 0), "0");
  EXPECT_EQ(format_millions(-50'000'000, 0), "(1)");
  EXPECT_EQ(format_millions(123'456'789, 8), "1.23456789");
  EXPECT_EQ(format_millions(123'456'789, 3), "1.235");
  EXPECT_EQ(format_millions(5, 9), "0.00000005");  // clamped to a penny's places
}

TEST(MoneyFormatPounds, CommasPenceAndBrackets) {
  EXPECT_EQ(format_pounds(123456), "1,234.56");
  EXPECT_EQ(format_pounds(-1200), "(12.00)");
  EXPECT_EQ(format_pounds(0), "0.00");
  EXPECT_EQ(format_pounds(5), "0.05");
  EXPECT_EQ(format_pounds(-5), "(0.05)");
  EXPECT_EQ(format_pounds(99'999), "999.99");
  EXPECT_EQ(format_pounds(100'000), "1,000.00");
  EXPECT_EQ(format_pounds(100'000'000), "1,000,000.00");
  EXPECT_EQ(format_pounds(kMin), "(92,233,720,368,547,758.08)");
}

TEST(MoneyFormatPounds, ReadsBackWhatItPrints) {
  for (Pence p : {Pence{0}, Pence{1}, Pence{-1}, Pence{123456789}, Pence{-100'000}, kMax, kMin})
    EXPECT_EQ(parse_pounds(format_pounds(p)), p) << p;
}

TEST(MoneyRoundTo, HalfAwayFromZeroToAMultiple) {
  EXPECT_EQ(round_to(15, 10), 20);
  EXPECT_EQ(round_to(14, 10), 10);
  EXPECT_EQ(round_to(-15, 10), -20);
  EXPECT_EQ(round_to(-14, 10), -10);
  EXPECT_EQ(round_to(4'999'999, 10'000'000), 0);
  EXPECT_EQ(round_to(5'000'000, 10'000'000), 10'000'000);
  EXPECT_EQ(round_to(-5'000'000, 10'000'000), -10'000'000);
  EXPECT_EQ(round_to(30, 10), 30);
  EXPECT_EQ(round_to(7, 0), 7);  // no unit: unchanged
  EXPECT_EQ(round_to(kMax, 10), kMax - 7);  // the nearest multiple that fits
}

}  // namespace
}  // namespace ics
