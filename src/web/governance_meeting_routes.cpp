// Governance pages for committees, meetings and papers, and the secretariat's forms. Every handler
// identifies the caller first; reads are filtered by role (governance/visibility.h) before anything is
// formatted, and whatever the caller may not see answers exactly like a missing record. Writes need an
// editor's role and a CSRF token, validate every field, and save nothing when any field is wrong.
#include <algorithm>
#include <functional>

#include "governance/agenda.h"
#include "governance/attendance.h"
#include "governance/paper_cycle.h"
#include "governance/quorum.h"
#include "governance/validation.h"
#include "governance/visibility.h"
#include "web/auth.h"
#include "web/committee_page.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/meeting_forms.h"
#include "web/meeting_page.h"
#include "web/paper_page.h"
#include "web/routes.h"
#include "web/web_server.h"

namespace ics::web {
namespace {


// A meeting with its committee, as the forms need them.
struct MeetingContext {
  Meeting meeting;
  Committee committee;
};

std::optional<MeetingContext> load_meeting(WebServer& server, const std::string& id_text) {
  const auto id = parse_id(id_text);
  if (!id) return std::nullopt;
  auto& store = server.store().governance();
  auto meeting = store.meeting(*id);
  if (!meeting) return std::nullopt;
  auto committee = store.committee(meeting->committee_id);
  if (!committee) return std::nullopt;
  return MeetingContext{std::move(*meeting), std::move(*committee)};
}

std::string meeting_path(int64_t id) { return "/meetings/" + std::to_string(id); }

// ---- reading pages ----

void committees_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  auto& store = server.store().governance();
  send_page(server, res, 200, "Committees", "/committees",
            committees_index_body(store.committees(), store.meetings(), server.today()), principal);
}

void committee_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  auto& store = server.store().governance();
  const auto id = parse_id(req.matches[1]);
  const auto committee = id ? store.committee(*id) : std::nullopt;
  if (!committee) return send_not_found(server, req, res);
  CommitteePageData data;
  data.committee = *committee;
  data.committees = store.committees();
  data.people = store.people();
  data.organisations = server.store().organisations();
  data.meetings = store.meetings(committee->id);
  data.today = server.today();
  data.attendance = governance::attendance_rates(*committee, data.meetings, data.today);
  data.can_edit = can_edit_governance(principal.role);
  send_page(server, res, 200, committee->name, "/committees", committee_body(data), principal);
}

void meeting_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  auto context = load_meeting(server, req.matches[1]);
  if (!context) return send_not_found(server, req, res);
  auto& store = server.store().governance();
  const Meeting& meeting = context->meeting;
  MeetingPageData data;
  data.meeting = governance::meeting_as_seen_by(meeting, principal.role);
  data.committee = context->committee;
  data.people = store.people();
  // Visibility is judged against the full meeting, so a paper on a private item stays hidden.
  for (auto& paper : store.papers(meeting.id))
    if (governance::paper_visible(paper, meeting, principal.role)) data.papers.push_back(std::move(paper));
  const auto previous = governance::previous_meeting(store.meetings(meeting.committee_id), meeting.date);
  ActionQuery query;
  query.committee_id = meeting.committee_id;
  for (auto& action : governance::matters_arising(store.actions(query), meeting.date, previous))
    if (governance::action_visible(action, principal.role)) data.matters_arising.push_back(std::move(action));
  data.cycle = governance::paper_cycle_dates(context->committee.paper_cycle, meeting.date);
  if (!meeting.attendance.empty())
    data.quorum = governance::evaluate_quorum(context->committee, data.people, meeting);
  data.today = server.today();
  data.can_edit = can_edit_governance(principal.role);
  send_page(server, res, 200, meeting_title(data.committee, meeting), "/committees", meeting_body(data), principal);
}

// The paper with its meeting, when the caller may see it; nullopt (answered as not found) otherwise.
std::optional<std::pair<Paper, std::optional<Meeting>>> visible_paper(WebServer& server, const std::string& id_text,
                                                                       Role role) {
  const auto id = parse_id(id_text);
  if (!id) return std::nullopt;
  auto& store = server.store().governance();
  auto paper = store.paper(*id);
  if (!paper) return std::nullopt;
  std::optional<Meeting> meeting = paper->meeting_id ? store.meeting(*paper->meeting_id) : std::nullopt;
  if (!governance::paper_visible(*paper, meeting, role)) return std::nullopt;
  return std::make_pair(std::move(*paper), std::move(meeting));
}

void paper_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const auto found = visible_paper(server, req.matches[1], principal.role);
  if (!found) return send_not_found(server, req, res);
  const auto& [paper, meeting] = *found;
  const auto committee = meeting ? server.store().governance().committee(meeting->committee_id) : std::nullopt;
  send_page(server, res, 200, paper.title, "/committees", paper_cover_sheet_body(paper, meeting, committee), principal);
}

