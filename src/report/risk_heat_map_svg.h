#pragma once
// The NHS 5x5 risk matrix as inline SVG: likelihood rows 5 (top) to 1, consequence columns 1 to 5, each
// cell filled with its grade's colour and showing how many risks sit there and their refs.
#include <string>

#include "assurance/risk_escalation.h"

namespace ics::report {

// The words boards print beside the 1..5 scales: likelihood Rare, Unlikely, Possible, Likely, Almost
// certain; consequence Negligible, Minor, Moderate, Major, Catastrophic. "" outside 1..5.
std::string likelihood_word(int likelihood);
std::string consequence_word(int consequence);

struct RiskHeatMapStyle {
  std::string title = "Risk heat map";  // the accessible name, also drawn above the matrix
  // Distinguishes the <title>/<desc> ids when a page holds more than one map.
  std::string id = "risk-heat-map";
};

// Draws the map. The <svg> is role="img", labelled by its <title> and described by a <desc> that gives
// the count of risks by grade. Each cell is a <g class="heat-map-cell heat-map-cell--GRADE"> with
// data-likelihood, data-consequence and data-count, its own <title> naming every ref, and the count
// with up to six refs drawn (five and "+N more" when there are more). Axis labels carry the classes
// "likelihood-label" and "consequence-label".
std::string risk_heat_map_svg(const assurance::HeatMap& map, const RiskHeatMapStyle& style);

}  // namespace ics::report
