// build_ipr: latest values, staleness, standards, combined lines, SPC icons and the service-area roll-up,
// against expectations worked out by hand in the comments.
#include "performance/ipr.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ics::performance {
namespace {

constexpr Month kJan{2019, 1}, kFeb{2019, 2}, kMar{2019, 3}, kApr{2019, 4};

Metric metric(std::string id, std::string area, MetricUnit unit, Improvement improvement,
              std::optional<double> standard) {
  return Metric{id, "Metric " + id, area, unit, improvement, standard, "test"};
}

Observation obs(std::string metric_id, std::string org, Month month, double value,
                std::optional<double> num = std::nullopt, std::optional<double> den = std::nullopt) {
  return Observation{std::move(metric_id), std::move(org), month, num, den, value};
}

const IprLine* find_line(const IprMetric& m, const std::string& org, bool combined = false) {
  for (const auto& line : m.lines)
    if (line.combined == combined && (combined || line.org_code == org)) return &line;
  return nullptr;
}

TEST(Ipr, LatestValueIsTheReportMonthOrTheLastEarlierOneFlaggedStale) {
  const std::vector<Metric> catalogue{metric("m", "Area", MetricUnit::Percent, Improvement::Increase, 0.90)};
  const std::vector<Observation> data{
      obs("m", "AAA", kJan, 0.80), obs("m", "AAA", kFeb, 0.85), obs("m", "AAA", kMar, 0.95),
      obs("m", "AAA", kApr, 0.10),  // after the report month: ignored
      obs("m", "BBB", kJan, 0.70), obs("m", "BBB", kFeb, 0.85),
  };
  const Ipr ipr = build_ipr(catalogue, data, {{"AAA", "BBB"}, kMar});
  ASSERT_EQ(ipr.metrics.size(), 1u);
  const auto& m = ipr.metrics[0];
  // Values without numerator/denominator cannot be combined, so one line per organisation.
  ASSERT_EQ(m.lines.size(), 2u);
  const IprLine* a = find_line(m, "AAA");
  const IprLine* b = find_line(m, "BBB");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->month, kMar);
  EXPECT_FALSE(a->stale);
  EXPECT_DOUBLE_EQ(a->value, 0.95);
  EXPECT_EQ(a->points.size(), 3u);  // April is after the report month
  EXPECT_EQ(b->month, kFeb);
  EXPECT_TRUE(b->stale);
  EXPECT_DOUBLE_EQ(b->value, 0.85);
  // 0.95 >= 0.90 is met; 0.85 is not.
  EXPECT_EQ(a->met, std::optional<bool>(true));
  EXPECT_EQ(b->met, std::optional<bool>(false));
  EXPECT_EQ(a->standard, std::optional<double>(0.90));
  EXPECT_TRUE(a->headline);
  EXPECT_TRUE(b->headline);
}

TEST(Ipr, LinesFollowTheRequestOrderAndIgnoreOtherOrganisations) {
  const std::vector<Metric> catalogue{metric("m", "Area", MetricUnit::Percent, Improvement::Increase, 0.90)};
  const std::vector<Observation> data{obs("m", "AAA", kMar, 0.5), obs("m", "BBB", kMar, 0.6), obs("m", "ZZZ", kMar, 0.7)};
  const Ipr ipr = build_ipr(catalogue, data, {{"BBB", "AAA", "BBB"}, kMar});
  ASSERT_EQ(ipr.orgs, (std::vector<std::string>{"BBB", "AAA"}));  // duplicates dropped
  ASSERT_EQ(ipr.metrics[0].lines.size(), 2u);
  EXPECT_EQ(ipr.metrics[0].lines[0].org_code, "BBB");
  EXPECT_EQ(ipr.metrics[0].lines[1].org_code, "AAA");
}

TEST(Ipr, CombinedLineSumsNumeratorsAndDenominatorsOverMonthsEveryoneReports) {
  const std::vector<Metric> catalogue{metric("m", "Area", MetricUnit::Percent, Improvement::Increase, 0.95)};
  const std::vector<Observation> data{
      obs("m", "AAA", kJan, 0.90, 90, 100), obs("m", "AAA", kFeb, 0.80, 80, 100), obs("m", "AAA", kMar, 0.95, 95, 100),
      obs("m", "BBB", kJan, 0.50, 50, 100), obs("m", "BBB", kFeb, 0.50, 100, 200),
  };
  const Ipr ipr = build_ipr(catalogue, data, {{"AAA", "BBB"}, kMar});
  const auto& m = ipr.metrics.at(0);
  ASSERT_EQ(m.lines.size(), 3u);
  const IprLine* combined = find_line(m, "", true);
  ASSERT_NE(combined, nullptr);
  EXPECT_TRUE(combined->org_code.empty());
  // January (90+50)/(100+100) = 0.7; February (80+100)/(100+200) = 0.6; March lacks BBB, so it is left out.
  ASSERT_EQ(combined->points.size(), 2u);
  EXPECT_DOUBLE_EQ(combined->points[0].value, 0.7);
  EXPECT_DOUBLE_EQ(combined->points[1].value, 0.6);
  EXPECT_EQ(combined->month, kFeb);
  EXPECT_TRUE(combined->stale);
  EXPECT_EQ(combined->met, std::optional<bool>(false));
  // Only the combined line is the headline.
  EXPECT_TRUE(combined->headline);
  EXPECT_FALSE(find_line(m, "AAA")->headline);
  EXPECT_FALSE(find_line(m, "BBB")->headline);
}

