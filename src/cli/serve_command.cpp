// Placeholder until the serve command lands.
#include <stdexcept>

#include "cli/commands.h"

namespace ics::cli {
void add_serve_command(CLI::App& app) {
  app.add_subcommand("serve", "(not yet built)")->callback([] { throw std::runtime_error("not yet built"); });
}
}  // namespace ics::cli
