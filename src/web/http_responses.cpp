#include "web/http_responses.h"

#include "report/html_escape.h"
#include "web/web_server.h"

namespace ics::web {

void send_html(httplib::Response& res, int status, const std::string& html) {
  res.status = status;
  res.set_content(html, "text/html; charset=utf-8");
}

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  // Replace invalid UTF-8 rather than throw: names come from imported files.
  res.set_content(body.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n",
                  "application/json; charset=utf-8");
}

void send_json_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, status, nlohmann::json{{"error", message}});
}

std::string error_page(const WebServer& server, int status, const std::string& message, const Principal& principal) {
  using report::html_escape;
  const std::string title = status == 404  ? "Page not found"
                            : status < 500 ? "There is a problem"
                                           : "Sorry, there is a problem with the service";
  std::string body = "<h1>" + html_escape(title) + "</h1>";
  if (status == 404) {
    body += "<p>If you typed the web address, check it is correct.</p>"
            "<p>If you pasted the web address, check you copied the entire address.</p>";
  } else {
    body += "<p>" + html_escape(message) + "</p>";
  }
  body += "<p><a class=\"nhsuk-link\" href=\"/\">Go to the integrated performance report</a></p>";
  return server.page(title, "", body, principal);
}

std::string query_param(const httplib::Request& req, const std::string& name) {
  return req.has_param(name) ? req.get_param_value(name) : "";
}

std::string url_encode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '_' || c == '.' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace ics::web
