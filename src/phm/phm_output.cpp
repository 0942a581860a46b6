// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/phm_output.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

nlohmann::json analysis_json(const Population&, const PhmAnalysis&) { not_built("analysis_json"); }
void write_analysis(const Population&, const PhmAnalysis&, const std::string&, const OutputOptions&) { not_built("write_analysis"); }
}  // namespace ics::phm
