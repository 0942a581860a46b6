// analyse(): segments, baselines, limits per point, warnings and the series' icons.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <vector>

#include "core/calendar.h"
#include "spc/spc.h"

namespace ics::spc {
namespace {

using SC = SpecialCause;

// Monthly dates from January 2020, one per value.
std::vector<int32_t> months(size_t n) {
  std::vector<int32_t> d;
  Month m{2020, 1};
  for (size_t i = 0; i < n; ++i, m = m.next()) d.push_back(m.first_day().days);
  return d;
}

int32_t day(int y, int m) { return Date::from_ymd(y, m, 1).days; }

SeriesResult run(const std::vector<double>& y, const Options& o = {}) { return analyse(months(y.size()), y, o); }

// 10 and 11 alternating: mean 10.5, every moving range 1, limits 10.5 -/+ 2.66.
std::vector<double> alternating(size_t n, double lo = 10, double hi = 11) {
  std::vector<double> y;
  for (size_t i = 0; i < n; ++i) y.push_back(i % 2 ? hi : lo);
  return y;
}

TEST(SpcAnalyse, LimitsApplyToEveryPointOfTheSeries) {
  const auto r = run(alternating(12));
  ASSERT_EQ(r.segments.size(), 1u);
  for (size_t i = 0; i < 12; ++i) {
    EXPECT_DOUBLE_EQ(r.mean[i], 10.5);
    EXPECT_DOUBLE_EQ(r.lpl[i], 10.5 - 2.66);
    EXPECT_DOUBLE_EQ(r.upl[i], 10.5 + 2.66);
    EXPECT_EQ(r.special_cause[i], SC::CommonCause);
  }
  EXPECT_FALSE(r.segments[0].trial);
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_DOUBLE_EQ(*r.segments[0].near_upl, 10.5 + 2.66 * 2 / 3);
  EXPECT_DOUBLE_EQ(*r.segments[0].near_lpl, 10.5 - 2.66 * 2 / 3);
}

TEST(SpcAnalyse, RejectsDatesAndValuesOfDifferentLengths) {
  const std::vector<int32_t> d{1, 2};
  const std::vector<double> y{1};
  EXPECT_THROW(analyse(d, y, {}), std::invalid_argument);
}

TEST(SpcAnalyse, AnEmptySeriesHasNoSegments) {
  const auto r = run({});
  EXPECT_TRUE(r.segments.empty());
  EXPECT_EQ(r.variation, PointType::CommonCause);
  EXPECT_EQ(r.assurance, Assurance::None);
}

TEST(SpcAnalyse, ASinglePointHasItsValueAsMeanAndNoLimits) {
  Options o;
  o.improvement = Improvement::Increase;
  o.target = 5;
  const auto r = run({42}, o);
  EXPECT_EQ(r.mean[0], 42);
  EXPECT_TRUE(std::isnan(r.lpl[0]));
  EXPECT_TRUE(std::isnan(r.upl[0]));
  EXPECT_EQ(r.special_cause[0], SC::CommonCause);
  EXPECT_FALSE(r.segments[0].lpl.has_value());
  EXPECT_EQ(r.assurance, Assurance::None);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0], "no limits: the segment starting 2020-01-01 has only 1 point");
}

TEST(SpcAnalyse, FewerThanTwelvePointsGiveTrialLimitsWithAWarning) {
  const auto r11 = run(alternating(11));
  EXPECT_TRUE(r11.segments[0].trial);
  ASSERT_EQ(r11.warnings.size(), 1u);
  EXPECT_EQ(r11.warnings[0], "trial limits: the segment starting 2020-01-01 has 11 points (fewer than 12)");
  EXPECT_TRUE(r11.segments[0].upl.has_value());  // trial limits are still computed
  EXPECT_FALSE(run(alternating(12)).segments[0].trial);
}

TEST(SpcAnalyse, UnderSevenPointsNoRunRuleFires) {
  // Six rising points all above... nothing: too few for a trend or a run.
  const auto r = run({1, 2, 3, 4, 5, 6});
  for (auto c : r.special_cause) EXPECT_EQ(c, SC::CommonCause);
}

TEST(SpcAnalyse, AFlatSeriesHasLimitsEqualToItsMeanAndOnlyCommonCause) {
  const auto r = run(std::vector<double>(15, 3.25));
  for (size_t i = 0; i < 15; ++i) {
    EXPECT_EQ(r.mean[i], 3.25);
    EXPECT_EQ(r.lpl[i], 3.25);
    EXPECT_EQ(r.upl[i], 3.25);
    EXPECT_EQ(r.special_cause[i], SC::CommonCause);
  }
  EXPECT_EQ(r.variation, PointType::CommonCause);
}

