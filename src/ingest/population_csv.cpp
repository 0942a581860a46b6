// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "ingest/population_csv.h"

#include <stdexcept>

namespace ics::ingest {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

bool looks_like_nhs_number(std::string_view) { not_built("looks_like_nhs_number"); }
phm::PopulationColumns read_population_csv(const std::string&, const PopulationImportOptions&) { not_built("read_population_csv"); }
}  // namespace ics::ingest
