#include "web/committee_page.h"

#include <cmath>

#include "report/html_escape.h"
#include "web/governance_view_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

std::string meeting_link(const Meeting& m) {
  return "<a class=\"nhsuk-link\" href=\"/meetings/" + std::to_string(m.id) + "\">" + html_escape(nhs_date(m.date)) +
         "</a>";
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

std::string plural(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string organisation_name(const std::vector<Organisation>& orgs, const std::string& code) {
  if (code.empty()) return "Independent";
  for (const auto& o : orgs)
    if (o.code == code) return o.name;
  return code;
}

std::string members_table(const CommitteePageData& d) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& member : d.committee.members) {
    const Person* p = find_person(d.people, member.person_id);
    std::string dates;
    if (member.from) dates += "from " + nhs_short_date(*member.from);
    if (member.to) dates += std::string(dates.empty() ? "" : " ") + "to " + nhs_short_date(*member.to);
    rows.push_back({html_escape(p ? p->name : person_name(d.people, member.person_id)),
                    html_escape(p ? p->job_title : ""), html_escape(organisation_name(d.organisations, p ? p->org_code : "")),
                    html_escape(std::string(enum_name(member.role))), html_escape(dates)});
  }
  return nhs_table("Members", {"Name", "Job title", "Organisation", "Role", "Membership"}, rows,
                   "No members are recorded.");
}

std::string attendance_table(const CommitteePageData& d) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : d.attendance) {
    const std::string state = a.meetings == 0        ? nhs_tag("No meetings yet", "grey")
                              : a.meets_requirement ? nhs_tag("Meets requirement", "green")
                                                    : nhs_tag("Below requirement", "red");
    rows.push_back({html_escape(person_name(d.people, a.person_id)), std::to_string(a.meetings),
                    std::to_string(a.attended), std::to_string(a.deputised),
                    a.meetings == 0 ? "–" : percent(a.rate), state});
  }
  return nhs_table("Attendance over the last 12 months (required: " + percent(d.committee.required_attendance) + ")",
                   {"Member", "Meetings", "Attended", "Sent a deputy", "Rate", "Against requirement"}, rows,
                   "No voting members to report.");
}

std::string meetings_table(const CommitteePageData& d) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : d.meetings) {
    std::string time = m.start_time + (m.end_time.empty() ? "" : " to " + m.end_time);
    std::string state;
    if (m.cancelled) state = nhs_tag("Cancelled", "grey");
    else if (m.date >= d.today) state = nhs_tag("Upcoming", "blue");
    else state = nhs_tag("Held", "white");
    rows.push_back({meeting_link(m), html_escape(time), html_escape(m.location.empty() ? "Online" : m.location), state});
  }
  return nhs_table("Meetings", {"Date", "Time", "Place", "Status"}, rows, "No meetings are recorded.");
}

}  // namespace

std::string quorum_in_words(const QuorumRule& rule) {
  std::string out = "At least " + plural(rule.min_members, "voting member", "voting members");
  if (rule.min_organisations > 0)
    out += " from at least " + plural(rule.min_organisations, "partner organisation", "partner organisations");
  if (rule.chair_or_vice_required) out += ", including the chair or vice-chair";
  out += ". ";
  out += rule.deputies_count ? "Deputies count towards quorum." : "Deputies do not count towards quorum.";
  return out;
}

std::string committees_index_body(const std::vector<Committee>& committees, const std::vector<Meeting>& meetings,
                                  Date today) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : committees) {
    const Meeting* next = nullptr;
    for (const auto& m : meetings)
      if (m.committee_id == c.id && !m.cancelled && m.date >= today && (!next || m.date < next->date)) next = &m;
    const std::string parent = c.reports_to ? committee_name(committees, *c.reports_to) : "";
    rows.push_back({"<a class=\"nhsuk-link\" href=\"/committees/" + std::to_string(c.id) + "\">" + html_escape(c.name) +
                        "</a>",
                    parent.empty() ? "–" : html_escape(parent), html_escape(c.frequency),
                    next ? meeting_link(*next) : "None scheduled"});
  }
  return "<h1>Committees</h1><p>The board and the committees that report to it, with their terms of reference, "
         "meetings and attendance.</p>" +
         nhs_table("", {"Committee", "Reports to", "Meets", "Next meeting"}, rows, "No committees are recorded.");
}

std::string committee_body(const CommitteePageData& d) {
  const Committee& c = d.committee;
  std::string out = back_link("/committees", "All committees") + "<h1>" + html_escape(c.name) + "</h1>";
  if (d.can_edit)
    out += "<p><a class=\"nhsuk-button nhsuk-button--secondary\" href=\"/meetings/new?committee=" +
           std::to_string(c.id) + "\">Add a meeting</a></p>";

  const std::string parent = c.reports_to ? committee_name(d.committees, *c.reports_to) : "";
  std::string terms;
  terms += summary_row("Purpose", html_escape(c.purpose.empty() ? "Not recorded" : c.purpose));
  terms += summary_row("Reports to", parent.empty() ? "–"
                                                    : "<a class=\"nhsuk-link\" href=\"/committees/" +
                                                          std::to_string(*c.reports_to) + "\">" + html_escape(parent) +
                                                          "</a>");
  terms += summary_row("Meets", html_escape(c.frequency) + (c.meets_in_public ? ", in public" : ", in private"));
  terms += summary_row("Quorum", html_escape(quorum_in_words(c.quorum)));
  terms += summary_row("Required attendance",
                       "Each member is expected to attend " + percent(c.required_attendance) + " of meetings");
  terms += summary_row(
      "Paper cycle",
      html_escape("Agenda items agreed " + plural(c.paper_cycle.items_agreed_before, "working day", "working days") +
                  " before the meeting; papers circulated " +
                  plural(c.paper_cycle.papers_out_before, "working day", "working days") +
                  " before; draft minutes to the chair within " +
                  plural(c.paper_cycle.draft_minutes_after, "working day", "working days") + " after."));
  out += "<h2>Terms of reference</h2>" + summary_list(terms);
  out += members_table(d);
  out += "<h2>Meetings</h2>" + meetings_table(d);
  out += "<h2>Attendance</h2>" + attendance_table(d);
  const std::string id = std::to_string(c.id);
  out += "<ul class=\"nhsuk-list\"><li><a class=\"nhsuk-link\" href=\"/committees/" + id +
         "/attendance\">Attendance matrix for the last 12 months</a></li><li><a class=\"nhsuk-link\" href=\"/actions?committee=" +
         id + "\">Action log</a></li><li><a class=\"nhsuk-link\" href=\"/decisions?committee=" + id +
         "\">Decision log</a></li></ul>";
  return out;
}

}  // namespace ics::web