TEST(SpcAnalyse, FixAfterTakesLimitsFromTheFirstNPointsAndAppliesThemToTheRest) {
  auto y = alternating(12);
  const double upl = 10.5 + 2.66 * 1.0;  // what the baseline gives, whatever comes later
  y.insert(y.end(), {upl, std::nextafter(upl, 100.0), 30, 10.5 - 2.66, 0, 11});
  Options o;
  o.fix_after = 12;
  o.improvement = Improvement::Decrease;
  const auto r = run(y, o);
  EXPECT_EQ(r.segments[0].baseline_points, 12u);
  for (size_t i = 0; i < y.size(); ++i) {
    EXPECT_DOUBLE_EQ(r.mean[i], 10.5) << i;
    EXPECT_EQ(r.upl[i], upl) << i;
  }
  EXPECT_EQ(r.special_cause[12], SC::CommonCause);  // exactly on the upper limit
  EXPECT_EQ(r.special_cause[13], SC::AboveUcl);
  EXPECT_EQ(r.special_cause[14], SC::AboveUcl);
  EXPECT_EQ(r.point_type[14], PointType::Concern);
  EXPECT_EQ(r.special_cause[15], SC::CommonCause);  // exactly on the lower limit
  EXPECT_EQ(r.special_cause[16], SC::BelowLcl);
  EXPECT_EQ(r.point_type[16], PointType::Improvement);
  // Without fixing, the later points move the limits.
  EXPECT_NE(run(y).mean[0], 10.5);
}

TEST(SpcAnalyse, FixAfterAFlatBaselineMakesAnyChangeOutside) {
  std::vector<double> y(12, 4.0);
  y.push_back(4.5);
  Options o;
  o.fix_after = 12;
  const auto r = run(y, o);
  EXPECT_EQ(r.upl[12], 4.0);
  EXPECT_EQ(r.special_cause[12], SC::AboveUcl);
  EXPECT_EQ(r.point_type[12], PointType::NeutralHigh);
}

TEST(SpcAnalyse, FixAfterLongerThanTheSegmentUsesTheWholeSegment) {
  Options o;
  o.fix_after = 24;
  const auto r = run(alternating(14), o);
  EXPECT_EQ(r.segments[0].baseline_points, 14u);
  EXPECT_DOUBLE_EQ(r.mean[0], 10.5);
}

TEST(SpcAnalyse, RebaseGivesEachSegmentItsOwnLimits) {
  // Segment 1: 10/11 alternating (mean 10.5, AmR 1). Segment 2 from 2021-01: 20/24 (mean 22, AmR 4).
  auto y = alternating(12);
  const auto y2 = alternating(12, 20, 24);
  y.insert(y.end(), y2.begin(), y2.end());
  Options o;
  o.rebase_days = {day(2021, 1)};
  const auto r = run(y, o);
  ASSERT_EQ(r.segments.size(), 2u);
  EXPECT_EQ(r.segments[0].begin, 0u);
  EXPECT_EQ(r.segments[0].end, 12u);
  EXPECT_EQ(r.segments[1].begin, 12u);
  EXPECT_EQ(r.segments[1].end, 24u);
  EXPECT_DOUBLE_EQ(r.mean[11], 10.5);
  EXPECT_DOUBLE_EQ(r.upl[11], 10.5 + 2.66);
  EXPECT_DOUBLE_EQ(r.mean[12], 22);
  EXPECT_DOUBLE_EQ(r.upl[12], 22 + 2.66 * 4);
  EXPECT_DOUBLE_EQ(r.lpl[23], 22 - 2.66 * 4);
  // The jump from 11 to 20 is no moving range of either segment, so nothing is special.
  for (auto c : r.special_cause) EXPECT_EQ(c, SC::CommonCause);
}

TEST(SpcAnalyse, RunsDoNotCrossARebase) {
  // Segment 1: mean 8/12; its last five points (1) are above it. Segment 2: mean 45/12 = 3.75; its first three
  // points (9) are above it. Each point is above its own segment's mean for 8 points in a row across the
  // rebase, but neither segment has 7, and no point is close to a limit (limits 0.67 -/+ 1.69 and
  // 3.75 -/+ 10.40), so everything is common cause.
  std::vector<double> y{0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1};
  const std::vector<double> seg2{9, 9, 9, 0, 4, 0, 4, 0, 4, 0, 4, 2};
  y.insert(y.end(), seg2.begin(), seg2.end());
  Options o;
  o.rebase_days = {day(2021, 1)};
  const auto r = run(y, o);
  EXPECT_DOUBLE_EQ(r.mean[11], 8.0 / 12);
  EXPECT_DOUBLE_EQ(r.mean[12], 3.75);
  for (size_t i = 0; i < y.size(); ++i) EXPECT_EQ(r.special_cause[i], SC::CommonCause) << i;
}

