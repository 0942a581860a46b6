// Governance pages for the action log, the decision log, the register of interests and a committee's
// attendance matrix, with their forms. Every handler identifies the caller first; confidential actions
// and decisions are dropped (governance/visibility.h) before anything is formatted, and one the caller
// may not see answers exactly like a missing one. Every POST checks the caller's right and CSRF token,
// validates every field, saves nothing when any is wrong (400 with errors beside the fields) and
// answers 303 when it saved.
#include <algorithm>
#include <functional>
#include <stdexcept>

#include "governance/action_lifecycle.h"
#include "governance/validation.h"
#include "governance/visibility.h"
#include "web/action_log_page.h"
#include "web/attendance_matrix_page.h"
#include "web/auth.h"
#include "web/decision_log_page.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/interests_page.h"
#include "web/log_form_helpers.h"
#include "web/meeting_forms.h"
#include "web/routes.h"
#include "web/web_server.h"

namespace ics::web {
namespace {


constexpr const char* kStaleForm =
    "The form had expired or did not come from this site. Go back, reload it and try again.";

std::string param(const httplib::Request& req, const std::string& name) {
  return req.has_param(name) ? req.get_param_value(name) : "";
}

// Adds `more` to `errors` under the form's field names, skipping fields that already have an error.
void add_errors(FieldErrors& errors, FieldErrors more,
                const std::vector<std::pair<std::string, std::string>>& renames = {}) {
  for (auto& e : more)
    for (const auto& [from, to] : renames)
      if (e.field == from) e.field = to;
  merge_errors(errors, more);
}

// The committee a new record belongs to: ?committee=, else the committee of ?meeting=.
std::optional<Committee> committee_from_query(WebServer& server, const httplib::Request& req) {
  auto& store = server.store().governance();
  if (const auto id = parse_id(param(req, "committee"))) return store.committee(*id);
  if (const auto id = parse_id(param(req, "meeting")))
    if (const auto meeting = store.meeting(*id)) return store.committee(meeting->committee_id);
  return std::nullopt;
}

// ---- action log ----

std::optional<Action> visible_action(WebServer& server, const std::string& id_text, Role role) {
  const auto id = parse_id(id_text);
  if (!id) return std::nullopt;
  auto action = server.store().governance().action(*id);
  if (!action || !governance::action_visible(*action, role)) return std::nullopt;
  return action;
}

// The secretariat and admins update any action; a member updates the actions they own.
bool may_update_action(const Principal& principal, const Action& action) {
  if (can_edit_governance(principal.role)) return true;
  return principal.role == Role::Member && principal.account && principal.account->person_id &&
         action.owner_id == principal.account->person_id;
}

void actions_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  auto& store = server.store().governance();
  ActionLogData data;
  data.filter = read_action_filter(req);
  data.today = server.today();
  for (auto& action : store.actions())
    if (governance::action_visible(action, principal.role) && action_matches(action, data.filter, data.today))
      data.actions.push_back(std::move(action));
  data.committees = store.committees();
  data.meetings = store.meetings();
  data.people = store.people();
  data.can_add = can_edit_governance(principal.role);
  send_page(server, res, 200, "Action log", "/actions", action_log_body(data), principal);
}

ActionDetailData action_detail(WebServer& server, const Action& action, const Principal& principal) {
  auto& store = server.store().governance();
  ActionDetailData data;
  data.action = action;
  data.committee = store.committee(action.committee_id);
  if (action.meeting_id) data.meeting = store.meeting(*action.meeting_id);
  data.people = store.people();
  data.today = server.today();
  data.can_update = may_update_action(principal, action);
  data.form_status = action.status;
  data.form_target = action.status_target;
  return data;
}

void action_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const auto action = visible_action(server, req.matches[1], principal.role);
  if (!action) return send_not_found(server, req, res);
  send_page(server, res, 200, "Action " + action->ref, "/actions",
            action_detail_body(action_detail(server, *action, principal), principal), principal);
}

void update_action_status(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const auto found = visible_action(server, req.matches[1], principal.role);
  if (!found) return send_not_found(server, req, res);
  if (!may_update_action(principal, *found))
    return send_forbidden(server, req, res, "Only the action's owner or the board secretariat can update this action.");
  if (!csrf_ok(req, principal))
    return send_forbidden(server, req, res, kStaleForm);

  auto& store = server.store().governance();
  FieldErrors errors;
  governance::ActionChange change;
  const std::string status_text = form_value(req, "status");
  if (const auto status = parse_enum<ActionStatus>(status_text)) change.status = *status;
  else errors.push_back({"status", "Choose a status: " + enum_choices<ActionStatus>()});
  change.target = form_value(req, "target");
  change.note = form_value(req, "note");
  change.on = server.today();
  change.by = principal.actor();
  if (principal.account && principal.account->person_id)
    if (const auto person = store.person(*principal.account->person_id)) change.by = person->name;

  Action action = *found;
  if (errors.empty()) add_errors(errors, governance::apply_action_change(action, change, store.actions()));
  if (errors.empty())
    add_errors(errors, governance::validate_action(action), {{"status_target", "target"}, {"closed_on", "status"}});
  if (!errors.empty()) {
    ActionDetailData data = action_detail(server, *found, principal);
    data.form_status = change.status;
    data.form_target = change.target;
    data.form_note = change.note;
    data.errors = errors;
    return send_page(server, res, 400, "Error: Action " + found->ref, "/actions", action_detail_body(data, principal),
                     principal);
  }
  store.save_action(action, principal.actor());
  redirect_see_other(res, "/actions/" + std::to_string(action.id));
}

