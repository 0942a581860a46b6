// ics serve [--db FILE] [--host 127.0.0.1] [--port 8080] [--assets DIR] [--today YYYY-MM-DD]
//           [--phm-snapshot FILE]
// Serves the web pages and JSON API until SIGINT or SIGTERM, then stops cleanly.
#include <pthread.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/errors.h"
#include "phm/snapshot.h"
#include "web/web_server.h"

namespace ics::cli {
namespace {

struct ServeArgs {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string assets = web::WebOptions{}.assets_dir;
  std::string today;  // "" = the system date
  std::string phm_snapshot;  // "" = beside the store (phm::snapshot_path_beside)
};

void run_serve(const ServeArgs& args) {
  if (args.port < 0 || args.port > 65535) throw InputError("--port must be 0 to 65535");
  std::optional<Date> today;
  if (!args.today.empty()) {
    // parse_date also reads "YYYY-MM"; the option names a day.
    today = args.today.size() == 10 ? parse_date(args.today) : std::nullopt;
    if (!today) throw InputError("--today must be a real date written YYYY-MM-DD (\"" + args.today + "\" is not)");
  }
  auto store = open_store(args.db);
  if (!std::filesystem::exists(std::filesystem::path(args.assets) / "nhsuk-frontend.min.css"))
    std::cerr << "ics: warning: the NHS.UK frontend is not in " << args.assets
              << "; pages will be unstyled (run `npm ci`, or pass --assets DIR)\n";

  // Block the stop signals in every thread (the server's workers inherit this mask) and take them on one
  // watcher thread with sigwait, so stopping happens in ordinary code rather than in a signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  web::WebOptions options;
  options.assets_dir = args.assets;
  options.today = today;
  options.phm_snapshot = args.phm_snapshot.empty() ? phm::snapshot_path_beside(args.db) : args.phm_snapshot;
  web::WebServer server(*store, options);
  int port = 0;
  try {
    port = server.bind(args.host, args.port);
  } catch (const std::runtime_error& e) {
    throw InputError(e.what());
  }
  std::atomic<bool> signalled{false};
  std::thread watcher([&server, &signalled, stop_signals] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    signalled = true;
    server.stop();
  });
  std::cout << "Serving ics on http://" << args.host << ":" << port << std::endl;
  server.run();
  // run() also returns if listening fails; wake the watcher so it can be joined.
  if (!signalled) pthread_kill(watcher.native_handle(), SIGTERM);
  watcher.join();
  std::cout << "Stopped." << std::endl;
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  auto* serve = app.add_subcommand("serve", "Serve the web pages and JSON API (http://127.0.0.1:8080 by default)");
  add_db_option(*serve, args->db);
  serve->add_option("--host", args->host, "Address to listen on")->capture_default_str();
  serve->add_option("--port", args->port, "Port to listen on (0 picks a free port)")->capture_default_str();
  serve->add_option("--assets", args->assets, "Directory of the NHS.UK frontend's dist/nhsuk build")
      ->capture_default_str();
  serve->add_option("--today", args->today, "Treat this date (YYYY-MM-DD) as today: overdue actions, reviews due");
  serve->add_option("--phm-snapshot", args->phm_snapshot,
                    "Population snapshot for the population health pages (default: beside --db, e.g. var/ics.phm)");
  serve->callback([args] { run_serve(*args); });
}

}  // namespace ics::cli
