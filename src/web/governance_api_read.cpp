// The governance JSON API, version 1, reading side:
//   GET /api/v1/committees                 [/{id}]
//   GET /api/v1/meetings?committee=ID      [/{id}: as seen by the caller, with "quorum" and "papers"]
//   GET /api/v1/papers?meeting=ID          [/{id}]
//   GET /api/v1/actions?committee=&owner=&meeting=&status=&overdue=true|false   [/{id}]
//   GET /api/v1/decisions?committee=ID     [/{id}]
//   GET /api/v1/interests?person=ID        [/{id}]
// Lists are {"items": [...], "count": n}. Every record is filtered by the caller's role
// (governance/visibility.h) before it is formatted; one the caller may not see answers 404
// {"error": "not found"}, exactly like a missing id. A malformed query parameter answers 400; a
// well-formed id that matches nothing simply filters everything out.
#include <functional>
#include <map>
#include <vector>

#include "domain/governance_json.h"
#include "governance/action_lifecycle.h"
#include "governance/interest_review.h"
#include "governance/quorum.h"
#include "governance/visibility.h"
#include "web/auth.h"
#include "web/governance_api.h"
#include "web/governance_view_helpers.h"
#include "web/http_responses.h"
#include "web/routes.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

using nlohmann::json;
using Handler = std::function<void(WebServer&, const Principal&, const httplib::Request&, httplib::Response&)>;

template <class T, class Format>
json list_json(const std::vector<T>& items, Format format) {
  json list = json::array();
  for (const auto& item : items) list.push_back(format(item));
  return json{{"items", std::move(list)}, {"count", items.size()}};
}

json plain(const auto& record) { return json(record); }

// Reads an optional id query parameter into `out`; answers 400 and returns false when it is malformed.
bool read_id_param(const httplib::Request& req, httplib::Response& res, const std::string& name,
                   std::optional<int64_t>& out) {
  if (!req.has_param(name)) return true;
  const std::string text = req.get_param_value(name);
  out = parse_id(text);
  if (out) return true;
  send_json_error(res, 400, name + " \"" + text + "\" is not a record id (a positive whole number)");
  return false;
}

// The path's id, or nullopt (then answered as not found: /api/v1/actions/abc is no record).
std::optional<int64_t> path_id(const httplib::Request& req) { return parse_id(req.matches[1]); }

json paper_api_json(const Paper& paper) {
  json j = paper;
  if (paper.file) j["file"]["url"] = "/papers/" + std::to_string(paper.id) + "/file";
  return j;
}

json quorum_json(const governance::QuorumResult& q) {
  return json{{"quorate", q.quorate},
              {"members_present", q.members_present},
              {"organisations_present", q.organisations_present},
              {"chair_or_vice_present", q.chair_or_vice_present},
              {"shortfalls", q.shortfalls}};
}

// The papers of `meeting` the role may see, judged against the full meeting so that a paper on a
// private item stays hidden even though the caller's copy of the agenda no longer lists that item.
std::vector<Paper> visible_papers(GovernanceStore& store, const Meeting& meeting, Role role) {
  std::vector<Paper> papers;
  for (auto& paper : store.papers(meeting.id))
    if (governance::paper_visible(paper, meeting, role)) papers.push_back(std::move(paper));
  return papers;
}

// ---- committees ----

void committees(WebServer& server, const Principal&, const httplib::Request&, httplib::Response& res) {
  send_json(res, 200, list_json(server.store().governance().committees(), plain<Committee>));
}

void committee(WebServer& server, const Principal&, const httplib::Request& req, httplib::Response& res) {
  const auto id = path_id(req);
  const auto found = id ? server.store().governance().committee(*id) : std::nullopt;
  if (!found) return send_api_not_found(res);
  send_json(res, 200, json(*found));
}

// ---- meetings ----

