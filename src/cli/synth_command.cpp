// PLACEHOLDER (issue 5): replaced by the real command.
#include "cli/commands.h"

namespace ics::cli {

void add_synth_command(CLI::App& app) { app.add_subcommand("synth", "(not yet built)"); }

}  // namespace ics::cli
