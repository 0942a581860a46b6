// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/phm_analysis.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

Date default_analysis_date(const Population&) { not_built("default_analysis_date"); }
PhmAnalysis analyse_population(const Population&, const AnalysisOptions&) { not_built("analyse_population"); }
}  // namespace ics::phm
