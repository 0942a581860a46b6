#pragma once
// Small pieces the governance pages share: NHS-style dates, tags, names looked up by id, and the
// authorisation gates every form route passes through before it touches the store.
#include <httplib.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/committee.h"
#include "domain/person.h"
#include "web/auth.h"
#include "web/web_server.h"

namespace ics::web {

// "Tuesday 3 March 2026", the NHS style for dates in running text.
std::string nhs_date(Date date);
// "3 Mar 2026", for table cells.
std::string nhs_short_date(Date date);

// <strong class="nhsuk-tag nhsuk-tag--COLOUR">text</strong>; colour "" gives the default blue tag.
std::string nhs_tag(const std::string& text, const std::string& colour = "");

// The person's name, or "Person N" when the id is unknown (escaped by the caller).
std::string person_name(const std::vector<Person>& people, int64_t id);
const Person* find_person(const std::vector<Person>& people, int64_t id);
// The committee's name, or "" when unknown.
std::string committee_name(const std::vector<Committee>& committees, int64_t id);

// A positive record id from a path segment; nullopt for anything else.
std::optional<int64_t> parse_id(const std::string& text);

// The same "Page not found" page for a missing record and one the caller may not see, so the two
// cannot be told apart.
// A page route whose handler takes the server: method Get or Post.
enum class Method { Get, Post };
using PageHandler = std::function<void(WebServer&, const httplib::Request&, httplib::Response&)>;
void add_page_route(WebServer& server, Method method, const std::string& pattern, PageHandler handler);

// The committee whose id is the text (a form or query value); nullopt for a bad or unknown id.
std::optional<Committee> committee_by_id_text(WebServer& server, const std::string& id_text);

void send_not_found(WebServer& server, const httplib::Request& req, httplib::Response& res);
// A 403 page for a signed-in caller without the right, or a write without a valid CSRF token.
void send_forbidden(WebServer& server, const httplib::Request& req, httplib::Response& res,
                    const std::string& message);

// For GET of a form page: true when the principal may edit governance records. Otherwise answers a
// redirect to /sign-in?next=... for the public, or 403 for a signed-in caller without the role.
bool allow_form_page(WebServer& server, const httplib::Request& req, httplib::Response& res,
                     const Principal& principal);
// For a POST: true when the principal may edit and the CSRF token checks out; otherwise answers 403.
bool allow_write(WebServer& server, const httplib::Request& req, httplib::Response& res, const Principal& principal);

// Sends the page in the site layout, showing who is signed in.
void send_page(WebServer& server, httplib::Response& res, int status, const std::string& title,
               const std::string& current_href, const std::string& body, const Principal& principal);

// A 303 See Other to path, as a browser expects after a successful form post.
void redirect_see_other(httplib::Response& res, const std::string& path);

// A row of an nhsuk-summary-list (key escaped here, value already HTML) and the list around rows.
std::string summary_row(const std::string& key, const std::string& value_html);
std::string summary_list(const std::string& rows_html);
// An nhsuk-table: caption and headers escaped here; cells already HTML. "" when there are no rows
// and empty_text is "" , else a paragraph saying empty_text.
std::string nhs_table(const std::string& caption, const std::vector<std::string>& headers,
                      const std::vector<std::vector<std::string>>& rows, const std::string& empty_text = "");

// The NHS.UK back link to href.
std::string back_link(const std::string& href, const std::string& text);

}  // namespace ics::web
