#include "report/mdc_palette.h"

namespace ics::report {

std::string_view point_colour(spc::PointType type) {
  switch (type) {
    case spc::PointType::CommonCause: return kCommonCauseGrey;
    case spc::PointType::Improvement: return kImprovementBlue;
    case spc::PointType::Concern: return kConcernOrange;
    case spc::PointType::NeutralHigh:
    case spc::PointType::NeutralLow: return kNeutralPurple;
  }
  return kCommonCauseGrey;
}

std::string_view point_class(spc::PointType type) {
  switch (type) {
    case spc::PointType::CommonCause: return "common-cause";
    case spc::PointType::Improvement: return "improvement";
    case spc::PointType::Concern: return "concern";
    case spc::PointType::NeutralHigh:
    case spc::PointType::NeutralLow: return "neutral";
  }
  return "common-cause";
}

}  // namespace ics::report
