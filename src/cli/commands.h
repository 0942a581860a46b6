#pragma once
// Each subcommand lives in its own file and registers itself on the `ics` app here.
// A command's callback throws ics::InputError for bad input (exit 2) and anything else for
// an internal failure (exit 1); main() turns those into messages and exit codes.
#include <CLI/CLI.hpp>
#include <string>

namespace ics::cli {

// Adds the --db option every store-touching subcommand takes (default var/ics.db).
CLI::Option* add_db_option(CLI::App& command, std::string& db);

void add_spc_command(CLI::App& app);       // ics spc
void add_import_command(CLI::App& app);    // ics import kpi|ae|risks|finance|... (import_command.cpp)
void add_metrics_command(CLI::App& app);   // ics metrics (list the catalogue)
void add_report_command(CLI::App& app);    // ics report ipr
void add_serve_command(CLI::App& app);     // ics serve
void add_demo_command(CLI::App& app);      // ics demo
void add_user_command(CLI::App& app);      // ics user add|token|list|grant
void add_synth_command(CLI::App& app);     // ics synth population (synth_command.cpp)
void add_phm_command(CLI::App& app);       // ics phm import|run (phm_command.cpp)

// The two halves of `ics phm`, each in its own file.
void add_phm_import_command(CLI::App& phm);  // phm_import_command.cpp
void add_phm_run_command(CLI::App& phm);     // phm_run_command.cpp

}  // namespace ics::cli
