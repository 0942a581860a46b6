// ics phm import|run: the population health engine's commands (each half in its own file).
#include "cli/commands.h"

namespace ics::cli {

void add_phm_command(CLI::App& app) {
  auto* phm = app.add_subcommand("phm", "Population health: import a patient-level extract, run the analysis");
  phm->require_subcommand(1);
  add_phm_import_command(*phm);
  add_phm_run_command(*phm);
}

}  // namespace ics::cli
