// The 5x5 risk heat map SVG, inspected as a reader would see it: the cells where the matrix puts them
// (likelihood 5 at the top, consequence 1 on the left), coloured by grade, with counts and refs; the
// accessible name and description; the axis words; escaping.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "report/risk_heat_map_svg.h"

namespace ics::report {
namespace {

// The opening tag and content of the cell group for (likelihood, consequence).
std::string cell_of(const std::string& svg, int likelihood, int consequence) {
  const std::string open = "data-likelihood=\"" + std::to_string(likelihood) + "\" data-consequence=\"" +
                           std::to_string(consequence) + "\"";
  const auto at = svg.find(open);
  if (at == std::string::npos) return "";
  const auto start = svg.rfind("<g ", at);
  return svg.substr(start, svg.find("</g>", at) - start);
}

std::string attribute(const std::string& element, const std::string& name) {
  std::smatch m;
  const std::regex re("\\b" + name + "=\"([^\"]*)\"");
  return std::regex_search(element, m, re) ? m[1].str() : "";
}

// The text of every <text> element with the class, in document order.
std::vector<std::string> texts(const std::string& svg, const std::string& css_class) {
  std::vector<std::string> out;
  const std::regex re("<text class=\"" + css_class + "\"[^>]*>([^<]*)</text>");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1].str());
  return out;
}

size_t occurrences(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

assurance::HeatMap map_with(int likelihood, int consequence, std::vector<std::string> refs) {
  assurance::HeatMap map;
  map.cells[likelihood - 1][consequence - 1] = std::move(refs);
  return map;
}

TEST(RiskHeatMapSvg, DrawsTwentyFiveCellsFromLikelihoodFiveAtTheTopLeft) {
  const std::string svg = risk_heat_map_svg({}, {});
  EXPECT_EQ(occurrences(svg, "<g class=\"heat-map-cell"), 25u);
  // The first cell drawn is the top-left one: likelihood 5, consequence 1.
  const auto first = svg.find("<g class=\"heat-map-cell");
  EXPECT_EQ(svg.find("data-likelihood=\"5\" data-consequence=\"1\""), svg.find("data-likelihood", first));
  // Top-left corner at (150, 40); cells 96 wide and 76 high, so likelihood 1 x consequence 5 sits at
  // (150 + 4 * 96, 40 + 4 * 76) = (534, 344).
  const std::string top_left = cell_of(svg, 5, 1);
  EXPECT_NE(top_left.find("<rect x=\"150\" y=\"40\" width=\"96\" height=\"76\""), std::string::npos) << top_left;
  const std::string bottom_right = cell_of(svg, 1, 5);
  EXPECT_NE(bottom_right.find("<rect x=\"534\" y=\"344\""), std::string::npos) << bottom_right;
}

TEST(RiskHeatMapSvg, ColoursEachCellByTheGradeOfItsScore) {
  const std::string svg = risk_heat_map_svg({}, {});
  struct Case {
    int likelihood, consequence;
    const char* grade;
    const char* fill;
    const char* ink;
  };
  for (const Case& c : {Case{1, 1, "low", "#007f3b", "#ffffff"}, Case{1, 3, "low", "#007f3b", "#ffffff"},
                        Case{2, 2, "moderate", "#ffeb3b", "#212b32"}, Case{3, 2, "moderate", "#ffeb3b", "#212b32"},
                        Case{2, 4, "high", "#ed8b00", "#212b32"}, Case{4, 3, "high", "#ed8b00", "#212b32"},
                        Case{3, 5, "extreme", "#da291c", "#ffffff"}, Case{5, 5, "extreme", "#da291c", "#ffffff"}}) {
    const std::string cell = cell_of(svg, c.likelihood, c.consequence);
    EXPECT_NE(cell.find(std::string("heat-map-cell--") + c.grade), std::string::npos) << c.likelihood << c.consequence;
    EXPECT_NE(cell.find(std::string("fill=\"") + c.fill + "\" stroke"), std::string::npos) << cell;
    // The score in the corner, in the colour that reads on the fill.
    const std::string score = std::to_string(c.likelihood * c.consequence);
    EXPECT_NE(cell.find(std::string("fill=\"") + c.ink + "\">" + score + "</text>"), std::string::npos) << cell;
  }
}

TEST(RiskHeatMapSvg, ShowsTheCountAndRefsOfTheRisksInACell) {
  const std::string svg = risk_heat_map_svg(map_with(4, 4, {"SR01", "SR04"}), {});
  const std::string cell = cell_of(svg, 4, 4);
  EXPECT_EQ(attribute(cell, "data-count"), "2");
  EXPECT_EQ(texts(cell, "cell-count"), std::vector<std::string>{"2"});
  EXPECT_EQ(texts(cell, "cell-refs"), std::vector<std::string>{"SR01, SR04"});
  EXPECT_NE(cell.find("<title>Likelihood 4 Likely, consequence 4 Major: score 16, extreme. 2 risks: SR01, "
                      "SR04.</title>"),
            std::string::npos)
      << cell;
  // Empty cells say so in their title and draw no count.
  const std::string empty = cell_of(svg, 1, 1);
  EXPECT_EQ(attribute(empty, "data-count"), "0");
  EXPECT_TRUE(texts(empty, "cell-count").empty());
  EXPECT_NE(empty.find("score 1, low. 0 risks.</title>"), std::string::npos) << empty;
}

TEST(RiskHeatMapSvg, ACrowdedCellShowsFiveRefsAndHowManyMore) {
  const std::vector<std::string> refs = {"R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"};
  const std::string cell = cell_of(risk_heat_map_svg(map_with(2, 5, refs), {}), 2, 5);
  EXPECT_EQ(texts(cell, "cell-refs"), (std::vector<std::string>{"R1, R2", "R3, R4", "R5, +3 more"}));
  EXPECT_EQ(attribute(cell, "data-count"), "8");
  // The cell's title still names every one.
  EXPECT_NE(cell.find("8 risks: R1, R2, R3, R4, R5, R6, R7, R8."), std::string::npos);
  // Exactly six fit without "more".
  const std::string six = cell_of(risk_heat_map_svg(map_with(2, 5, {"A", "B", "C", "D", "E", "F"}), {}), 2, 5);
  EXPECT_EQ(texts(six, "cell-refs"), (std::vector<std::string>{"A, B", "C, D", "E, F"}));
}

TEST(RiskHeatMapSvg, IsAnAccessibleImageDescribedByItsCountsByGrade) {
  assurance::HeatMap map;
  map.cells[4][4] = {"SR01"};          // 25 extreme
  map.cells[3][3] = {"SR02", "SR03"};  // 16 extreme
  map.cells[2][2] = {"SR04"};          // 9 high
  map.cells[0][1] = {"SR05"};          // 2 low
  const std::string svg = risk_heat_map_svg(map, {"Open risks by current score", "current-map"});
  EXPECT_EQ(svg.rfind("<svg class=\"risk-heat-map\"", 0), 0u);
  EXPECT_NE(svg.find("role=\"img\" aria-labelledby=\"current-map-title current-map-desc\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"current-map-title\">Open risks by current score</title>"), std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"current-map-desc\">Likelihood (rows, 5 Almost certain at the top) against "
                     "consequence (columns, 1 Negligible on the left). 5 risks: 3 extreme, 1 high, 0 moderate, 1 "
                     "low.</desc>"),
            std::string::npos)
      << svg.substr(0, 600);
  const std::string empty = risk_heat_map_svg({}, {});
  EXPECT_NE(empty.find("on the left). 0 risks.</desc>"), std::string::npos);
}

