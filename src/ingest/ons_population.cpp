// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "ingest/ons_population.h"

#include <stdexcept>

namespace ics::ingest {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

phm::AgeSexDistribution read_ons_population(const std::string&, const std::string&) { not_built("read_ons_population"); }
}  // namespace ics::ingest