void meetings(WebServer& server, const Principal& principal, const httplib::Request& req, httplib::Response& res) {
  std::optional<int64_t> committee_id;
  if (!read_id_param(req, res, "committee", committee_id)) return;
  std::vector<Meeting> seen;
  for (const auto& m : server.store().governance().meetings(committee_id))
    seen.push_back(governance::meeting_as_seen_by(m, principal.role));
  send_json(res, 200, list_json(seen, plain<Meeting>));
}

void meeting(WebServer& server, const Principal& principal, const httplib::Request& req, httplib::Response& res) {
  auto& store = server.store().governance();
  const auto id = path_id(req);
  const auto found = id ? store.meeting(*id) : std::nullopt;
  if (!found) return send_api_not_found(res);
  json body = governance::meeting_as_seen_by(*found, principal.role);
  // Quorum is computed from the full attendance (attendance is never confidential); null until recorded.
  body["quorum"] = nullptr;
  if (!found->attendance.empty())
    if (const auto committee = store.committee(found->committee_id))
      body["quorum"] = quorum_json(governance::evaluate_quorum(*committee, store.people(), *found));
  json papers = json::array();
  for (const auto& p : visible_papers(store, *found, principal.role)) papers.push_back(paper_api_json(p));
  body["papers"] = std::move(papers);
  send_json(res, 200, body);
}

// ---- papers ----

void papers(WebServer& server, const Principal& principal, const httplib::Request& req, httplib::Response& res) {
  auto& store = server.store().governance();
  std::optional<int64_t> meeting_id;
  if (!read_id_param(req, res, "meeting", meeting_id)) return;
  std::vector<Paper> shown;
  if (meeting_id) {
    if (const auto m = store.meeting(*meeting_id)) shown = visible_papers(store, *m, principal.role);
  } else {
    std::map<int64_t, Meeting> by_id;
    for (auto& m : store.meetings()) by_id.emplace(m.id, std::move(m));
    for (auto& paper : store.papers()) {
      std::optional<Meeting> m;
      if (paper.meeting_id)
        if (const auto it = by_id.find(*paper.meeting_id); it != by_id.end()) m = it->second;
      if (governance::paper_visible(paper, m, principal.role)) shown.push_back(std::move(paper));
    }
  }
  send_json(res, 200, list_json(shown, paper_api_json));
}

void paper(WebServer& server, const Principal& principal, const httplib::Request& req, httplib::Response& res) {
  auto& store = server.store().governance();
  const auto id = path_id(req);
  const auto found = id ? store.paper(*id) : std::nullopt;
  if (!found) return send_api_not_found(res);
  const std::optional<Meeting> m = found->meeting_id ? store.meeting(*found->meeting_id) : std::nullopt;
  if (!governance::paper_visible(*found, m, principal.role)) return send_api_not_found(res);
  send_json(res, 200, paper_api_json(*found));
}

// ---- actions ----

void actions(WebServer& server, const Principal& principal, const httplib::Request& req, httplib::Response& res) {
  ActionQuery query;
  if (!read_id_param(req, res, "committee", query.committee_id)) return;
  if (!read_id_param(req, res, "owner", query.owner_id)) return;
  if (!read_id_param(req, res, "meeting", query.meeting_id)) return;
  std::optional<ActionStatus> status;
  if (req.has_param("status")) {
    const std::string text = req.get_param_value("status");
    status = parse_enum<ActionStatus>(text);
    if (!status)
      return send_json_error(res, 400, "status \"" + text + "\" is not one of: " + enum_choices<ActionStatus>());
  }
  std::optional<bool> overdue;
  if (req.has_param("overdue")) {
    const std::string text = req.get_param_value("overdue");
    if (text == "true") overdue = true;
    else if (text == "false") overdue = false;
    else return send_json_error(res, 400, "overdue \"" + text + "\" is not true or false");
  }
  const Date today = server.today();
  std::vector<Action> shown;
  for (auto& a : server.store().governance().actions(query)) {
    if (!governance::action_visible(a, principal.role)) continue;
    if (status && a.status != *status) continue;
    if (overdue && governance::is_overdue(a, today) != *overdue) continue;
    shown.push_back(std::move(a));
  }
  send_json(res, 200, list_json(shown, [today](const Action& a) { return action_api_json(a, today); }));
}

