// Placeholder until the spc command lands.
#include <stdexcept>

#include "cli/commands.h"

namespace ics::cli {
void add_spc_command(CLI::App& app) {
  app.add_subcommand("spc", "(not yet built)")->callback([] { throw std::runtime_error("not yet built"); });
}
}  // namespace ics::cli
