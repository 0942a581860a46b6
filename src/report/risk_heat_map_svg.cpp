#include "report/risk_heat_map_svg.h"

#include <algorithm>
#include <array>
#include <cstddef>

#include "assurance/risk_scoring.h"
#include "report/html_escape.h"

namespace ics::report {
namespace {

constexpr int kWidth = 640, kHeight = 476;
constexpr int kLeft = 150, kTop = 40;  // the matrix's top-left corner
constexpr int kCellWidth = 96, kCellHeight = 76;
constexpr size_t kRefsPerLine = 2, kRefLines = 3;
constexpr const char* kFont = " font-family=\"Arial, Helvetica, sans-serif\"";
constexpr const char* kTextColour = "#212b32";

std::string text(const std::string& css_class, int x, int y, const std::string& anchor, int size,
                 std::string_view colour, const std::string& body, const std::string& extra = "") {
  return "<text class=\"" + css_class + "\" x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) +
         "\" text-anchor=\"" + anchor + "\"" + kFont + " font-size=\"" + std::to_string(size) + "\" fill=\"" +
         std::string(colour) + "\"" + extra + ">" + html_escape(body) + "</text>";
}

std::string plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string join(const std::vector<std::string>& refs, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < refs.size(); ++i) {
    if (i > from) out += ", ";
    out += refs[i];
  }
  return out;
}

// The refs in a cell, two to a line on three lines; when more than six, five and then "+N more".
std::vector<std::string> ref_lines(const std::vector<std::string>& refs) {
  const size_t room = kRefsPerLine * kRefLines;
  const auto fit = static_cast<std::ptrdiff_t>(std::min(refs.size(), room));
  std::vector<std::string> tokens(refs.begin(), refs.begin() + fit);
  if (refs.size() > room) tokens.back() = std::string("+") + std::to_string(refs.size() - (room - 1)) + " more";
  std::vector<std::string> lines;
  for (size_t i = 0; i < tokens.size(); i += kRefsPerLine) lines.push_back(join(tokens, i, i + kRefsPerLine));
  return lines;
}

// "9 open risks: 3 extreme, 4 high, 1 moderate, 1 low."
std::string description(const assurance::HeatMap& map) {
  std::array<size_t, 4> by_grade{};
  for (int l = 1; l <= 5; ++l)
    for (int c = 1; c <= 5; ++c)
      by_grade[static_cast<size_t>(assurance::grade_of_score(l * c))] += map.cells[l - 1][c - 1].size();
  std::string out = "Likelihood (rows, 5 Almost certain at the top) against consequence (columns, 1 Negligible on "
                    "the left). " + plural(map.total(), "risk", "risks");
  if (map.total() == 0) return out + ".";
  out += ": ";
  bool first = true;
  for (const RiskGrade grade : {RiskGrade::Extreme, RiskGrade::High, RiskGrade::Moderate, RiskGrade::Low}) {
    if (!first) out += ", ";
    first = false;
    out += std::to_string(by_grade[static_cast<size_t>(grade)]) + " " + std::string(enum_name(grade));
  }
  return out + ".";
}

std::string cell(const std::vector<std::string>& refs, int likelihood, int consequence) {
  const int score = likelihood * consequence;
  const RiskGrade grade = assurance::grade_of_score(score);
  const std::string_view ink = assurance::grade_text_colour(grade);
  const int x = kLeft + (consequence - 1) * kCellWidth;
  const int y = kTop + (5 - likelihood) * kCellHeight;
  const std::string grade_name(enum_name(grade));
  std::string out = "<g class=\"heat-map-cell heat-map-cell--" + grade_name + "\" data-likelihood=\"" +
                    std::to_string(likelihood) + "\" data-consequence=\"" + std::to_string(consequence) +
                    "\" data-count=\"" + std::to_string(refs.size()) + "\">";
  out += "<title>" +
         html_escape("Likelihood " + std::to_string(likelihood) + " " + likelihood_word(likelihood) +
                     ", consequence " + std::to_string(consequence) + " " + consequence_word(consequence) +
                     ": score " + std::to_string(score) + ", " + grade_name + ". " +
                     plural(refs.size(), "risk", "risks") + (refs.empty() ? "" : ": " + join(refs, 0, refs.size())) +
                     ".") +
         "</title>";
  out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
         std::to_string(kCellWidth) + "\" height=\"" + std::to_string(kCellHeight) + "\" fill=\"" +
         std::string(assurance::grade_fill(grade)) + "\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
  out += text("cell-score", x + 6, y + 13, "start", 10, ink, std::to_string(score));
  if (!refs.empty()) {
    out += text("cell-count", x + kCellWidth / 2, y + 32, "middle", 18, ink, std::to_string(refs.size()),
                " font-weight=\"bold\"");
    int line_y = y + 47;
    for (const auto& line : ref_lines(refs)) {
      out += text("cell-refs", x + kCellWidth / 2, line_y, "middle", 10, ink, line);
      line_y += 11;
    }
  }
  return out + "</g>";
}

}  // namespace

