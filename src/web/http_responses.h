#pragma once
// Writing responses the same way everywhere: content types with charset, JSON errors as {"error": "..."}.
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

namespace ics::web {

class WebServer;
struct Principal;

void send_html(httplib::Response& res, int status, const std::string& html);
void send_json(httplib::Response& res, int status, const nlohmann::json& body);
// {"error": message} with the status.
void send_json_error(httplib::Response& res, int status, const std::string& message);

// A full page for 4xx/5xx statuses in the site's layout: "Page not found" and how to get back.
std::string error_page(const WebServer& server, int status, const std::string& message, const Principal& principal);

// The single value of a query parameter, or "" when absent.
std::string query_param(const httplib::Request& req, const std::string& name);

// Percent-encodes text for a URL path segment or query value (RFC 3986 unreserved characters kept).
std::string url_encode(const std::string& text);

}  // namespace ics::web