void action(WebServer& server, const Principal& principal, const httplib::Request& req, httplib::Response& res) {
  const auto id = path_id(req);
  const auto found = id ? server.store().governance().action(*id) : std::nullopt;
  if (!found || !governance::action_visible(*found, principal.role)) return send_api_not_found(res);
  send_json(res, 200, action_api_json(*found, server.today()));
}

// ---- decisions ----

void decisions(WebServer& server, const Principal& principal, const httplib::Request& req, httplib::Response& res) {
  std::optional<int64_t> committee_id;
  if (!read_id_param(req, res, "committee", committee_id)) return;
  std::vector<Decision> shown;
  for (auto& d : server.store().governance().decisions(committee_id))
    if (governance::decision_visible(d, principal.role)) shown.push_back(std::move(d));
  send_json(res, 200, list_json(shown, plain<Decision>));
}

void decision(WebServer& server, const Principal& principal, const httplib::Request& req, httplib::Response& res) {
  const auto id = path_id(req);
  const auto found = id ? server.store().governance().decision(*id) : std::nullopt;
  if (!found || !governance::decision_visible(*found, principal.role)) return send_api_not_found(res);
  send_json(res, 200, json(*found));
}

// ---- interests (the register is published: every entry is public) ----

void interests(WebServer& server, const Principal&, const httplib::Request& req, httplib::Response& res) {
  std::optional<int64_t> person_id;
  if (!read_id_param(req, res, "person", person_id)) return;
  const Date today = server.today();
  send_json(res, 200, list_json(server.store().governance().interests(person_id),
                                [today](const Interest& i) { return interest_api_json(i, today); }));
}

void interest(WebServer& server, const Principal&, const httplib::Request& req, httplib::Response& res) {
  const auto id = path_id(req);
  const auto found = id ? server.store().governance().interest(*id) : std::nullopt;
  if (!found) return send_api_not_found(res);
  send_json(res, 200, interest_api_json(*found, server.today()));
}

void get(WebServer& server, const std::string& pattern, Handler handler) {
  server.http().Get(pattern, [&server, handler](const httplib::Request& req, httplib::Response& res) {
    handler(server, identify(server, req), req, res);
  });
}

}  // namespace

void send_api_not_found(httplib::Response& res) { send_json_error(res, 404, "not found"); }

json action_api_json(const Action& action, Date today) {
  json j = action;
  j["overdue"] = governance::is_overdue(action, today);
  return j;
}

json interest_api_json(const Interest& interest, Date today) {
  json j = interest;
  j["review_due"] = governance::interest_review_due(interest).to_string();
  j["review_overdue"] = governance::interest_review_overdue(interest, today);
  return j;
}

void send_field_errors(httplib::Response& res, int status, const FieldErrors& errors) {
  json fields = json::object();
  // The first message for a field wins, as the forms show one message beside each field.
  for (const auto& e : errors)
    if (!fields.contains(e.field)) fields[e.field] = e.message;
  send_json(res, status, json{{"errors", std::move(fields)}});
}

void register_governance_api_routes(WebServer& server) {
  get(server, "/api/v1/committees", committees);
  get(server, R"(/api/v1/committees/([^/]+))", committee);
  get(server, "/api/v1/meetings", meetings);
  get(server, R"(/api/v1/meetings/([^/]+))", meeting);
  get(server, "/api/v1/papers", papers);
  get(server, R"(/api/v1/papers/([^/]+))", paper);
  get(server, "/api/v1/actions", actions);
  get(server, R"(/api/v1/actions/([^/]+))", action);
  get(server, "/api/v1/decisions", decisions);
  get(server, R"(/api/v1/decisions/([^/]+))", decision);
  get(server, "/api/v1/interests", interests);
  get(server, R"(/api/v1/interests/([^/]+))", interest);
  register_governance_api_write_routes(server);
}

}  // namespace ics::web
