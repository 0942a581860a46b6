#include "web/decision_log_page.h"

#include "report/html_escape.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/log_form_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

std::string committee_filter_form(const DecisionLogData& data) {
  std::vector<Choice> committees{{"", "All committees"}};
  for (const auto& c : data.committees) committees.push_back({std::to_string(c.id), c.name});
  const std::string selected = data.committee_filter ? std::to_string(*data.committee_filter) : "";
  return "<form method=\"get\" action=\"/decisions\" class=\"ics-filters\">" +
         select("committee", "Committee", committees, selected, {}) + submit_button("Apply filter") + "</form>";
}

}  // namespace

std::string decision_log_body(const DecisionLogData& data) {
  std::string body = "<h1>Decision log</h1>";
  if (data.can_add) {
    std::optional<int64_t> committee = data.committee_filter;
    if (!committee && !data.committees.empty()) committee = data.committees.front().id;
    if (committee)
      body += "<p><a class=\"nhsuk-button nhsuk-button--secondary\" href=\"/decisions/new?committee=" +
              std::to_string(*committee) + "\">Add a decision</a></p>";
  }
  body += committee_filter_form(data);
  std::vector<std::vector<std::string>> rows;
  for (const auto& d : data.decisions) {
    std::string text = "<strong>" + html_escape(d.title) + "</strong><br>" + html_escape(d.decision);
    if (d.confidential) {
      text += ' ';
      text += nhs_tag("Confidential", "grey");
    }
    rows.push_back({"<a href=\"/decisions/" + std::to_string(d.id) + "\">" + html_escape(d.ref) + "</a>",
                    html_escape(nhs_short_date(d.date)), meeting_link(data.meetings, data.committees, d.meeting_id),
                    text});
  }
  return body + nhs_table("Decisions", {"Ref", "Date", "Meeting", "Decision"}, rows, "No decisions recorded.");
}

std::string decision_detail_body(const Decision& d, const std::vector<Committee>& committees,
                                 const std::vector<Meeting>& meetings) {
  std::string rows = summary_row("Title", html_escape(d.title));
  rows += summary_row("Decision", html_escape(d.decision));
  rows += summary_row("Date", html_escape(nhs_date(d.date)));
  rows += summary_row("Committee", html_escape(committee_name(committees, d.committee_id)));
  const std::string meeting = meeting_link(meetings, committees, d.meeting_id);
  if (!meeting.empty()) rows += summary_row("Meeting", meeting);
  if (!d.item_number.empty()) rows += summary_row("Item", html_escape(d.item_number));
  if (d.confidential) rows += summary_row("Confidential", "Yes, taken in a private item");
  return back_link("/decisions", "Back to the decision log") + "<h1>Decision " + html_escape(d.ref) + "</h1>" +
         summary_list(rows);
}

std::string decision_form_body(const Committee& committee, const std::vector<Meeting>& meetings, const Decision& values,
                               const FieldErrors& errors, const Principal& principal) {
  const std::string meeting = values.meeting_id ? std::to_string(*values.meeting_id) : "";
  const std::optional<Date> date = find_error(errors, "date") ? std::nullopt : std::optional<Date>(values.date);
  return back_link("/decisions?committee=" + std::to_string(committee.id), "Back to the decision log") +
         error_summary(errors) + "<h1>Add a decision</h1><p>" + html_escape(committee.name) +
         "</p><form method=\"post\" action=\"/decisions\" novalidate>" + csrf_field(principal) +
         "<input type=\"hidden\" name=\"committee\" value=\"" + std::to_string(committee.id) + "\">" +
         text_input("ref", "Reference", values.ref, errors, "The next free reference is filled in.") +
         select("meeting", "Meeting", meeting_choices(meetings, committee.id), meeting, errors) +
         text_input("item", "Agenda item", values.item_number, errors) + date_input("date", "Date", date, errors) +
         text_input("title", "Title", values.title, errors) +
         textarea("decision", "Decision", values.decision, errors, "The resolution as minuted.") +
         checkbox("confidential", "Confidential (taken in a private item)", values.confidential, errors) +
         submit_button("Add decision") + "</form>";
}

Decision read_decision_form(const httplib::Request& req, const Committee& committee,
                            const std::vector<Meeting>& meetings, FieldErrors& errors) {
  Decision d;
  d.committee_id = committee.id;
  d.ref = form_value(req, "ref");
  std::vector<int64_t> meeting_ids;
  for (const auto& m : meetings)
    if (m.committee_id == committee.id) meeting_ids.push_back(m.id);
  d.meeting_id =
      read_choice_id(req, "meeting", meeting_ids, false, "Choose a meeting of " + committee.name + ", or none", errors);
  d.item_number = form_value(req, "item");
  if (const auto date = read_date(req, "date", "Date", true, errors)) d.date = *date;
  d.title = form_value(req, "title");
  d.decision = form_value(req, "decision");
  d.confidential = form_checked(req, "confidential");
  return d;
}

}  // namespace ics::web
