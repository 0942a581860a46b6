// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/synthetic_population.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

const RiskFeatures kTrueEmergencyAdmissionCoefficients{};
std::vector<SyntheticPlace> default_places(int64_t) { not_built("default_places"); }
PopulationColumns generate_population(const SynthOptions&, const AgeSexDistribution&) { not_built("generate_population"); }
}  // namespace ics::phm