void paper_file(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const auto found = visible_paper(server, req.matches[1], principal.role);
  if (!found || !found->first.file) return send_not_found(server, req, res);
  const Paper& paper = found->first;
  auto bytes = server.store().governance().paper_file_bytes(paper.id);
  if (!bytes) return send_not_found(server, req, res);
  res.status = 200;
  // Reduced to [A-Za-z0-9._-] again here: records may come from elsewhere than the upload form.
  res.set_header("Content-Disposition", "attachment; filename=\"" + safe_file_name(paper.file->name) + "\"");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Cache-Control", "private, no-store");
  res.set_content(std::move(*bytes), paper.file->content_type);
}

// ---- forms ----

void new_meeting_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_form_page(server, req, res, principal)) return;
  const auto id = parse_id(req.has_param("committee") ? req.get_param_value("committee") : "");
  const auto committee = id ? server.store().governance().committee(*id) : std::nullopt;
  if (!committee) return send_not_found(server, req, res);
  Meeting blank;
  blank.start_time = "10:00";
  send_page(server, res, 200, "Add a meeting", "/committees", new_meeting_form_body(*committee, blank, "", {}, principal),
            principal);
}

void create_meeting(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_write(server, req, res, principal)) return;
  auto& store = server.store().governance();
  const auto committee = committee_by_id_text(server, form_value(req, "committee"));
  if (!committee) return send_not_found(server, req, res);
  FieldErrors errors;
  Meeting meeting = read_new_meeting_form(req, committee->id, errors);
  if (errors.empty())
    meeting.agenda =
        governance::standing_items(*committee, governance::previous_meeting(store.meetings(committee->id), meeting.date));
  // Whole-record checks too (times, date range), for every field not already reported.
  merge_errors(errors, governance::validate_meeting(meeting));
  if (!errors.empty())
    return send_page(server, res, 400, "Error: Add a meeting", "/committees",
                     new_meeting_form_body(*committee, meeting, form_value(req, "date"), errors, principal), principal);
  const int64_t meeting_id = store.save_meeting(meeting, principal.actor());
  redirect_see_other(res, meeting_path(meeting_id));
}

// The pattern every meeting form follows: GET shows it, POST reads it into a changed copy of the
// meeting, validates the whole meeting and saves it only when nothing is wrong.
struct MeetingForm {
  std::string title;
  // Renders the form for the meeting (whose fields carry the values to show) and errors.
  std::function<std::string(WebServer&, const MeetingContext&, const FieldErrors&, const Principal&,
                            const httplib::Request*)>
      body;
  // Applies the submitted form to context.meeting, adding field errors.
  std::function<void(WebServer&, const httplib::Request&, MeetingContext&, FieldErrors&)> apply;
};

void register_meeting_form(WebServer& server, const std::string& suffix, MeetingForm form) {
  const std::string pattern = R"(/meetings/(\d+)/)" + suffix;
  server.http().Get(pattern, [&server, form](const httplib::Request& req, httplib::Response& res) {
    const Principal principal = identify(server, req);
    if (!allow_form_page(server, req, res, principal)) return;
    const auto context = load_meeting(server, req.matches[1]);
    if (!context) return send_not_found(server, req, res);
    send_page(server, res, 200, form.title, "/committees", form.body(server, *context, {}, principal, nullptr), principal);
  });
  server.http().Post(pattern, [&server, form](const httplib::Request& req, httplib::Response& res) {
    const Principal principal = identify(server, req);
    if (!allow_write(server, req, res, principal)) return;
    auto context = load_meeting(server, req.matches[1]);
    if (!context) return send_not_found(server, req, res);
    const MeetingContext original = *context;
    FieldErrors errors;
    form.apply(server, req, *context, errors);
    if (!errors.empty())
      return send_page(server, res, 400, "Error: " + form.title, "/committees",
                       form.body(server, original, errors, principal, &req), principal);
    server.store().governance().save_meeting(context->meeting, principal.actor());
    redirect_see_other(res, meeting_path(context->meeting.id));
  });
}

