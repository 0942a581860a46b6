// Placeholder until the metrics command lands.
#include <stdexcept>

#include "cli/commands.h"

namespace ics::cli {
void add_metrics_command(CLI::App& app) {
  app.add_subcommand("metrics", "(not yet built)")->callback([] { throw std::runtime_error("not yet built"); });
}
}  // namespace ics::cli
