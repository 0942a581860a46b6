// PLACEHOLDER (issue 5): replaced by the real command.
#include "cli/commands.h"

namespace ics::cli {

void add_phm_run_command(CLI::App& phm) { phm.add_subcommand("run", "(not yet built)"); }

}  // namespace ics::cli
