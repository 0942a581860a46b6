// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/snapshot.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

void write_snapshot(const Population&, const std::string&) { not_built("write_snapshot"); }
Population open_snapshot(const std::string&) { not_built("open_snapshot"); }
std::string snapshot_path_beside(const std::string&) { not_built("snapshot_path_beside"); }
}  // namespace ics::phm
