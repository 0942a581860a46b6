#include "web/web_server.h"

#include <sys/socket.h>

#include <chrono>
#include <stdexcept>
#include <thread>

#include "core/errors.h"
#include "web/auth.h"
#include "web/http_responses.h"
#include "web/page_layout.h"
#include "web/phm_service.h"
#include "web/routes.h"

namespace ics::web {
namespace {

// Pages carry no inline script or style, so the strict policy costs nothing and stops injected markup
// from running or loading anything.
httplib::Headers security_headers() {
  return {{"Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"},
          {"X-Content-Type-Options", "nosniff"},
          {"X-Frame-Options", "DENY"},
          {"Referrer-Policy", "same-origin"}};
}

bool is_api(const httplib::Request& req) { return req.path.rfind("/api/", 0) == 0; }

}  // namespace

WebServer::WebServer(Store& store, WebOptions options)
    : store_(store),
      options_(std::move(options)),
      phm_(std::make_unique<PhmService>(options_.phm_snapshot, [this] { return today(); })) {
  http_.set_default_headers(security_headers());
  // httplib's default also sets SO_REUSEPORT, which lets a second `ics serve` silently share the port;
  // SO_REUSEADDR alone still allows a quick restart while refusing a port another server holds.
  http_.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  // Unknown paths and handler errors get a page (or JSON under /api) unless the handler wrote its own body.
  http_.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    const std::string message = res.status == 404   ? "Page not found"
                                : res.status < 500 ? "The request could not be understood"
                                                   : "Something went wrong";
    if (is_api(req)) {
      send_json_error(res, res.status, res.status == 404 ? "not found" : message);
    } else {
      send_html(res, res.status, error_page(*this, res.status, message, identify(*this, req)));
    }
    return httplib::Server::HandlerResponse::Handled;
  }));
  http_.set_exception_handler([this](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    int status = 500;
    std::string message = "Something went wrong";
    try {
      std::rethrow_exception(ep);
    } catch (const InputError& e) {
      status = 400;
      message = e.what();
    } catch (const std::exception&) {
      // Internal details stay in the server; the user gets a plain message.
    }
    if (is_api(req)) send_json_error(res, status, message);
    else send_html(res, status, error_page(*this, status, message, identify(*this, req)));
  });
  register_all_routes(*this);
}

WebServer::~WebServer() { stop(); }

int WebServer::bind(const std::string& host, int port) {
  if (port == 0) {
    const int bound = http_.bind_to_any_port(host);
    if (bound <= 0) throw std::runtime_error("cannot listen on " + host);
    return bound;
  }
  if (!http_.bind_to_port(host, port))
    throw std::runtime_error("cannot listen on " + host + ":" + std::to_string(port) + " (in use?)");
  return port;
}

void WebServer::run() {
  run_entered_ = true;
  if (!stop_requested_) http_.listen_after_bind();
  run_finished_ = true;
}

void WebServer::stop() {
  // httplib's stop() does nothing until its accept loop is running, so a stop that races a starting
  // run() waits for the loop (or for run() to give up) first. Flags are sequentially consistent: either
  // run() sees stop_requested_ and never listens, or this sees run_entered_ and waits for the loop.
  stop_requested_ = true;
  if (run_entered_)
    while (!http_.is_running() && !run_finished_) std::this_thread::yield();
  http_.stop();
}

Date WebServer::today() const {
  if (options_.today) return *options_.today;
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date{static_cast<int32_t>(now.time_since_epoch().count())};
}

std::string WebServer::page(const std::string& title, const std::string& current_href,
                            const std::string& body_html) const {
  return page_layout(LayoutContext{options_.service_name, nav_, current_href, std::nullopt}, title, body_html);
}

std::string WebServer::page(const std::string& title, const std::string& current_href, const std::string& body_html,
                            const Principal& principal) const {
  LayoutContext context{options_.service_name, nav_, current_href, std::nullopt};
  if (principal.account)
    context.signed_in = LayoutContext::SignedIn{principal.account->name, std::string(enum_name(principal.role)),
                                                principal.csrf_token};
  return page_layout(context, title, body_html);
}

}  // namespace ics::web
