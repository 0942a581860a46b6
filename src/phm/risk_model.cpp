// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/risk_model.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

std::string risk_tier_label(RiskTier) { not_built("risk_tier_label"); }
bool is_held_out(std::string_view) { not_built("is_held_out"); }
RiskModelReport run_risk_model(const Population&, const std::vector<PersonFacts>&, const std::vector<PersonFacts>&, Date, const FitOptions&) { not_built("run_risk_model"); }
std::vector<ContributingFactor> contributing_factors(const RiskModelReport&, const RiskFeatures&, size_t) { not_built("contributing_factors"); }
std::vector<CaseFindingEntry> case_finding_list(const Population&, const std::vector<PersonFacts>&, const RiskModelReport&, const std::vector<uint16_t>&) { not_built("case_finding_list"); }
}  // namespace ics::phm
