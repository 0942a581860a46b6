// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/logistic_regression.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

LogisticFit fit_logistic(const DesignMatrix&, const FitOptions&) { not_built("fit_logistic"); }
double predict_probability(std::span<const double>, std::span<const double>) { not_built("predict_probability"); }
double area_under_curve(std::span<const double>, std::span<const uint8_t>) { not_built("area_under_curve"); }
std::vector<CalibrationDecile> calibration_by_decile(std::span<const double>, std::span<const uint8_t>) { not_built("calibration_by_decile"); }
}  // namespace ics::phm
