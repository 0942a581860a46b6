// Placeholder until the import command lands.
#include <stdexcept>

#include "cli/commands.h"

namespace ics::cli {
void add_import_command(CLI::App& app) {
  app.add_subcommand("import", "(not yet built)")->callback([] { throw std::runtime_error("not yet built"); });
}
}  // namespace ics::cli
