// Placeholder until the report command lands.
#include <stdexcept>

#include "cli/commands.h"

namespace ics::cli {
void add_report_command(CLI::App& app) {
  app.add_subcommand("report", "(not yet built)")->callback([] { throw std::runtime_error("not yet built"); });
}
}  // namespace ics::cli