// The meeting named by ?meeting= among the committee's meetings, or nullptr.
const Meeting* meeting_from_query(const std::vector<Meeting>& meetings, const httplib::Request& req) {
  const auto id = parse_id(param(req, "meeting"));
  return id ? find_meeting(meetings, *id) : nullptr;
}

void new_action_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_form_page(server, req, res, principal)) return;
  const auto committee = committee_from_query(server, req);
  if (!committee) return send_not_found(server, req, res);
  auto& store = server.store().governance();
  const auto meetings = store.meetings(committee->id);
  Action blank;
  blank.ref = governance::next_ref(committee->action_prefix, governance::refs_of(store.actions()));
  blank.raised_on = server.today();
  if (const Meeting* m = meeting_from_query(meetings, req)) {
    blank.meeting_id = m->id;
    blank.raised_on = m->date;
  }
  send_page(server, res, 200, "Add an action", "/actions",
            action_form_body(*committee, meetings, store.people(), blank, {}, principal), principal);
}

void create_action(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_write(server, req, res, principal)) return;
  auto& store = server.store().governance();
  const auto committee = committee_by_id_text(server, form_value(req, "committee"));
  if (!committee) return send_not_found(server, req, res);
  const auto meetings = store.meetings(committee->id);
  const auto people = store.people();
  FieldErrors errors;
  Action action = read_action_form(req, *committee, meetings, people, errors);
  const auto refs = governance::refs_of(store.actions());
  if (std::find(refs.begin(), refs.end(), action.ref) != refs.end())
    errors.push_back({"ref", "Reference " + action.ref + " is already used; the next free one is " +
                                 governance::next_ref(committee->action_prefix, refs)});
  add_errors(errors, governance::validate_action(action));
  int64_t saved = 0;
  if (errors.empty()) {
    try {
      saved = store.save_action(action, principal.actor());
    } catch (const std::runtime_error&) {
      // Another request took the reference between our check and the save; nothing was written.
      errors.push_back({"ref", "Reference " + action.ref + " is already used"});
    }
  }
  if (!errors.empty())
    return send_page(server, res, 400, "Error: Add an action", "/actions",
                     action_form_body(*committee, meetings, people, action, errors, principal), principal);
  redirect_see_other(res, "/actions/" + std::to_string(saved));
}

// ---- decision log ----

void decisions_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  auto& store = server.store().governance();
  DecisionLogData data;
  data.committee_filter = parse_id(param(req, "committee"));
  for (auto& d : store.decisions(data.committee_filter))
    if (governance::decision_visible(d, principal.role)) data.decisions.push_back(std::move(d));
  data.committees = store.committees();
  data.meetings = store.meetings();
  data.can_add = can_edit_governance(principal.role);
  send_page(server, res, 200, "Decision log", "/decisions", decision_log_body(data), principal);
}

void decision_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  auto& store = server.store().governance();
  const auto id = parse_id(req.matches[1]);
  const auto decision = id ? store.decision(*id) : std::nullopt;
  if (!decision || !governance::decision_visible(*decision, principal.role)) return send_not_found(server, req, res);
  send_page(server, res, 200, "Decision " + decision->ref, "/decisions",
            decision_detail_body(*decision, store.committees(), store.meetings(decision->committee_id)), principal);
}

void new_decision_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_form_page(server, req, res, principal)) return;
  const auto committee = committee_from_query(server, req);
  if (!committee) return send_not_found(server, req, res);
  auto& store = server.store().governance();
  const auto meetings = store.meetings(committee->id);
  Decision blank;
  blank.ref = governance::next_ref(committee->decision_prefix, governance::refs_of(store.decisions()));
  blank.date = server.today();
  if (const Meeting* m = meeting_from_query(meetings, req)) {
    blank.meeting_id = m->id;
    blank.date = m->date;
  }
  send_page(server, res, 200, "Add a decision", "/decisions",
            decision_form_body(*committee, meetings, blank, {}, principal), principal);
}

