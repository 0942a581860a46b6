// ics spc: XmR charts (Making Data Count) for every facet of a long CSV.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "core/csv.h"
#include "core/errors.h"
#include "spc/table.h"

namespace ics::cli {
namespace {

struct SpcArgs {
  std::string input;
  std::string output;
  bool summary = false;
  bool no_screen_outliers = false;
  spc::TableRequest request;
  std::string facet;
  std::optional<int> fix_after;
  std::optional<double> target;
};

using Producer = std::function<void(const std::function<void(std::string_view)>&)>;

// Writes what produce emits to path via a temporary file in the same folder and a rename, so the file is
// either the whole new output or what was there before, never half of it.
void write_file_atomically(const std::string& path, const Producer& produce) {
  std::string temp = path + ".tmp.XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0)
    throw InputError(InputProblem{path, 0, 0, std::string("cannot create output file: ") + std::strerror(errno)});
  // mkstemp creates the file readable by its owner only; give it the mode a plain create would.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  int error = ::fchmod(fd, 0666 & ~mask) == 0 ? 0 : errno;
  try {
    produce([&](std::string_view piece) {
      while (!piece.empty() && error == 0) {
        const ssize_t n = ::write(fd, piece.data(), piece.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) error = n < 0 ? errno : EIO;
        else piece.remove_prefix(static_cast<size_t>(n));
      }
    });
  } catch (...) {
    ::close(fd);
    ::unlink(temp.c_str());
    throw;
  }
  if (error == 0 && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && std::rename(temp.c_str(), path.c_str()) != 0) error = errno;
  if (error != 0) {
    ::unlink(temp.c_str());
    throw InputError(InputProblem{path, 0, 0, std::string("cannot write output file: ") + std::strerror(error)});
  }
}

void write_stdout(const Producer& produce) {
  produce([](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) throw std::runtime_error("cannot write to standard output");
}

void run_spc(SpcArgs& args) {
  args.request.facet_column = args.facet.empty() ? std::nullopt : std::optional<std::string>(args.facet);
  args.request.fix_after = args.fix_after;
  args.request.target = args.target;
  args.request.screen_outliers = !args.no_screen_outliers;
  CsvTable table;
  try {
    table = read_csv_file(args.input);
  } catch (const InputError& e) {
    // A file that is not even CSV: report bad options along with it, not one after the other.
    auto problems = spc::check_options(args.request);
    problems.insert(problems.end(), e.problems().begin(), e.problems().end());
    throw InputError(std::move(problems));
  }
  const spc::TableResult result = spc::analyse_table(table, args.request);
  for (const auto& line : spc::warning_lines(result)) std::cerr << line << '\n';
  const Producer produce = [&](const std::function<void(std::string_view)>& sink) {
    if (args.summary) sink(spc::format_summary_csv(result));
    else spc::format_points_csv(result, sink);
  };
  if (args.output.empty()) write_stdout(produce);
  else write_file_atomically(args.output, produce);
}

}  // namespace

void add_spc_command(CLI::App& app) {
  auto args = std::make_shared<SpcArgs>();
  auto* cmd = app.add_subcommand(
      "spc", "XmR statistical process control charts (NHS England Making Data Count) for a long CSV");
  cmd->add_option("--input", args->input, "CSV file with a header row, or - for standard input")->required();
  cmd->add_option("--value", args->request.value_column, "column holding the measured values")->required();
  cmd->add_option("--date", args->request.date_column, "column holding dates (YYYY-MM-DD or YYYY-MM)")->required();
  cmd->add_option("--facet", args->facet, "column that splits the rows into separate series");
  cmd->add_option("--improvement", args->request.improvement, "which way is better: increase, decrease or neutral")
      ->capture_default_str();
  cmd->add_option("--target", args->target, "target value, for the assurance icon");
  cmd->add_option("--fix-after", args->fix_after, "compute limits from the first N points of each segment (N >= 12)");
  cmd->add_option("--rebase", args->request.rebase, "dates where a new segment with new limits starts")
      ->delimiter(',');
  cmd->add_flag("--no-screen-outliers", args->no_screen_outliers,
                "keep moving ranges >= 3.267 x average moving range when computing limits");
  cmd->add_flag("--summary", args->summary, "print one row per facet instead of one row per point");
  cmd->add_option("--output", args->output, "write the CSV to this file (atomically) instead of standard output");
  cmd->callback([args] { run_spc(*args); });
}

}  // namespace ics::cli