std::string likelihood_word(int likelihood) {
  static constexpr std::array<const char*, 5> kWords = {"Rare", "Unlikely", "Possible", "Likely", "Almost certain"};
  return likelihood >= 1 && likelihood <= 5 ? kWords[likelihood - 1] : "";
}

std::string consequence_word(int consequence) {
  static constexpr std::array<const char*, 5> kWords = {"Negligible", "Minor", "Moderate", "Major", "Catastrophic"};
  return consequence >= 1 && consequence <= 5 ? kWords[consequence - 1] : "";
}

std::string risk_heat_map_svg(const assurance::HeatMap& map, const RiskHeatMapStyle& style) {
  const std::string id = html_escape(style.id);
  std::string svg = "<svg class=\"risk-heat-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    std::to_string(kWidth) + " " + std::to_string(kHeight) + "\" width=\"" + std::to_string(kWidth) +
                    "\" height=\"" + std::to_string(kHeight) + "\" role=\"img\" aria-labelledby=\"" + id +
                    "-title " + id + "-desc\"><title id=\"" + id + "-title\">" + html_escape(style.title) +
                    "</title><desc id=\"" + id + "-desc\">" + html_escape(description(map)) + "</desc>";
  svg += "<rect x=\"0\" y=\"0\" width=\"" + std::to_string(kWidth) + "\" height=\"" + std::to_string(kHeight) +
         "\" fill=\"#ffffff\"/>";
  svg += text("chart-title", kLeft, 22, "start", 14, kTextColour, style.title, " font-weight=\"bold\"");

  for (int likelihood = 5; likelihood >= 1; --likelihood)
    for (int consequence = 1; consequence <= 5; ++consequence)
      svg += cell(map.cells[likelihood - 1][consequence - 1], likelihood, consequence);

  // Axes: each row and column named by its number and word, and a title for each scale.
  const int bottom = kTop + 5 * kCellHeight;
  for (int likelihood = 5; likelihood >= 1; --likelihood) {
    const int y = kTop + (5 - likelihood) * kCellHeight + kCellHeight / 2 + 4;
    svg += text("likelihood-label", kLeft - 8, y, "end", 11, kTextColour,
                std::to_string(likelihood) + " " + likelihood_word(likelihood));
  }
  for (int consequence = 1; consequence <= 5; ++consequence) {
    const int x = kLeft + (consequence - 1) * kCellWidth + kCellWidth / 2;
    svg += text("consequence-label", x, bottom + 18, "middle", 11, kTextColour,
                std::to_string(consequence) + " " + consequence_word(consequence));
  }
  const int middle_y = kTop + 5 * kCellHeight / 2;
  svg += text("axis-title axis-title--likelihood", 24, middle_y, "middle", 12, kTextColour, "Likelihood",
              " font-weight=\"bold\" transform=\"rotate(-90 24 " + std::to_string(middle_y) + ")\"");
  svg += text("axis-title axis-title--consequence", kLeft + 5 * kCellWidth / 2, bottom + 44, "middle", 12,
              kTextColour, "Consequence", " font-weight=\"bold\"");
  return svg + "</svg>";
}

}  // namespace ics::report