void register_meeting_forms(WebServer& server) {
  register_meeting_form(
      server, "agenda",
      {"Add an agenda item",
       [](WebServer&, const MeetingContext& c, const FieldErrors& errors, const Principal& p, const httplib::Request* req) {
         FieldErrors ignored;
         const AgendaItem values = req ? read_agenda_item_form(*req, ignored) : AgendaItem{};
         return agenda_form_body(c.committee, c.meeting, values, errors, p);
       },
       [](WebServer&, const httplib::Request& req, MeetingContext& c, FieldErrors& errors) {
         c.meeting.agenda.push_back(read_agenda_item_form(req, errors));
         const std::string prefix = "agenda-" + std::to_string(c.meeting.agenda.size() - 1) + "-";
         merge_errors(errors, governance::validate_meeting(c.meeting), prefix);
       }});

  register_meeting_form(
      server, "attendance",
      {"Record attendance",
       [](WebServer& server, const MeetingContext& c, const FieldErrors& errors, const Principal& p,
          const httplib::Request* req) {
         FieldErrors ignored;
         const auto values = req ? read_attendance_form(*req, c.committee, c.meeting.date, ignored) : c.meeting.attendance;
         return attendance_form_body(c.committee, c.meeting, server.store().governance().people(), values, errors, p);
       },
       [](WebServer&, const httplib::Request& req, MeetingContext& c, FieldErrors& errors) {
         auto records = read_attendance_form(req, c.committee, c.meeting.date, errors);
         // People recorded earlier who are no longer members on this date keep their records.
         const auto members = members_on(c.committee, c.meeting.date);
         for (const auto& old : c.meeting.attendance)
           if (std::none_of(members.begin(), members.end(),
                            [&](const CommitteeMember& m) { return m.person_id == old.person_id; }))
             records.push_back(old);
         c.meeting.attendance = std::move(records);
         FieldErrors more = governance::validate_meeting(c.meeting);
         // A deputy without a name is already reported beside the deputy's name field.
         std::erase_if(more, [&](const FieldError& e) {
           return e.field.rfind("attendance-", 0) == 0 && find_error(errors, "deputy-" + e.field.substr(11));
         });
         merge_errors(errors, more);
       }});

  register_meeting_form(
      server, "declarations",
      {"Record a declaration of interest",
       [](WebServer& server, const MeetingContext& c, const FieldErrors& errors, const Principal& p,
          const httplib::Request* req) {
         const auto people = server.store().governance().people();
         FieldErrors ignored;
         const Declaration values = req ? read_declaration_form(*req, people, ignored) : Declaration{};
         return declaration_form_body(c.committee, c.meeting, people, values, errors, p);
       },
       [](WebServer& server, const httplib::Request& req, MeetingContext& c, FieldErrors& errors) {
         c.meeting.declarations.push_back(read_declaration_form(req, server.store().governance().people(), errors));
         const std::string prefix = "declaration-" + std::to_string(c.meeting.declarations.size() - 1) + "-";
         merge_errors(errors, governance::validate_meeting(c.meeting), prefix);
       }});

  register_meeting_form(
      server, "minutes",
      {"Minutes",
       [](WebServer&, const MeetingContext& c, const FieldErrors& errors, const Principal& p, const httplib::Request* req) {
         Meeting shown = c.meeting;
         FieldErrors ignored;
         if (req) read_minutes_form(*req, shown, ignored);
         return minutes_form_body(c.committee, shown, errors, p);
       },
       [](WebServer&, const httplib::Request& req, MeetingContext& c, FieldErrors& errors) {
         read_minutes_form(req, c.meeting, errors);
         merge_errors(errors, governance::validate_meeting(c.meeting));
       }});
}

void new_paper_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_form_page(server, req, res, principal)) return;
  const auto context = load_meeting(server, req.has_param("meeting") ? req.get_param_value("meeting") : "");
  if (!context) return send_not_found(server, req, res);
  send_page(server, res, 200, "Add a paper", "/committees",
            paper_form_body(context->meeting, context->committee, Paper{}, {}, principal), principal);
}

void create_paper(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_write(server, req, res, principal)) return;
  const auto context = load_meeting(server, form_value(req, "meeting"));
  if (!context) return send_not_found(server, req, res);
  FieldErrors errors;
  std::optional<std::string> file_bytes;
  const Paper paper = read_paper_form(req, context->meeting, file_bytes, errors);
  if (!errors.empty())
    return send_page(server, res, 400, "Error: Add a paper", "/committees",
                     paper_form_body(context->meeting, context->committee, paper, errors, principal), principal);
  const int64_t id = server.store().governance().save_paper(paper, file_bytes, principal.actor());
  redirect_see_other(res, "/papers/" + std::to_string(id));
}

}  // namespace

void register_governance_meeting_routes(WebServer& server) {
  add_page_route(server, Method::Get, "/committees", committees_page);
  add_page_route(server, Method::Get, R"(/committees/(\d+))", committee_page);
  add_page_route(server, Method::Get, "/meetings/new", new_meeting_page);
  add_page_route(server, Method::Post, "/meetings", create_meeting);
  add_page_route(server, Method::Get, R"(/meetings/(\d+))", meeting_page);
  register_meeting_forms(server);
  add_page_route(server, Method::Get, "/papers/new", new_paper_page);
  add_page_route(server, Method::Post, "/papers", create_paper);
  add_page_route(server, Method::Get, R"(/papers/(\d+))", paper_page);
  add_page_route(server, Method::Get, R"(/papers/(\d+)/file)", paper_file);
}

}  // namespace ics::web