TEST(SpcAnalyse, TrendsDoNotCrossARebase) {
  std::vector<double> y{5, 1, 5, 1, 5, 1, 5, 1, 2, 3, 4, 5, 6, 7, 8, 1, 5, 1, 5, 1, 5, 1, 5, 1};
  // Rising 1..8 spans indices 7..14; a rebase at index 11 leaves 4 and 4 rising points.
  Options o;
  o.rebase_days = {months(24)[11]};
  const auto split = run(y, o);
  for (auto c : split.special_cause) EXPECT_NE(c, SC::TrendIncreasing);
  EXPECT_EQ(run(y).special_cause[10], SC::TrendIncreasing);
}

TEST(SpcAnalyse, RebaseDatesStartASegmentAtTheFirstPointOnOrAfterThem) {
  const auto d = months(24);
  Options o;
  // Before the first point and after the last are ignored; two dates landing on the same point make one split;
  // 2020-06-15 has no point and starts the segment at 2020-07-01.
  o.rebase_days = {day(2019, 1), Date::from_ymd(2020, 6, 15).days, day(2020, 7), day(2030, 1), day(2021, 3)};
  const auto r = analyse(d, alternating(24), o);
  ASSERT_EQ(r.segments.size(), 3u);
  EXPECT_EQ(r.segments[0].end, 6u);
  EXPECT_EQ(r.segments[1].begin, 6u);
  EXPECT_EQ(r.segments[1].end, 14u);
  EXPECT_EQ(r.segments[2].end, 24u);
  ASSERT_EQ(r.warnings.size(), 3u);  // every segment is under 12 points
  EXPECT_EQ(r.warnings[1], "trial limits: the segment starting 2020-07-01 has 8 points (fewer than 12)");
}

TEST(SpcAnalyse, OutlierScreeningChangesTheLimits) {
  // Ten moving ranges of 1 and two of 20 around the spike: screened AmR 1, unscreened 50/12.
  const std::vector<double> y{0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 20, 0};
  Options on, off;
  off.screen_outliers = false;
  EXPECT_DOUBLE_EQ(run(y, on).upl[0], 25.0 / 13 + 2.66 * 1);
  EXPECT_DOUBLE_EQ(run(y, off).upl[0], 25.0 / 13 + 2.66 * 50 / 12);
}

TEST(SpcAnalyse, VariationIsTheLastPointsTypeAndAssuranceUsesTheLastSegment) {
  auto y = alternating(12);
  y.push_back(20);  // above the upper limit of about 13.9 (the spike's moving ranges are screened out)
  Options o;
  o.improvement = Improvement::Increase;
  o.target = 15;
  const auto r = run(y, o);
  EXPECT_EQ(r.special_cause.back(), SC::AboveUcl);
  EXPECT_EQ(r.variation, PointType::Improvement);
  EXPECT_EQ(r.assurance, Assurance::ConsistentFail);  // 15 is above the upper limit
  o.target = 12;
  EXPECT_EQ(run(y, o).assurance, Assurance::Inconsistent);
  // After a rebase the last segment is what counts: 20/24 has limits 11.36 to 32.64, so 10 is below.
  auto z = alternating(12);
  const auto z2 = alternating(12, 20, 24);
  z.insert(z.end(), z2.begin(), z2.end());
  o.target = 10;
  o.rebase_days = {day(2021, 1)};
  EXPECT_EQ(run(z, o).assurance, Assurance::ConsistentPass);
  o.rebase_days.clear();
  EXPECT_NE(run(z, o).assurance, Assurance::ConsistentPass);
}

TEST(SpcAnalyse, NeutralDirectionGivesHighAndLowTypes) {
  auto y = alternating(12);
  y.push_back(20);
  y.push_back(1);
  const auto r = run(y);
  EXPECT_EQ(r.point_type[12], PointType::NeutralHigh);
  EXPECT_EQ(r.point_type[13], PointType::NeutralLow);
  EXPECT_EQ(r.variation, PointType::NeutralLow);
  EXPECT_EQ(r.assurance, Assurance::None);
}

TEST(SpcAnalyse, ReusingAResultGivesTheSameAnswerAsAFreshOne) {
  SeriesResult reused;
  const auto long_y = alternating(30);
  const std::vector<double> short_y{1, 2, 3, 4, 5, 6, 7, 1};
  analyse(months(30), long_y, {}, reused);
  analyse(months(8), short_y, {}, reused);
  const auto fresh = run(short_y);
  EXPECT_EQ(reused.special_cause, fresh.special_cause);
  EXPECT_EQ(reused.mean, fresh.mean);
  EXPECT_EQ(reused.segments.size(), 1u);
  EXPECT_EQ(reused.warnings, fresh.warnings);
}

}  // namespace
}  // namespace ics::spc