TEST(Ipr, CombinedCountsAreSummed) {
  const std::vector<Metric> catalogue{metric("c", "Area", MetricUnit::Count, Improvement::Decrease, 0)};
  const std::vector<Observation> data{obs("c", "AAA", kMar, 3), obs("c", "BBB", kMar, 4)};
  const Ipr ipr = build_ipr(catalogue, data, {{"AAA", "BBB"}, kMar});
  const IprLine* combined = find_line(ipr.metrics.at(0), "", true);
  ASSERT_NE(combined, nullptr);
  EXPECT_DOUBLE_EQ(combined->value, 7);
  EXPECT_EQ(combined->met, std::optional<bool>(false));  // 7 > 0 with lower better
}

TEST(Ipr, CombinedRateKeepsTheScaleTheValuesUse) {
  // Per 1,000: AAA 5/1000 -> 5, BBB 20/2000 -> 10; combined 25/3000 x 1000 = 8.333...
  const std::vector<Metric> catalogue{metric("r", "Area", MetricUnit::Rate, Improvement::Decrease, std::nullopt)};
  const std::vector<Observation> data{obs("r", "AAA", kMar, 5, 5, 1000), obs("r", "BBB", kMar, 10, 20, 2000)};
  const Ipr ipr = build_ipr(catalogue, data, {{"AAA", "BBB"}, kMar});
  const IprLine* combined = find_line(ipr.metrics.at(0), "", true);
  ASSERT_NE(combined, nullptr);
  EXPECT_NEAR(combined->value, 25.0 / 3.0, 1e-12);
}

TEST(Ipr, NoCombinedLineForOneOrganisationOrMissingNumerators) {
  const std::vector<Metric> catalogue{metric("m", "Area", MetricUnit::Percent, Improvement::Increase, 0.95)};
  const std::vector<Observation> one{obs("m", "AAA", kMar, 0.9, 9, 10)};
  EXPECT_EQ(build_ipr(catalogue, one, {{"AAA"}, kMar}).metrics.at(0).lines.size(), 1u);
  const std::vector<Observation> partial{obs("m", "AAA", kMar, 0.9, 9, 10), obs("m", "BBB", kMar, 0.8)};
  const Ipr ipr = build_ipr(catalogue, partial, {{"AAA", "BBB"}, kMar});
  EXPECT_EQ(find_line(ipr.metrics.at(0), "", true), nullptr);
  // An organisation with no data for the metric at all: nothing to combine with.
  const Ipr missing = build_ipr(catalogue, one, {{"AAA", "BBB"}, kMar});
  ASSERT_EQ(missing.metrics.at(0).lines.size(), 1u);
  EXPECT_TRUE(missing.metrics[0].lines[0].headline);
}

TEST(Ipr, MetricsWithoutDataForTheSelectionAreLeftOutAndCatalogueOrderKept) {
  const std::vector<Metric> catalogue{metric("z", "Area", MetricUnit::Count, Improvement::Neutral, std::nullopt),
                                      metric("none", "Area", MetricUnit::Count, Improvement::Neutral, std::nullopt),
                                      metric("a", "Area", MetricUnit::Count, Improvement::Neutral, std::nullopt)};
  const std::vector<Observation> data{obs("a", "AAA", kMar, 1), obs("z", "AAA", kMar, 2), obs("none", "BBB", kMar, 3),
                                      obs("a", "AAA", kApr, 9)};
  const Ipr ipr = build_ipr(catalogue, data, {{"AAA"}, kMar});
  ASSERT_EQ(ipr.metrics.size(), 2u);
  EXPECT_EQ(ipr.metrics[0].metric.id, "z");
  EXPECT_EQ(ipr.metrics[1].metric.id, "a");
  // Data only after the report month does not count either.
  EXPECT_TRUE(build_ipr(catalogue, data, {{"AAA"}, kFeb}).metrics.empty());
}

