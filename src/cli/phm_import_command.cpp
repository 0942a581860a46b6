// PLACEHOLDER (issue 5): replaced by the real command.
#include "cli/commands.h"

namespace ics::cli {

void add_phm_import_command(CLI::App& phm) { phm.add_subcommand("import", "(not yet built)"); }

}  // namespace ics::cli
