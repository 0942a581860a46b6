#pragma once
// The Making Data Count variation and assurance icons, drawn by us as inline SVG (no image files), so a
// report stays one self-contained file and the icons scale with the text.
#include <string>

#include "domain/metric.h"
#include "spc/spc.h"

namespace ics::report {

// Variation icon for a series' last point: a grey circle with a flat run of dots for common cause; for
// special cause a circle in the improvement (blue), concern (orange) or neutral (purple) colour with the
// letter H (the special cause is high) or L (low). improvement says which way is better, to pick H or L.
// size is the width and height in pixels. The SVG carries a <title> with the description below.
std::string variation_icon_svg(spc::PointType variation, Improvement improvement, int size = 40);

// Assurance icon: P (consistently passes the target, blue), F (consistently fails, orange),
// ? (inconsistent, grey). Returns "" for Assurance::None (no target), which shows as no icon.
std::string assurance_icon_svg(spc::Assurance assurance, int size = 40);

// Plain words for the icons, for titles, alt text and tables: "Special cause variation: improvement (high)".
std::string variation_description(spc::PointType variation, Improvement improvement);
std::string assurance_description(spc::Assurance assurance);  // "" for Assurance::None

// H or L for a special-cause variation type given the direction of improvement; "" for common cause.
std::string_view variation_letter(spc::PointType variation, Improvement improvement);

}  // namespace ics::report
