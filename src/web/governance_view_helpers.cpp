#include "web/governance_view_helpers.h"

#include <charconv>

#include "report/html_escape.h"
#include "web/http_responses.h"

namespace ics::web {

std::string nhs_date(Date date) {
  static constexpr const char* kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                              "Thursday", "Friday", "Saturday"};
  // 1 January 1970 was a Thursday.
  const int weekday = ((date.days + 4) % 7 + 7) % 7;
  return std::string(kWeekdays[weekday]) + " " + std::to_string(date.day()) + " " + Month::of(date).long_label();
}

std::string nhs_short_date(Date date) { return std::to_string(date.day()) + " " + Month::of(date).label(); }

std::string nhs_tag(const std::string& text, const std::string& colour) {
  const std::string css = colour.empty() ? "nhsuk-tag" : "nhsuk-tag nhsuk-tag--" + colour;
  return "<strong class=\"" + css + "\">" + report::html_escape(text) + "</strong>";
}

const Person* find_person(const std::vector<Person>& people, int64_t id) {
  for (const auto& p : people)
    if (p.id == id) return &p;
  return nullptr;
}

std::string person_name(const std::vector<Person>& people, int64_t id) {
  const Person* p = find_person(people, id);
  return p ? p->name : "Person " + std::to_string(id);
}

std::string committee_name(const std::vector<Committee>& committees, int64_t id) {
  for (const auto& c : committees)
    if (c.id == id) return c.name;
  return "";
}

std::optional<int64_t> parse_id(const std::string& text) {
  int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

void add_page_route(WebServer& server, Method method, const std::string& pattern, PageHandler handler) {
  auto wrapped = [&server, handler](const httplib::Request& req, httplib::Response& res) { handler(server, req, res); };
  if (method == Method::Post) server.http().Post(pattern, wrapped);
  else server.http().Get(pattern, wrapped);
}

std::optional<Committee> committee_by_id_text(WebServer& server, const std::string& id_text) {
  const auto id = parse_id(id_text);
  return id ? server.store().governance().committee(*id) : std::nullopt;
}

void send_not_found(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  send_html(res, 404, error_page(server, 404, "Page not found", identify(server, req)));
}

void send_forbidden(WebServer& server, const httplib::Request& req, httplib::Response& res,
                    const std::string& message) {
  send_html(res, 403, error_page(server, 403, message, identify(server, req)));
}

bool allow_form_page(WebServer& server, const httplib::Request& req, httplib::Response& res,
                     const Principal& principal) {
  if (can_edit_governance(principal.role)) return true;
  if (principal.role == Role::Public) {
    std::string next = req.path;
    if (!req.params.empty()) {
      char separator = '?';
      for (const auto& [name, value] : req.params) {
        next += separator + url_encode(name) + "=" + url_encode(value);
        separator = '&';
      }
    }
    res.status = 303;
    res.set_header("Location", "/sign-in?next=" + url_encode(next));
    return false;
  }
  send_forbidden(server, req, res, "Only the board secretariat can change governance records.");
  return false;
}

bool allow_write(WebServer& server, const httplib::Request& req, httplib::Response& res, const Principal& principal) {
  if (!can_edit_governance(principal.role)) {
    send_forbidden(server, req, res, "Only the board secretariat can change governance records.");
    return false;
  }
  if (!csrf_ok(req, principal)) {
    send_forbidden(server, req, res, "The form had expired or did not come from this site. Go back, reload it and try again.");
    return false;
  }
  return true;
}

void send_page(WebServer& server, httplib::Response& res, int status, const std::string& title,
               const std::string& current_href, const std::string& body, const Principal& principal) {
  send_html(res, status, server.page(title, current_href, body, principal));
}

void redirect_see_other(httplib::Response& res, const std::string& path) {
  res.status = 303;
  res.set_header("Location", path);
}

std::string back_link(const std::string& href, const std::string& text) {
  return "<div class=\"nhsuk-back-link\"><a class=\"nhsuk-back-link__link\" href=\"" + report::html_escape(href) +
         "\">" + report::html_escape(text) + "</a></div>";
}

std::string summary_row(const std::string& key, const std::string& value_html) {
  return "<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">" + report::html_escape(key) +
         "</dt><dd class=\"nhsuk-summary-list__value\">" + value_html + "</dd></div>";
}

std::string summary_list(const std::string& rows_html) {
  return "<dl class=\"nhsuk-summary-list\">" + rows_html + "</dl>";
}

std::string nhs_table(const std::string& caption, const std::vector<std::string>& headers,
                      const std::vector<std::vector<std::string>>& rows, const std::string& empty_text) {
  if (rows.empty()) return empty_text.empty() ? "" : "<p>" + report::html_escape(empty_text) + "</p>";
  std::string out = "<table class=\"nhsuk-table\">";
  if (!caption.empty()) out += "<caption class=\"nhsuk-table__caption\">" + report::html_escape(caption) + "</caption>";
  out += "<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">";
  for (const auto& h : headers)
    out += "<th scope=\"col\" class=\"nhsuk-table__header\">" + report::html_escape(h) + "</th>";
  out += "</tr></thead><tbody class=\"nhsuk-table__body\">";
  for (const auto& row : rows) {
    out += "<tr class=\"nhsuk-table__row\">";
    for (const auto& cell : row) out += "<td class=\"nhsuk-table__cell\">" + cell + "</td>";
    out += "</tr>";
  }
  return out + "</tbody></table>";
}

}  // namespace ics::web
