// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/inequalities.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

std::string_view measure_key(InequalityMeasure) { not_built("measure_key"); }
std::string measure_label(InequalityMeasure) { not_built("measure_label"); }
std::string_view dimension_key(InequalityDimension) { not_built("dimension_key"); }
std::string dimension_label(InequalityDimension) { not_built("dimension_label"); }
double measure_events(InequalityMeasure, const PersonFacts&) { not_built("measure_events"); }
SlopeEstimate slope_index_estimate(const std::array<double, 10>&, const std::array<double, 10>&) { not_built("slope_index_estimate"); }
SlopeIndex slope_index(InequalityMeasure, const std::array<StandardisedRate, 10>&, unsigned, uint64_t) { not_built("slope_index"); }
InequalityReport measure_inequalities(const Population&, const std::vector<PersonFacts>&, const std::vector<PersonFacts>&, Date) { not_built("measure_inequalities"); }
}  // namespace ics::phm
