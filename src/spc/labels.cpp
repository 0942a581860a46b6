// The words Making Data Count and NHSRplotthedots print for causes, point types and assurance.
#include "spc/spc.h"

namespace ics::spc {

std::string_view label(SpecialCause c) {
  switch (c) {
    case SpecialCause::CommonCause: return "Common Cause";
    case SpecialCause::AboveUcl: return "Above UCL";
    case SpecialCause::BelowLcl: return "Below LCL";
    case SpecialCause::TrendIncreasing: return "7 Point Trend (Increasing)";
    case SpecialCause::TrendDecreasing: return "7 Point Trend (Decreasing)";
    case SpecialCause::TwoInThreeAbove: return "2 in 3 Above CL";
    case SpecialCause::TwoInThreeBelow: return "2 in 3 Below CL";
    case SpecialCause::SevenAbove: return "7 Points Above CL";
    case SpecialCause::SevenBelow: return "7 Points Below CL";
  }
  return "Common Cause";
}

std::string_view label(PointType t) {
  switch (t) {
    case PointType::CommonCause: return "common_cause";
    case PointType::Improvement: return "special_cause_improvement";
    case PointType::Concern: return "special_cause_concern";
    case PointType::NeutralHigh: return "special_cause_neutral_high";
    case PointType::NeutralLow: return "special_cause_neutral_low";
  }
  return "common_cause";
}

std::string_view label(Assurance a) {
  switch (a) {
    case Assurance::None: return "";
    case Assurance::ConsistentPass: return "consistent_pass";
    case Assurance::ConsistentFail: return "consistent_fail";
    case Assurance::Inconsistent: return "inconsistent";
  }
  return "";
}

}  // namespace ics::spc