TEST(RiskHeatMapSvg, LabelsBothAxesWithTheirWords) {
  const std::string svg = risk_heat_map_svg({}, {});
  EXPECT_EQ(texts(svg, "likelihood-label"),
            (std::vector<std::string>{"5 Almost certain", "4 Likely", "3 Possible", "2 Unlikely", "1 Rare"}));
  EXPECT_EQ(texts(svg, "consequence-label"),
            (std::vector<std::string>{"1 Negligible", "2 Minor", "3 Moderate", "4 Major", "5 Catastrophic"}));
  EXPECT_EQ(texts(svg, "axis-title axis-title--likelihood"), std::vector<std::string>{"Likelihood"});
  EXPECT_EQ(texts(svg, "axis-title axis-title--consequence"), std::vector<std::string>{"Consequence"});
}

TEST(RiskHeatMapSvg, EscapesTitlesAndRefs) {
  const std::string svg = risk_heat_map_svg(map_with(1, 1, {"<b>&"}), {"Risks \"now\" <here>", "m"});
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_EQ(svg.find("<here>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;b&gt;&amp;"), std::string::npos);
  EXPECT_NE(svg.find("Risks &quot;now&quot; &lt;here&gt;"), std::string::npos);
}

TEST(RiskHeatMapSvgWords, NameEachPointOfBothScalesAndNothingOutside) {
  EXPECT_EQ(likelihood_word(1), "Rare");
  EXPECT_EQ(likelihood_word(3), "Possible");
  EXPECT_EQ(likelihood_word(5), "Almost certain");
  EXPECT_EQ(consequence_word(1), "Negligible");
  EXPECT_EQ(consequence_word(4), "Major");
  EXPECT_EQ(consequence_word(5), "Catastrophic");
  EXPECT_EQ(likelihood_word(0), "");
  EXPECT_EQ(consequence_word(6), "");
}

}  // namespace
}  // namespace ics::report
