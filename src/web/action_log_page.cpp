#include "web/action_log_page.h"

#include "governance/action_lifecycle.h"
#include "report/html_escape.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/log_form_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

// "open" names the group (open or ongoing), so the Open status alone needs another value.
const std::string kOpenOnly = "open-only";

// The single status a filter value names, if it names one.
std::optional<ActionStatus> exact_status(const std::string& value) {
  if (value == kOpenOnly) return ActionStatus::Open;
  if (value == "open") return std::nullopt;
  return parse_enum<ActionStatus>(value);
}

std::string action_path(int64_t id) { return "/actions/" + std::to_string(id); }

std::string owner_cell(const std::vector<Person>& people, const std::optional<int64_t>& owner_id) {
  return owner_id ? html_escape(person_name(people, *owner_id)) : "Not assigned";
}

std::vector<Choice> status_filter_choices() {
  std::vector<Choice> out{{"", "All"}, {"open", "Open or ongoing"}, {"closed", "Closed (any way)"}};
  for (const auto& [status, name] : EnumNames<ActionStatus>::values)
    out.push_back({status == ActionStatus::Open ? kOpenOnly : std::string(name), action_status_label(status)});
  return out;
}

std::string filter_form(const ActionLogData& data) {
  std::vector<Choice> committees{{"", "All committees"}};
  for (const auto& c : data.committees) committees.push_back({std::to_string(c.id), c.name});
  std::vector<Choice> owners{{"", "Anyone"}};
  for (const auto& p : data.people) owners.push_back({std::to_string(p.id), p.name});
  const auto id_text = [](const std::optional<int64_t>& id) { return id ? std::to_string(*id) : std::string(); };
  const FieldErrors none;
  return "<form method=\"get\" action=\"/actions\" class=\"ics-filters\">" +
         select("committee", "Committee", committees, id_text(data.filter.committee_id), none) +
         select("owner", "Owner", owners, id_text(data.filter.owner_id), none) +
         select("status", "Status", status_filter_choices(), data.filter.status, none) +
         checkbox("overdue", "Overdue only", data.filter.overdue_only, none) + submit_button("Apply filters") +
         " <a href=\"/actions\">Clear filters</a></form>";
}

// "7 actions: 4 open or ongoing (2 overdue), 3 closed."
std::string counts_summary(const std::vector<Action>& actions, Date today) {
  size_t open = 0, overdue = 0;
  for (const auto& a : actions) {
    if (governance::is_open(a.status)) ++open;
    if (governance::is_overdue(a, today)) ++overdue;
  }
  const size_t closed = actions.size() - open;
  return "<p class=\"ics-action-counts\">" + std::to_string(actions.size()) +
         (actions.size() == 1 ? " action: " : " actions: ") + std::to_string(open) + " open or ongoing (" +
         std::to_string(overdue) + " overdue), " + std::to_string(closed) + " closed.</p>";
}

}  // namespace

ActionFilter read_action_filter(const httplib::Request& req) {
  ActionFilter filter;
  filter.committee_id = parse_id(form_value(req, "committee"));
  filter.owner_id = parse_id(form_value(req, "owner"));
  const std::string status = form_value(req, "status");
  if (status == "open" || status == "closed" || exact_status(status)) filter.status = status;
  filter.overdue_only = form_checked(req, "overdue");
  return filter;
}

bool action_matches(const Action& action, const ActionFilter& filter, Date today) {
  if (filter.committee_id && action.committee_id != *filter.committee_id) return false;
  if (filter.owner_id && action.owner_id != filter.owner_id) return false;
  if (filter.status == "open" && !governance::is_open(action.status)) return false;
  if (filter.status == "closed" && governance::is_open(action.status)) return false;
  if (const auto status = exact_status(filter.status); status && action.status != *status) return false;
  if (filter.overdue_only && !governance::is_overdue(action, today)) return false;
  return true;
}

std::string action_status_label(ActionStatus status) { return sentence_case(enum_name(status)); }

std::string action_status_tags(const Action& action, Date today) {
  std::string out;
  switch (action.status) {
    case ActionStatus::Open: out = nhs_tag("Open", "blue"); break;
    case ActionStatus::Ongoing: out = nhs_tag("Ongoing", "yellow"); break;
    case ActionStatus::Completed: out = nhs_tag("Completed", "green"); break;
    case ActionStatus::Superseded: out = nhs_tag("Superseded by " + action.status_target, "grey"); break;
    case ActionStatus::Consolidated: out = nhs_tag("Consolidated into " + action.status_target, "grey"); break;
    case ActionStatus::Delegated: out = nhs_tag("Delegated to " + action.status_target, "purple"); break;
  }
  if (governance::is_overdue(action, today)) {
    out += ' ';
    out += nhs_tag("Overdue", "red");
  }
  return out;
}

std::string action_log_body(const ActionLogData& data) {
  std::string body = "<h1>Action log</h1>";
  if (data.can_add) {
    // New actions belong to a committee; offer the one being filtered, else the first.
    std::optional<int64_t> committee = data.filter.committee_id;
    if (!committee && !data.committees.empty()) committee = data.committees.front().id;
    if (committee)
      body += "<p><a class=\"nhsuk-button nhsuk-button--secondary\" href=\"/actions/new?committee=" +
              std::to_string(*committee) + "\">Add an action</a></p>";
  }
  body += filter_form(data) + counts_summary(data.actions, data.today);
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : data.actions) {
    rows.push_back({"<a href=\"" + action_path(a.id) + "\">" + html_escape(a.ref) + "</a>",
                    meeting_link(data.meetings, data.committees, a.meeting_id), html_escape(a.item_number),
                    html_escape(a.description), owner_cell(data.people, a.owner_id), short_date_or_dash(a.due),
                    action_status_tags(a, data.today)});
  }
  body += nhs_table("Actions", {"Ref", "Meeting (date)", "Item", "Action", "Owner", "Due", "Status"}, rows,
                    "No actions match these filters.");
  return body;
}

