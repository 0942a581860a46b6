#include "report/mdc_icons_svg.h"

#include "report/html_escape.h"
#include "report/mdc_palette.h"

namespace ics::report {
namespace {

// Icons are drawn on a 40x40 grid and scaled by width/height.
std::string open_icon(std::string_view css_class, std::string_view data, int size, const std::string& title) {
  const std::string px = std::to_string(size);
  return "<svg class=\"mdc-icon " + std::string(css_class) + "\" " + std::string(data) +
         " xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\" width=\"" + px + "\" height=\"" + px +
         "\" role=\"img\" aria-label=\"" + html_escape(title) + "\"><title>" + html_escape(title) + "</title>";
}

std::string ring(std::string_view colour) {
  return "<circle cx=\"20\" cy=\"20\" r=\"17\" fill=\"#FFFFFF\" stroke=\"" + std::string(colour) +
         "\" stroke-width=\"3\"/>";
}

std::string letter_text(std::string_view letter, std::string_view colour, int y) {
  return "<text x=\"20\" y=\"" + std::to_string(y) +
         "\" text-anchor=\"middle\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"15\" "
         "font-weight=\"bold\" fill=\"" + std::string(colour) + "\">" + std::string(letter) + "</text>";
}

// Five small dots across the lower half: rising for H, falling for L, level for common cause;
// the last dot takes the special-cause colour as on the MDC icons.
std::string dots(int slope, std::string_view last_colour) {
  std::string out;
  for (int i = 0; i < 5; ++i) {
    const int x = 10 + i * 5;
    const int y = 29 - slope * (i - 2) * 2;
    const std::string_view fill = i == 4 ? last_colour : kCommonCauseGrey;
    out += "<circle cx=\"" + std::to_string(x) + "\" cy=\"" + std::to_string(y) + "\" r=\"1.8\" fill=\"" +
           std::string(fill) + "\"/>";
  }
  return out;
}

bool is_high(spc::PointType variation, Improvement improvement) {
  switch (variation) {
    case spc::PointType::NeutralHigh: return true;
    case spc::PointType::NeutralLow: return false;
    case spc::PointType::Improvement: return improvement != Improvement::Decrease;
    case spc::PointType::Concern: return improvement == Improvement::Decrease;
    case spc::PointType::CommonCause: return false;
  }
  return false;
}

}  // namespace

std::string_view variation_letter(spc::PointType variation, Improvement improvement) {
  if (variation == spc::PointType::CommonCause) return "";
  return is_high(variation, improvement) ? "H" : "L";
}

std::string variation_description(spc::PointType variation, Improvement improvement) {
  if (variation == spc::PointType::CommonCause) return "Common cause variation";
  const std::string side = is_high(variation, improvement) ? " (high)" : " (low)";
  switch (variation) {
    case spc::PointType::Improvement: return "Special cause variation: improvement" + side;
    case spc::PointType::Concern: return "Special cause variation: concern" + side;
    default: return "Special cause variation: neutral" + side;
  }
}

std::string assurance_description(spc::Assurance assurance) {
  switch (assurance) {
    case spc::Assurance::ConsistentPass: return "Assurance: will consistently meet the target";
    case spc::Assurance::ConsistentFail: return "Assurance: will consistently fail the target";
    case spc::Assurance::Inconsistent: return "Assurance: will inconsistently meet the target";
    case spc::Assurance::None: return "";
  }
  return "";
}

std::string variation_icon_svg(spc::PointType variation, Improvement improvement, int size) {
  const std::string_view colour = point_colour(variation);
  const std::string data = "data-variation=\"" + std::string(spc::label(variation)) + "\"";
  std::string svg = open_icon("mdc-icon--variation", data, size, variation_description(variation, improvement));
  svg += ring(colour);
  if (variation == spc::PointType::CommonCause) {
    svg += dots(0, kCommonCauseGrey);
  } else {
    const std::string_view letter = variation_letter(variation, improvement);
    svg += letter_text(letter, colour, 21);
    svg += dots(letter == "H" ? 1 : -1, colour);
  }
  return svg + "</svg>";
}

std::string assurance_icon_svg(spc::Assurance assurance, int size) {
  std::string_view colour, letter;
  switch (assurance) {
    case spc::Assurance::ConsistentPass: colour = kImprovementBlue; letter = "P"; break;
    case spc::Assurance::ConsistentFail: colour = kConcernOrange; letter = "F"; break;
    case spc::Assurance::Inconsistent: colour = kCommonCauseGrey; letter = "?"; break;
    case spc::Assurance::None: return "";
  }
  const std::string data = "data-assurance=\"" + std::string(spc::label(assurance)) + "\"";
  std::string svg = open_icon("mdc-icon--assurance", data, size, assurance_description(assurance));
  svg += ring(colour);
  svg += letter_text(letter, colour, 24);
  // The dashed red target line the MDC assurance icons carry under their letter.
  svg += "<line x1=\"9\" y1=\"29\" x2=\"31\" y2=\"29\" stroke=\"" + std::string(kTargetRed) +
         "\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>";
  return svg + "</svg>";
}

}  // namespace ics::report
