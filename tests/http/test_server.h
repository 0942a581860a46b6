#pragma once
// What every HTTP test needs: a temporary SQLite store, the real WebServer on 127.0.0.1 and a free
// port (running on its own thread until destroyed), and a signed-in session from POST /api/v1/login.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <thread>

#include "store/store.h"
#include "web/web_server.h"

namespace ics::web::http_test {

// A signed-in browser session: the ics_session cookie and its CSRF token.
struct Session {
  std::string cookie;
  std::string csrf;
  // The cookie alone, as a browser sends it on every request.
  httplib::Headers headers() const { return {{"Cookie", "ics_session=" + cookie}}; }
  // The cookie and the X-CSRF-Token header, as the site's own scripts send a write.
  httplib::Headers headers_with_csrf() const { return {{"Cookie", "ics_session=" + cookie}, {"X-CSRF-Token", csrf}}; }
};

// A fresh SQLite store in the temporary directory, named for the test and the process (so parallel
// test runs do not collide); the file is deleted when this is destroyed.
class TempStore {
 public:
  explicit TempStore(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()) + ".db")) {
    std::filesystem::remove(path_);
    store_ = Store::open(path_.string());
  }
  ~TempStore() {
    store_.reset();
    std::filesystem::remove(path_);
  }
  TempStore(const TempStore&) = delete;
  TempStore& operator=(const TempStore&) = delete;

  // The open store.
  Store& store() { return *store_; }

 private:
  std::filesystem::path path_;
  std::unique_ptr<Store> store_;
};

// The real server over `store` (which must outlive it) on 127.0.0.1 and a free port; the constructor
// returns once /healthz answers, the destructor stops the server and joins its thread. Each server has
// its own login throttle.
class TestServer {
 public:
  explicit TestServer(Store& store, WebOptions options = {}) : server_(store, std::move(options)) {
    port_ = server_.bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_.run(); });
    httplib::Client probe("127.0.0.1", port_);
    for (int i = 0; i < 200; ++i) {
      if (auto r = probe.Get("/healthz"); r && r->status == 200) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  // A server that treats `today` as the date (overdue actions, reviews due).
  TestServer(Store& store, Date today) : TestServer(store, options_with_today(today)) {}
  ~TestServer() {
    server_.stop();
    thread_.join();
  }
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  // The port the server listens on.
  int port() const { return port_; }
  // The running WebServer, for tests that call its functions directly.
  WebServer& web_server() { return server_; }
  // A new client for the server.
  httplib::Client client() const { return httplib::Client("127.0.0.1", port_); }

  // GET `path`, with the session's cookie when one is given.
  httplib::Result get(const std::string& path, const Session* session = nullptr) const {
    return session ? client().Get(path, session->headers()) : client().Get(path);
  }

  // Signs in through POST /api/v1/login and returns the session cookie and CSRF token; a failure is
  // a test failure and returns what it could read.
  Session sign_in(const std::string& name, const std::string& password) const {
    auto r = client().Post("/api/v1/login", nlohmann::json{{"name", name}, {"password", password}}.dump(),
                           "application/json");
    EXPECT_TRUE(r);
    if (!r) return {};
    EXPECT_EQ(r->status, 200) << r->body;
    std::smatch m;
    const std::string set_cookie = r->get_header_value("Set-Cookie");
    EXPECT_TRUE(std::regex_search(set_cookie, m, std::regex("ics_session=([^;]*)"))) << set_cookie;
    if (m.empty()) return {};
    const auto body = nlohmann::json::parse(r->body, nullptr, false);
    return Session{m[1].str(), body.is_object() ? body.value("csrf_token", "") : ""};
  }

 private:
  static WebOptions options_with_today(Date today) {
    WebOptions options;
    options.today = today;
    return options;
  }

  WebServer server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace ics::web::http_test