void create_decision(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (!allow_write(server, req, res, principal)) return;
  auto& store = server.store().governance();
  const auto committee = committee_by_id_text(server, form_value(req, "committee"));
  if (!committee) return send_not_found(server, req, res);
  const auto meetings = store.meetings(committee->id);
  FieldErrors errors;
  Decision decision = read_decision_form(req, *committee, meetings, errors);
  const auto refs = governance::refs_of(store.decisions());
  if (std::find(refs.begin(), refs.end(), decision.ref) != refs.end())
    errors.push_back({"ref", "Reference " + decision.ref + " is already used; the next free one is " +
                                 governance::next_ref(committee->decision_prefix, refs)});
  add_errors(errors, governance::validate_decision(decision));
  int64_t saved = 0;
  if (errors.empty()) {
    try {
      saved = store.save_decision(decision, principal.actor());
    } catch (const std::runtime_error&) {
      errors.push_back({"ref", "Reference " + decision.ref + " is already used"});
    }
  }
  if (!errors.empty())
    return send_page(server, res, 400, "Error: Add a decision", "/decisions",
                     decision_form_body(*committee, meetings, decision, errors, principal), principal);
  redirect_see_other(res, "/decisions/" + std::to_string(saved));
}

// ---- register of interests ----

void interests_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  InterestsPageData data;
  data.principal = identify(server, req);
  auto& store = server.store().governance();
  data.interests = store.interests();
  data.people = store.people();
  data.organisations = server.store().organisations();
  data.today = server.today();
  send_page(server, res, 200, "Register of interests", "/interests", interests_body(data), data.principal);
}

// Whom the caller may declare interests for: everyone for the secretariat, a member only themselves.
std::vector<Person> declarable_people(WebServer& server, const Principal& principal) {
  std::vector<Person> people = server.store().governance().people();
  std::erase_if(people, [&](const Person& p) { return !may_manage_interests_of(principal, p.id); });
  return people;
}

void new_interest_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  if (principal.role == Role::Public) return redirect_see_other(res, "/sign-in?next=%2Finterests%2Fnew");
  const auto people = declarable_people(server, principal);
  if (people.empty())
    return send_forbidden(server, req, res, "Only members and the board secretariat can declare interests.");
  Interest blank;
  if (people.size() == 1) blank.person_id = people.front().id;
  send_page(server, res, 200, "Declare an interest", "/interests", interest_form_body(people, blank, {}, principal),
            principal);
}

void create_interest(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  const auto people = declarable_people(server, principal);
  if (people.empty())
    return send_forbidden(server, req, res, "Only members and the board secretariat can declare interests.");
  if (!csrf_ok(req, principal))
    return send_forbidden(server, req, res, kStaleForm);
  FieldErrors errors;
  Interest interest = read_interest_form(req, people, errors);
  interest.declared_on = server.today();
  add_errors(errors, governance::validate_interest(interest));
  if (!errors.empty())
    return send_page(server, res, 400, "Error: Declare an interest", "/interests",
                     interest_form_body(people, interest, errors, principal), principal);
  server.store().governance().save_interest(interest, principal.actor());
  redirect_see_other(res, "/interests");
}

// The six-monthly confirmation that an entry is still correct.
void confirm_interest(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  auto& store = server.store().governance();
  const auto id = parse_id(req.matches[1]);
  auto interest = id ? store.interest(*id) : std::nullopt;
  if (!interest) return send_not_found(server, req, res);
  if (!may_manage_interests_of(principal, interest->person_id))
    return send_forbidden(server, req, res, "Only the member concerned or the board secretariat can confirm this entry.");
  if (!csrf_ok(req, principal))
    return send_forbidden(server, req, res, kStaleForm);
  interest->last_confirmed = server.today();
  store.save_interest(*interest, principal.actor());
  redirect_see_other(res, "/interests");
}

// ---- attendance matrix ----

void attendance_page(WebServer& server, const httplib::Request& req, httplib::Response& res) {
  const Principal principal = identify(server, req);
  auto& store = server.store().governance();
  const auto id = parse_id(req.matches[1]);
  const auto committee = id ? store.committee(*id) : std::nullopt;
  if (!committee) return send_not_found(server, req, res);
  send_page(server, res, 200, "Attendance: " + committee->name, "/committees",
            attendance_matrix_body(*committee, store.meetings(committee->id), store.people(), server.today()),
            principal);
}

}  // namespace

void register_governance_log_routes(WebServer& server) {
  add_page_route(server, Method::Get, "/actions", actions_page);
  add_page_route(server, Method::Get, "/actions/new", new_action_page);
  add_page_route(server, Method::Post, "/actions", create_action);
  add_page_route(server, Method::Get, R"(/actions/(\d+))", action_page);
  add_page_route(server, Method::Post, R"(/actions/(\d+)/status)", update_action_status);
  add_page_route(server, Method::Get, "/decisions", decisions_page);
  add_page_route(server, Method::Get, "/decisions/new", new_decision_page);
  add_page_route(server, Method::Post, "/decisions", create_decision);
  add_page_route(server, Method::Get, R"(/decisions/(\d+))", decision_page);
  add_page_route(server, Method::Get, "/interests", interests_page);
  add_page_route(server, Method::Get, "/interests/new", new_interest_page);
  add_page_route(server, Method::Post, "/interests", create_interest);
  add_page_route(server, Method::Post, R"(/interests/(\d+)/confirm)", confirm_interest);
  add_page_route(server, Method::Get, R"(/committees/(\d+)/attendance)", attendance_page);
}

}  // namespace ics::web
