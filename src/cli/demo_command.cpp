// Placeholder until the demo command lands.
#include <stdexcept>

#include "cli/commands.h"

namespace ics::cli {
void add_demo_command(CLI::App& app) {
  app.add_subcommand("demo", "(not yet built)")->callback([] { throw std::runtime_error("not yet built"); });
}
}  // namespace ics::cli
