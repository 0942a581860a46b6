#pragma once
// The `ics serve` HTTP server: owns an httplib::Server, the store it reads, and the page layout every
// module's pages share. Each module adds its pages in its own *_routes.cpp through a register_*_routes
// function listed in routes.cpp, so a new module never edits another's routes.
#include <httplib.h>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "store/store.h"

namespace ics::web {

struct Principal;  // web/auth.h
class PhmService;  // web/phm_service.h

struct WebOptions {
  // Directory of the NHS.UK frontend build (nhsuk-frontend.min.css/.js and assets/), served at /assets.
  std::string assets_dir = ICS_SOURCE_DIR "/node_modules/nhsuk-frontend/dist/nhsuk";
  std::string service_name = "ICS system oversight";
  // The date the governance pages treat as today (overdue actions, reviews due); absent = the system
  // date. `ics serve --today` sets it for demonstrations and tests.
  std::optional<Date> today;
  // The population snapshot the PHM pages analyse (`ics phm import`, `ics demo`); "" or a missing file
  // = the PHM pages say no population has been loaded.
  std::string phm_snapshot;
};

// A link in the header's navigation, added by the module that owns the pages.
struct NavItem {
  std::string label;
  std::string href;
};

class WebServer {
 public:
  // Registers every route module; the store must outlive the server. Store methods are thread-safe,
  // so handlers call it directly from httplib's worker threads.
  WebServer(Store& store, WebOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds host:port (port 0 picks a free port) and returns the bound port. Throws std::runtime_error
  // when the address cannot be bound.
  int bind(const std::string& host, int port);
  // Serves until stop() is called (from another thread or a signal watcher). Call after bind().
  void run();
  // Stops run() and returns at once; safe from any thread and more than once.
  void stop();

  Store& store() { return store_; }
  const WebOptions& options() const { return options_; }
  // options().today, or the current UTC date.
  Date today() const;
  httplib::Server& http() { return http_; }
  // The population health snapshot (options().phm_snapshot), analysed on first use.
  PhmService& phm() { return *phm_; }

  void add_nav_item(NavItem item) { nav_.push_back(std::move(item)); }
  const std::vector<NavItem>& nav() const { return nav_; }

  // A complete NHS.UK-styled page around body_html (already escaped). current_href marks the nav item.
  // Shows the header's account area as the public sees it (a "Sign in" link).
  std::string page(const std::string& title, const std::string& current_href, const std::string& body_html) const;
  // The same page with the header showing who is signed in and a sign-out form (with their CSRF token).
  std::string page(const std::string& title, const std::string& current_href, const std::string& body_html,
                   const Principal& principal) const;

 private:
  Store& store_;
  WebOptions options_;
  httplib::Server http_;
  std::vector<NavItem> nav_;
  std::unique_ptr<PhmService> phm_;
  // httplib ignores stop() before its loop starts; these close that gap (see stop()).
  std::atomic<bool> stop_requested_{false};
  std::atomic<bool> run_entered_{false};
  std::atomic<bool> run_finished_{false};
};

}  // namespace ics::web
