// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/value_opportunities.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

double best_quartile(std::vector<double>) { not_built("best_quartile"); }
ValueReport find_value_opportunities(const Population&, const std::vector<PersonFacts>&, Date) { not_built("find_value_opportunities"); }
}  // namespace ics::phm
