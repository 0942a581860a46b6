#include "spc/icons.h"

#include <cmath>

#include "spc/rules.h"

namespace ics::spc {

PointType point_type(SpecialCause cause, Improvement improvement) {
  const int d = direction(cause);
  if (d == 0) return PointType::CommonCause;
  switch (improvement) {
    case Improvement::Neutral: return d > 0 ? PointType::NeutralHigh : PointType::NeutralLow;
    case Improvement::Increase: return d > 0 ? PointType::Improvement : PointType::Concern;
    case Improvement::Decrease: return d < 0 ? PointType::Improvement : PointType::Concern;
  }
  return PointType::CommonCause;
}

Assurance assurance(Improvement improvement, std::optional<double> target, double lpl, double upl) {
  if (!target || improvement == Improvement::Neutral || std::isnan(lpl) || std::isnan(upl)) return Assurance::None;
  const bool higher_is_better = improvement == Improvement::Increase;
  if (*target > upl) return higher_is_better ? Assurance::ConsistentFail : Assurance::ConsistentPass;
  if (*target < lpl) return higher_is_better ? Assurance::ConsistentPass : Assurance::ConsistentFail;
  return Assurance::Inconsistent;
}

}  // namespace ics::spc
