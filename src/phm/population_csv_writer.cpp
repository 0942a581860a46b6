// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/population_csv_writer.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

void write_population_csv(const Population&, const std::string&) { not_built("write_population_csv"); }
}  // namespace ics::phm
