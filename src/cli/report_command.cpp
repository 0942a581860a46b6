// ics report ipr --orgs RX1,RK5 --month 2019-03 [--db FILE] --output ipr.html
// Writes the integrated performance report as one self-contained HTML file ("-" for standard output).
// The file appears whole or not at all: it is written to a temporary file beside it, then renamed.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/errors.h"
#include "performance/ipr_query.h"
#include "report/ipr_html.h"

namespace ics::cli {
namespace {

struct IprArgs {
  std::string db;
  std::string orgs;
  std::string month;
  std::string output;
  std::string title = "Integrated performance report";
};

void write_atomically(const std::string& path, const std::string& content) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (!fs::is_directory(dir)) throw InputError(InputProblem{path, 0, 0, "directory does not exist"});
  const fs::path temp = dir / ("." + target.filename().string() + ".tmp" + std::to_string(std::random_device{}()));
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out) {
      std::error_code ignored;
      fs::remove(temp, ignored);
      throw InputError(InputProblem{path, 0, 0, "cannot write file"});
    }
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    throw InputError(InputProblem{path, 0, 0, "cannot write file"});
  }
}

void run_ipr(const IprArgs& args) {
  const std::vector<std::string> orgs = performance::split_org_codes(args.orgs);
  if (orgs.empty()) throw InputError("--orgs needs at least one ODS code, e.g. --orgs RX1,RK5");
  const auto month = parse_month(args.month);
  if (!month) throw InputError("--month \"" + args.month + "\" is not a month (use YYYY-MM)");

  auto store = open_store(args.db);
  const performance::Ipr ipr = performance::load_ipr(*store, {orgs, *month});
  report::IprHtmlOptions options;
  options.title = args.title;
  options.org_names = performance::organisation_names(*store);
  const std::string html = report::ipr_html(ipr, options);

  if (args.output == "-") {
    std::cout << html << std::flush;
    return;
  }
  write_atomically(args.output, html);
  std::cout << "Wrote " << args.output << ": " << ipr.metrics.size() << " metrics for " << ipr.orgs.size()
            << " organisation" << (ipr.orgs.size() == 1 ? "" : "s") << ", " << ipr.month.long_label() << '\n';
}

}  // namespace

void add_report_command(CLI::App& app) {
  auto* report = app.add_subcommand("report", "Produce board reports");
  report->require_subcommand(1);
  auto args = std::make_shared<IprArgs>();
  auto* ipr = report->add_subcommand(
      "ipr", "The integrated performance report (IPR) as one self-contained HTML file, with SPC charts");
  add_db_option(*ipr, args->db);
  ipr->add_option("--orgs", args->orgs, "Organisations, as comma-separated ODS codes (e.g. RX1,RK5)")->required();
  ipr->add_option("--month", args->month, "Report month, YYYY-MM (e.g. 2019-03)")->required();
  ipr->add_option("--output,-o", args->output, "HTML file to write, or - for standard output")->required();
  ipr->add_option("--title", args->title, "Title of the report")->capture_default_str();
  ipr->callback([args] { run_ipr(*args); });
}

}  // namespace ics::cli
