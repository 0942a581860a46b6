// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/standardisation.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

const std::array<double, kAgeBandCount> kEuropeanStandardPopulation2013{};
CountInterval poisson_limits(double, double) { not_built("poisson_limits"); }
StandardisedRate directly_standardised_rate(const std::array<double, kAgeBandCount>&, const std::array<double, kAgeBandCount>&) { not_built("directly_standardised_rate"); }
StandardisedRate crude_rate(double, double) { not_built("crude_rate"); }
StandardisedRatio indirectly_standardised_ratio(double, double) { not_built("indirectly_standardised_ratio"); }
FunnelLimits funnel_limits(double) { not_built("funnel_limits"); }
}  // namespace ics::phm
