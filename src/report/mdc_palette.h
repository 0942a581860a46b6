#pragma once
// NHS England "Making Data Count" colours, as the NHS-R community's NHSRplotthedots uses them, so our
// charts and icons read the same as every other MDC chart a board sees.
#include <string_view>

#include "spc/spc.h"

namespace ics::report {

inline constexpr std::string_view kCommonCauseGrey = "#A6A6A6";
inline constexpr std::string_view kImprovementBlue = "#00B0F0";
inline constexpr std::string_view kConcernOrange = "#E46C0A";
inline constexpr std::string_view kNeutralPurple = "#490092";
inline constexpr std::string_view kTargetRed = "#DE1B1B";
inline constexpr std::string_view kMeanLine = "#231F20";
inline constexpr std::string_view kLimitGrey = "#A6A6A6";

// The fill for a point of this variation type (neutral high and low are both purple).
std::string_view point_colour(spc::PointType type);

// A stable CSS class suffix: "common-cause", "improvement", "concern", "neutral".
std::string_view point_class(spc::PointType type);

}  // namespace ics::report