std::string action_detail_body(const ActionDetailData& data, const Principal& principal) {
  const Action& a = data.action;
  std::string body = back_link("/actions", "Back to the action log") + error_summary(data.errors) + "<h1>Action " +
                     html_escape(a.ref) + "</h1>";
  std::string rows = summary_row("Description", html_escape(a.description));
  rows += summary_row("Committee", data.committee ? html_escape(data.committee->name) : "");
  if (data.meeting)
    rows += summary_row("Meeting", "<a href=\"/meetings/" + std::to_string(data.meeting->id) + "\">" +
                                       html_escape(nhs_date(data.meeting->date)) + "</a>");
  if (!a.item_number.empty()) rows += summary_row("Item", html_escape(a.item_number));
  rows += summary_row("Owner", owner_cell(data.people, a.owner_id));
  rows += summary_row("Raised", html_escape(nhs_date(a.raised_on)));
  rows += summary_row("Due", a.due ? html_escape(nhs_date(*a.due)) : "No due date");
  rows += summary_row("Status", action_status_tags(a, data.today));
  if (a.closed_on) rows += summary_row("Closed", html_escape(nhs_date(*a.closed_on)));
  if (a.confidential) rows += summary_row("Confidential", "Yes, raised in a private item");
  body += summary_list(rows);

  body += "<h2>Updates</h2>";
  std::vector<std::vector<std::string>> updates;
  for (const auto& u : a.updates)
    updates.push_back({html_escape(nhs_short_date(u.date)), html_escape(u.by), html_escape(u.text)});
  body += nhs_table("", {"Date", "By", "Update"}, updates, "No updates yet.");

  if (data.can_update) {
    std::vector<Choice> statuses;
    for (const auto& [status, name] : EnumNames<ActionStatus>::values)
      statuses.push_back({std::string(name), action_status_label(status)});
    body += "<h2>Update this action</h2><form method=\"post\" action=\"" + action_path(a.id) + "/status\" novalidate>" +
            csrf_field(principal) +
            select("status", "Status", statuses, std::string(enum_name(data.form_status)), data.errors) +
            text_input("target", "Superseded by, consolidated into, or delegated to", data.form_target, data.errors,
                       "For superseded or consolidated: the other action's reference, like B257. For delegated: the "
                       "group's name.") +
            textarea("note", "Update", data.form_note, data.errors, "Recorded in the action's history.") +
            submit_button("Save update") + "</form>";
  }
  return body;
}

std::string action_form_body(const Committee& committee, const std::vector<Meeting>& meetings,
                             const std::vector<Person>& people, const Action& values, const FieldErrors& errors,
                             const Principal& principal) {
  const std::string meeting = values.meeting_id ? std::to_string(*values.meeting_id) : "";
  const std::string owner = values.owner_id ? std::to_string(*values.owner_id) : "";
  return back_link("/actions?committee=" + std::to_string(committee.id), "Back to the action log") +
         error_summary(errors) + "<h1>Add an action</h1><p>" + html_escape(committee.name) +
         "</p><form method=\"post\" action=\"/actions\" novalidate>" + csrf_field(principal) +
         "<input type=\"hidden\" name=\"committee\" value=\"" + std::to_string(committee.id) + "\">" +
         text_input("ref", "Reference", values.ref, errors, "The next free reference is filled in.") +
         select("meeting", "Meeting", meeting_choices(meetings, committee.id), meeting, errors) +
         text_input("item", "Agenda item", values.item_number, errors, "The item number, like 5.2") +
         textarea("description", "Action", values.description, errors) +
         select("owner", "Owner", people_choices(people, "Not assigned"), owner, errors) +
         date_input("raised_on", "Date raised",
                    find_error(errors, "raised_on") ? std::nullopt : std::optional<Date>(values.raised_on), errors) +
         date_input("due", "Due date", values.due, errors, "Leave blank when there is no deadline.") +
         checkbox("confidential", "Confidential (raised in a private item)", values.confidential, errors) +
         submit_button("Add action") + "</form>";
}

Action read_action_form(const httplib::Request& req, const Committee& committee, const std::vector<Meeting>& meetings,
                        const std::vector<Person>& people, FieldErrors& errors) {
  Action action;
  action.committee_id = committee.id;
  action.ref = form_value(req, "ref");
  std::vector<int64_t> meeting_ids, person_ids;
  for (const auto& m : meetings)
    if (m.committee_id == committee.id) meeting_ids.push_back(m.id);
  for (const auto& p : people) person_ids.push_back(p.id);
  action.meeting_id = read_choice_id(req, "meeting", meeting_ids, false,
                                     "Choose a meeting of " + committee.name + ", or none", errors);
  action.item_number = form_value(req, "item");
  action.description = form_value(req, "description");
  action.owner_id = read_choice_id(req, "owner", person_ids, false, "Choose the owner from the list", errors);
  if (const auto raised = read_date(req, "raised_on", "Date raised", true, errors)) action.raised_on = *raised;
  action.due = read_date(req, "due", "Due date", false, errors);
  action.confidential = form_checked(req, "confidential");
  return action;
}

}  // namespace ics::web
