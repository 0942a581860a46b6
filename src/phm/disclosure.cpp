// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/disclosure.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

std::optional<int64_t> disclosed_count(int64_t) { not_built("disclosed_count"); }
bool is_suppressed(int64_t) { not_built("is_suppressed"); }
}  // namespace ics::phm
