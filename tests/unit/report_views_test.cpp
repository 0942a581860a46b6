// The report views: value formatting, escaping, the SPC chart SVG, the MDC icons and the self-contained
// IPR page, inspected for what a reader would see (colours, lines present or absent, table columns).
#include <gtest/gtest.h>

#include <cmath>
#include <regex>

#include "report/html_escape.h"
#include "report/ipr_html.h"
#include "report/mdc_icons_svg.h"
#include "report/spc_chart_svg.h"
#include "report/value_format.h"

namespace ics::report {
namespace {

using performance::IprPoint;
using spc::PointType;

// Every element with the given tag whose class attribute contains css_class, as its opening tag text.
std::vector<std::string> elements(const std::string& svg, const std::string& tag, const std::string& css_class) {
  std::vector<std::string> out;
  const std::regex re("<" + tag + "\\b[^>]*class=\"[^\"]*\\b" + css_class + "\\b[^\"]*\"[^>]*>");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back(it->str());
  return out;
}

std::string attribute(const std::string& element, const std::string& name) {
  std::smatch m;
  const std::regex re("\\b" + name + "=\"([^\"]*)\"");
  return std::regex_search(element, m, re) ? m[1].str() : "";
}

std::vector<IprPoint> four_points() {
  const double nan = std::nan("");
  return {
      {Month{2019, 1}, 0.90, 0.91, 0.85, 0.97, spc::SpecialCause::CommonCause, PointType::CommonCause},
      {Month{2019, 2}, 0.99, 0.91, 0.85, 0.97, spc::SpecialCause::AboveUcl, PointType::Improvement},
      {Month{2019, 3}, 0.80, 0.91, 0.85, 0.97, spc::SpecialCause::BelowLcl, PointType::Concern},
      {Month{2019, 4}, 0.92, nan, nan, nan, spc::SpecialCause::CommonCause, PointType::NeutralHigh},
  };
}

TEST(ValueFormat, UnitsPrintAsBoardsReadThem) {
  EXPECT_EQ(format_value(0.9512, MetricUnit::Percent), "95.1%");
  EXPECT_EQ(format_value(1.0, MetricUnit::Percent), "100.0%");
  EXPECT_EQ(format_value(1234567, MetricUnit::Count), "1,234,567");
  EXPECT_EQ(format_value(999, MetricUnit::Count), "999");
  EXPECT_EQ(format_value(-1234.4, MetricUnit::Count), "-1,234");
  EXPECT_EQ(format_value(0, MetricUnit::Count), "0");
  EXPECT_EQ(format_value(7.24, MetricUnit::Minutes), "7.2 min");
  EXPECT_EQ(format_value(1.005, MetricUnit::Ratio), "1.00");
  EXPECT_EQ(format_value(std::nan(""), MetricUnit::Percent), "–");
  EXPECT_EQ(format_optional(std::nullopt, MetricUnit::Percent), "–");
  EXPECT_EQ(format_percent_whole(2.0 / 3.0), "67%");
  EXPECT_EQ(format_month(Month{2019, 3}), "Mar 2019");
}

TEST(HtmlEscape, EscapesMarkupAndQuotes) {
  EXPECT_EQ(html_escape("<b class=\"x\">Tom & Jerry's</b>"),
            "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;");
  EXPECT_EQ(html_escape("plain"), "plain");
}

TEST(SpcChartSvg, PointsTakeTheMakingDataCountColours) {
  const std::string svg = spc_chart_svg(four_points(), 0.95, MetricUnit::Percent, SpcChartStyle{});
  const auto points = elements(svg, "circle", "point");
  ASSERT_EQ(points.size(), 4u);
  EXPECT_EQ(attribute(points[0], "fill"), "#A6A6A6");  // common cause grey
  EXPECT_EQ(attribute(points[1], "fill"), "#00B0F0");  // improvement blue
  EXPECT_EQ(attribute(points[2], "fill"), "#E46C0A");  // concern orange
  EXPECT_EQ(attribute(points[3], "fill"), "#490092");  // neutral purple
  EXPECT_EQ(attribute(points[2], "data-month"), "2019-03");
  EXPECT_NE(points[2].find("point--concern"), std::string::npos);
}

TEST(SpcChartSvg, TargetLineOnlyWithAStandard) {
  const std::string with = spc_chart_svg(four_points(), 0.95, MetricUnit::Percent, SpcChartStyle{});
  const auto target = elements(with, "line", "target");
  ASSERT_EQ(target.size(), 1u);
  EXPECT_EQ(attribute(target[0], "stroke"), "#DE1B1B");
  EXPECT_FALSE(attribute(target[0], "stroke-dasharray").empty());
  const std::string without = spc_chart_svg(four_points(), std::nullopt, MetricUnit::Percent, SpcChartStyle{});
  EXPECT_TRUE(elements(without, "line", "target").empty());
}

TEST(SpcChartSvg, MeanSolidAndLimitsDashed) {
  const std::string svg = spc_chart_svg(four_points(), std::nullopt, MetricUnit::Percent, SpcChartStyle{});
  const auto mean = elements(svg, "path", "mean");
  ASSERT_EQ(mean.size(), 1u);
  EXPECT_TRUE(attribute(mean[0], "stroke-dasharray").empty());
  // Three points share limits, the fourth has none: one horizontal run from the first to the third point.
  const std::string d = attribute(mean[0], "d");
  EXPECT_EQ(std::count(d.begin(), d.end(), 'M'), 1);
  for (const char* limit : {"limit--upper", "limit--lower"}) {
    const auto path = elements(svg, "path", limit);
    ASSERT_EQ(path.size(), 1u) << limit;
    EXPECT_FALSE(attribute(path[0], "stroke-dasharray").empty());
    EXPECT_EQ(attribute(path[0], "stroke"), "#A6A6A6");
  }
}

TEST(SpcChartSvg, AxesLabelMonthsAndUnits) {
  const std::string svg = spc_chart_svg(four_points(), 0.95, MetricUnit::Percent, SpcChartStyle{640, 280, false, "A&E <x>"});
  EXPECT_NE(svg.find(">Jan 2019</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Apr 2019</text>"), std::string::npos);  // the last month is always labelled
  const auto y_labels = elements(svg, "text", "y-label");
  ASSERT_FALSE(y_labels.empty());
  EXPECT_NE(svg.find("%</text>"), std::string::npos);
  EXPECT_NE(svg.find("Percent (%)"), std::string::npos);
  EXPECT_NE(svg.find("A&amp;E &lt;x&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("<x>"), std::string::npos);
}

TEST(SpcChartSvg, SparklineHasNoAxesAndEmptySeriesDrawsNoPoints) {
  const std::string spark = spc_chart_svg(four_points(), 0.95, MetricUnit::Percent, SpcChartStyle{120, 32, true, ""});
  EXPECT_TRUE(elements(spark, "text", "x-label").empty());
  EXPECT_TRUE(elements(spark, "text", "y-label").empty());
  EXPECT_EQ(elements(spark, "circle", "point").size(), 4u);
  EXPECT_EQ(attribute(spark.substr(0, spark.find('>')), "width"), "120");
  const std::string empty = spc_chart_svg({}, 0.95, MetricUnit::Percent, SpcChartStyle{});
  EXPECT_TRUE(elements(empty, "circle", "point").empty());
  EXPECT_NE(empty.find("No data"), std::string::npos);
}

TEST(MdcIcons, VariationLetterAndColourFollowTheDirectionOfImprovement) {
  // Improvement where higher is better is a high special cause: H in blue.
  const std::string up = variation_icon_svg(PointType::Improvement, Improvement::Increase);
  EXPECT_NE(up.find(">H</text>"), std::string::npos);
  EXPECT_NE(up.find("stroke=\"#00B0F0\""), std::string::npos);
  // Improvement where lower is better is low: L in blue. Concern where higher is better: L in orange.
  EXPECT_NE(variation_icon_svg(PointType::Improvement, Improvement::Decrease).find(">L</text>"), std::string::npos);
  const std::string concern = variation_icon_svg(PointType::Concern, Improvement::Increase);
  EXPECT_NE(concern.find(">L</text>"), std::string::npos);
  EXPECT_NE(concern.find("stroke=\"#E46C0A\""), std::string::npos);
  const std::string neutral = variation_icon_svg(PointType::NeutralHigh, Improvement::Neutral);
  EXPECT_NE(neutral.find(">H</text>"), std::string::npos);
  EXPECT_NE(neutral.find("stroke=\"#490092\""), std::string::npos);
  const std::string common = variation_icon_svg(PointType::CommonCause, Improvement::Increase);
  EXPECT_EQ(common.find("</text>"), std::string::npos);
  EXPECT_NE(common.find("stroke=\"#A6A6A6\""), std::string::npos);
  EXPECT_NE(common.find("<title>Common cause variation</title>"), std::string::npos);
}

TEST(MdcIcons, AssuranceLetters) {
  EXPECT_NE(assurance_icon_svg(spc::Assurance::ConsistentPass).find(">P</text>"), std::string::npos);
  EXPECT_NE(assurance_icon_svg(spc::Assurance::ConsistentPass).find("stroke=\"#00B0F0\""), std::string::npos);
  EXPECT_NE(assurance_icon_svg(spc::Assurance::ConsistentFail).find(">F</text>"), std::string::npos);
  EXPECT_NE(assurance_icon_svg(spc::Assurance::ConsistentFail).find("stroke=\"#E46C0A\""), std::string::npos);
  EXPECT_NE(assurance_icon_svg(spc::Assurance::Inconsistent).find(">?</text>"), std::string::npos);
  EXPECT_NE(assurance_icon_svg(spc::Assurance::Inconsistent).find("stroke=\"#A6A6A6\""), std::string::npos);
  EXPECT_EQ(assurance_icon_svg(spc::Assurance::None), "");
}

performance::Ipr sample_ipr(const std::string& metric_name, const std::string& area) {
  performance::Ipr ipr;
  ipr.month = Month{2019, 3};
  ipr.orgs = {"RX1", "RK5"};
  performance::IprMetric m;
  m.metric = Metric{"ae_4hr", metric_name, area, MetricUnit::Percent, Improvement::Increase, 0.95, "Src"};
  performance::IprLine a;
  a.org_code = "RX1";
  a.month = Month{2019, 3};
  a.value = 0.812;
  a.standard = 0.95;
  a.met = false;
  a.headline = true;
  a.variation = PointType::Concern;
  a.assurance = spc::Assurance::ConsistentFail;
  a.points = four_points();
  performance::IprLine b = a;
  b.org_code = "RK5";
  b.month = Month{2019, 2};
  b.stale = true;
  b.value = 0.96;
  b.met = true;
  m.lines = {a, b};
  ipr.metrics.push_back(m);
  performance::ServiceAreaRollup row;
  row.service_area = area;
  row.kpis = 2;
  row.achieved = 1;
  row.percent_achieved = 0.5;
  row.rag = performance::DeliveryRag::Amber;
  ipr.rollup.push_back(row);
  return ipr;
}

std::vector<std::string> header_cells(const std::string& html, const std::string& table_class) {
  const size_t table = html.find("<table class=\"" + table_class + "\"");
  const size_t end = html.find("</thead>", table);
  std::vector<std::string> out;
  const std::string head = html.substr(table, end - table);
  const std::regex re("<th[^>]*>([^<]*)</th>");
  for (auto it = std::sregex_iterator(head.begin(), head.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1].str());
  return out;
}

TEST(IprHtml, RollupTableHasTheBoardsColumns) {
  const std::string html = ipr_html(sample_ipr("A&E 4-hour", "Urgent care"), IprHtmlOptions{});
  EXPECT_EQ(header_cells(html, "rollup"),
            (std::vector<std::string>{"Service Area", "No. KPIs", "% Achieved", "Delivery RAG"}));
  EXPECT_EQ(header_cells(html, "ipr"), (std::vector<std::string>{"Metric", "Organisation", "Month", "Value", "Standard",
                                                                  "Met", "Variation", "Assurance", "Chart"}));
  EXPECT_NE(html.find(">50%</td>"), std::string::npos);
  EXPECT_NE(html.find("tag--amber\">A</span>"), std::string::npos);
}

TEST(IprHtml, RowsShowFormattedValuesStalenessAndIcons) {
  IprHtmlOptions options;
  options.org_names = {{"RX1", "Nottingham University Hospitals NHS Trust"}};
  const std::string html = ipr_html(sample_ipr("A&E 4-hour", "Urgent care"), options);
  EXPECT_NE(html.find("Nottingham University Hospitals NHS Trust (RX1)"), std::string::npos);
  EXPECT_NE(html.find(">81.2%</td>"), std::string::npos);
  EXPECT_NE(html.find(">95.0%</td>"), std::string::npos);
  EXPECT_NE(html.find("Feb 2019 <span class=\"stale\">(latest available)</span>"), std::string::npos);
  EXPECT_NE(html.find("Not met"), std::string::npos);
  EXPECT_NE(html.find("data-variation=\"special_cause_concern\""), std::string::npos);
  EXPECT_NE(html.find("data-assurance=\"consistent_fail\""), std::string::npos);
  // A sparkline per line in the table and a full chart per line below.
  EXPECT_EQ(elements(html, "svg", "spc-chart--sparkline").size(), 2u);
  EXPECT_EQ(elements(html, "svg", "spc-chart").size(), 4u);
}

TEST(IprHtml, EscapesEveryTextFromData) {
  IprHtmlOptions options;
  options.org_names = {{"RX1", "<img src=x onerror=alert(1)> & \"Co\""}};
  options.title = "Board <pack>";
  const std::string html = ipr_html(sample_ipr("<script>alert(1)</script> & \"x\"", "Care <b>&</b>"), options);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("<pack>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;"), std::string::npos);
  EXPECT_NE(html.find("Care &lt;b&gt;&amp;&lt;/b&gt;"), std::string::npos);
  // Anchors built from the area name keep only letters and digits.
  EXPECT_NE(html.find("href=\"#area-Care--b----b-\""), std::string::npos);
}

TEST(IprHtml, SelfContainedWithNothingFetched) {
  const std::string html = ipr_html(sample_ipr("A&E", "Urgent care"), IprHtmlOptions{});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_NE(html.find("<style>"), std::string::npos);
}

}  // namespace
}  // namespace ics::report
