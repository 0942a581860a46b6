// The `ics` command. Exit codes: 0 success, 2 bad input or usage, 1 internal failure.
#include <iostream>

#include "cli/commands.h"
#include "core/errors.h"

namespace ics::cli {
CLI::Option* add_db_option(CLI::App& command, std::string& db) {
  db = "var/ics.db";
  return command.add_option("--db", db, "SQLite database file (created if absent)")->capture_default_str();
}
}  // namespace ics::cli

int main(int argc, char** argv) {
  CLI::App app{"ics: the operating record of an NHS Integrated Care System", "ics"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "ics 0.1.0");
  ics::cli::add_spc_command(app);
  ics::cli::add_import_command(app);
  ics::cli::add_metrics_command(app);
  ics::cli::add_report_command(app);
  ics::cli::add_serve_command(app);
  ics::cli::add_demo_command(app);
  ics::cli::add_user_command(app);
  ics::cli::add_synth_command(app);
  ics::cli::add_phm_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help, version or the usage error
    return code == 0 ? 0 : 2;
  } catch (const ics::InputError& e) {
    // Problems with a place print as "file:line:column: message", which editors can jump to.
    for (const auto& p : e.problems()) std::cerr << (p.source.empty() ? "ics: " : "") << p.to_string() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "ics: internal error: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