TEST(Ipr, SpcGivesIconsAndChartPoints) {
  // 20 months alternating 0.50, 0.52, then 0.90. Mean = (10 x 0.50 + 10 x 0.52 + 0.90) / 21 = 0.528571...
  // The moving ranges are 0.02 except the last (0.38); with or without screening that jump, the upper
  // process limit is mean + 2.66 x at most 0.038 = 0.6297 < 0.90: the last point is above the UPL,
  // special cause of improvement where higher is better, and the whole process sits below the 0.95
  // target: assurance is a consistent fail.
  std::vector<Observation> data;
  Month m{2017, 8};
  for (int i = 0; i < 20; ++i, m = m.next()) data.push_back(obs("m", "AAA", m, i % 2 == 0 ? 0.50 : 0.52));
  data.push_back(obs("m", "AAA", m, 0.90));
  const Metric up = metric("m", "Area", MetricUnit::Percent, Improvement::Increase, 0.95);
  const Ipr ipr = build_ipr({up}, data, {{"AAA"}, m});
  const IprLine& line = ipr.metrics.at(0).lines.at(0);
  ASSERT_EQ(line.points.size(), 21u);
  EXPECT_EQ(line.points.front().month, (Month{2017, 8}));
  EXPECT_EQ(line.points.back().month, m);
  EXPECT_NEAR(line.points.back().mean, 11.1 / 21, 1e-9);
  EXPECT_LT(line.points.back().upl, 0.90);
  EXPECT_EQ(line.points.back().special_cause, spc::SpecialCause::AboveUcl);
  EXPECT_EQ(line.points.back().point_type, spc::PointType::Improvement);
  EXPECT_EQ(line.variation, spc::PointType::Improvement);
  EXPECT_EQ(line.assurance, spc::Assurance::ConsistentFail);

  // The same data where lower is better is a concern.
  const Metric down = metric("m", "Area", MetricUnit::Percent, Improvement::Decrease, 0.95);
  const Ipr worse = build_ipr({down}, data, {{"AAA"}, m});
  EXPECT_EQ(worse.metrics.at(0).lines.at(0).variation, spc::PointType::Concern);
}

TEST(Ipr, RollupCountsHeadlineLinesWithAJudgeableStandard) {
  const std::vector<Metric> catalogue{
      metric("u1", "Urgent care", MetricUnit::Percent, Improvement::Increase, 0.95),
      metric("p1", "Planned care", MetricUnit::Percent, Improvement::Increase, 0.92),
      metric("u2", "Urgent care", MetricUnit::Count, Improvement::Decrease, 0),
      metric("u3", "Urgent care", MetricUnit::Count, Improvement::Neutral, std::nullopt),  // no standard: not a KPI
      metric("p2", "Planned care", MetricUnit::Percent, Improvement::Neutral, 0.5),       // no direction: not a KPI
  };
  const std::vector<Observation> data{
      obs("u1", "AAA", kMar, 0.96), obs("u1", "BBB", kMar, 0.90),  // rates without numerators: two headline lines
      obs("u2", "AAA", kMar, 0), obs("u2", "BBB", kMar, 1),         // counts combine: 1 > 0, not met
      obs("u3", "AAA", kMar, 5),
      obs("p1", "AAA", kMar, 0.93),
      obs("p2", "AAA", kMar, 0.4),
  };
  const Ipr ipr = build_ipr(catalogue, data, {{"AAA", "BBB"}, kMar});
  ASSERT_EQ(ipr.rollup.size(), 2u);
  // Urgent care first (its first metric comes first in the catalogue): u1 AAA met, u1 BBB not, u2 combined not.
  EXPECT_EQ(ipr.rollup[0].service_area, "Urgent care");
  EXPECT_EQ(ipr.rollup[0].kpis, 3);
  EXPECT_EQ(ipr.rollup[0].achieved, 1);
  EXPECT_NEAR(*ipr.rollup[0].percent_achieved, 1.0 / 3.0, 1e-12);
  EXPECT_EQ(ipr.rollup[0].rag, std::optional<DeliveryRag>(DeliveryRag::Red));
  EXPECT_EQ(ipr.rollup[1].service_area, "Planned care");
  EXPECT_EQ(ipr.rollup[1].kpis, 1);
  EXPECT_EQ(ipr.rollup[1].achieved, 1);
  EXPECT_EQ(ipr.rollup[1].rag, std::optional<DeliveryRag>(DeliveryRag::Green));
}

TEST(Ipr, AreaWithoutKpisHasNoPercentageOrRag) {
  const std::vector<Metric> catalogue{metric("n", "Neutral area", MetricUnit::Count, Improvement::Neutral, std::nullopt)};
  const Ipr ipr = build_ipr(catalogue, {obs("n", "AAA", kMar, 5)}, {{"AAA"}, kMar});
  ASSERT_EQ(ipr.rollup.size(), 1u);
  EXPECT_EQ(ipr.rollup[0].kpis, 0);
  EXPECT_FALSE(ipr.rollup[0].percent_achieved);
  EXPECT_FALSE(ipr.rollup[0].rag);
}

TEST(Ipr, DeliveryRagThresholds) {
  EXPECT_EQ(delivery_rag(1.0), DeliveryRag::Green);
  EXPECT_EQ(delivery_rag(0.75), DeliveryRag::Green);
  EXPECT_EQ(delivery_rag(0.7499), DeliveryRag::Amber);
  EXPECT_EQ(delivery_rag(0.5), DeliveryRag::Amber);
  EXPECT_EQ(delivery_rag(0.4999), DeliveryRag::Red);
  EXPECT_EQ(delivery_rag(0.0), DeliveryRag::Red);
  EXPECT_EQ(letter(DeliveryRag::Amber), "A");
}

}  // namespace
}  // namespace ics::performance
