#include "web/meeting_page.h"

#include "governance/action_lifecycle.h"
#include "report/html_escape.h"
#include "web/governance_view_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string capitalised(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string paper_link(const Paper& paper) {
  const std::string text = paper.enclosure_ref.empty() ? paper.title : paper.enclosure_ref;
  return "<a class=\"nhsuk-link\" href=\"/papers/" + std::to_string(paper.id) + "\">" + html_escape(text) + "</a>";
}

std::string header_section(const MeetingPageData& d) {
  const Meeting& m = d.meeting;
  std::string rows;
  rows += summary_row("Committee", "<a class=\"nhsuk-link\" href=\"/committees/" + std::to_string(d.committee.id) +
                                       "\">" + html_escape(d.committee.name) + "</a>");
  rows += summary_row("Date", html_escape(nhs_date(m.date)) + (m.cancelled ? " " + nhs_tag("Cancelled", "grey") : ""));
  rows += summary_row("Time", html_escape(m.start_time + (m.end_time.empty() ? "" : " to " + m.end_time)));
  rows += summary_row("Place", html_escape(m.location.empty() ? "Online only" : m.location));
  // Only web addresses become links, so a stored "javascript:" link can never run.
  const bool web_link = m.video_link.rfind("https://", 0) == 0 || m.video_link.rfind("http://", 0) == 0;
  if (web_link)
    rows += summary_row("Video link", "<a class=\"nhsuk-link\" href=\"" + html_escape(m.video_link) +
                                          "\" rel=\"noopener noreferrer\">" + html_escape(m.video_link) + "</a>");
  else if (!m.video_link.empty())
    rows += summary_row("Video link", html_escape(m.video_link));
  std::string cycle;
  cycle += summary_row("Agenda items agreed by", html_escape(nhs_date(d.cycle.items_agreed_by)));
  cycle += summary_row("Papers circulated by", html_escape(nhs_date(d.cycle.papers_out_by)));
  cycle += summary_row("Draft minutes to the chair by", html_escape(nhs_date(d.cycle.draft_minutes_by)));
  return summary_list(rows) + "<h2>Paper cycle</h2>" + summary_list(cycle);
}

std::string agenda_part(const MeetingPageData& d, MeetingPart part) {
  std::string body;
  std::string section;
  bool any = false;
  for (const auto& item : d.meeting.agenda) {
    if (item.part != part) continue;
    any = true;
    if (item.section != section && !item.section.empty())
      body += "<tr class=\"nhsuk-table__row\"><th scope=\"rowgroup\" colspan=\"7\" class=\"nhsuk-table__header\">" +
              html_escape(item.section) + "</th></tr>";
    section = item.section;
    const Paper* paper = paper_for_item(d.papers, item);
    // A paper the caller may not see is not linked; the agenda's own reference text still shows.
    const std::string paper_cell = paper ? paper_link(*paper) : html_escape(item.paper_ref);
    body += "<tr class=\"nhsuk-table__row\" id=\"item-" + html_escape(item.number) + "\">";
    for (const std::string& cell :
         {html_escape(item.number), html_escape(item.time), html_escape(item.title), paper_cell,
          html_escape(join(item.leads, ", ")), html_escape(capitalised(enum_name(item.action))),
          html_escape(capitalised(enum_name(item.format)))})
      body += "<td class=\"nhsuk-table__cell\">" + cell + "</td>";
    body += "</tr>";
  }
  if (!any) return "";
  const std::string heading = part == MeetingPart::Public ? "Public part" : "Private part (taken in confidence)";
  std::string out = "<h3>" + heading + "</h3><table class=\"nhsuk-table\"><thead class=\"nhsuk-table__head\"><tr "
                    "class=\"nhsuk-table__row\">";
  for (const char* h : {"Item", "Time", "Title", "Paper", "Lead", "Action requested", "Format"})
    out += std::string("<th scope=\"col\" class=\"nhsuk-table__header\">") + h + "</th>";
  return out + "</tr></thead><tbody class=\"nhsuk-table__body\">" + body + "</tbody></table>";
}

std::string papers_section(const MeetingPageData& d) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : d.papers) {
    std::string tags;
    if (p.confidential) tags += nhs_tag("Confidential", "red") + " ";
    if (p.draft) tags += nhs_tag("Draft", "grey");
    rows.push_back({html_escape(p.enclosure_ref),
                    "<a class=\"nhsuk-link\" href=\"/papers/" + std::to_string(p.id) + "\">" + html_escape(p.title) + "</a>",
                    html_escape(p.item_number), html_escape(capitalised(enum_name(p.purpose))), tags});
  }
  return nhs_table("", {"Enclosure", "Title", "Item", "For the board to", ""}, rows, "No papers yet.");
}

std::string matters_arising_section(const MeetingPageData& d) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : d.matters_arising) {
    std::string status = html_escape(capitalised(enum_name(a.status)));
    if (!a.status_target.empty()) {
      status += " (";
      status += html_escape(a.status_target);
      status += ")";
    }
    if (governance::is_overdue(a, d.today)) {
      status += ' ';
      status += nhs_tag("Overdue", "red");
    }
    rows.push_back({html_escape(a.ref), html_escape(a.description),
                    a.owner_id ? html_escape(person_name(d.people, *a.owner_id)) : "–",
                    a.due ? html_escape(nhs_short_date(*a.due)) : "–", status});
  }
  return nhs_table("", {"Ref", "Action", "Owner", "Due", "Status"}, rows, "No matters arising.");
}

std::string attendance_section(const MeetingPageData& d) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : d.meeting.attendance) {
    std::string role = "Not a member";
    for (const auto& member : d.committee.members)
      if (member.person_id == r.person_id) role = capitalised(enum_name(member.role));
    std::string status = capitalised(enum_name(r.status));
    if (r.status == AttendanceStatus::Deputy && !r.deputy_name.empty()) status += ": " + r.deputy_name;
    rows.push_back({html_escape(person_name(d.people, r.person_id)), html_escape(role), html_escape(status)});
  }
  std::string out = nhs_table("", {"Name", "Role", "Attendance"}, rows, "Attendance has not been recorded yet.");
  if (d.quorum) {
    out += "<h3>Quorum</h3>";
    if (d.quorum->quorate) {
      out += "<p>" + nhs_tag("Quorate", "green") + "</p>";
    } else {
      out += "<p>" + nhs_tag("Not quorate", "red") + "</p><ul class=\"nhsuk-list nhsuk-list--bullet\">";
      for (const auto& s : d.quorum->shortfalls) out += "<li>" + html_escape(s) + "</li>";
      out += "</ul>";
    }
    out += "<p>" + std::to_string(d.quorum->members_present) + " voting members present from " +
           std::to_string(d.quorum->organisations_present) + " organisations; chair or vice-chair " +
           (d.quorum->chair_or_vice_present ? "present" : "not present") + ".</p>";
  }
  return out;
}

std::string declarations_section(const MeetingPageData& d) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& dec : d.meeting.declarations)
    rows.push_back({html_escape(person_name(d.people, dec.person_id)), html_escape(dec.item_number),
                    html_escape(dec.description), html_escape(capitalised(enum_name(dec.decision)))});
  return nhs_table("", {"Person", "Item", "Interest declared", "Chair's decision"}, rows, "No declarations recorded.");
}

std::string minutes_section(const MeetingPageData& d) {
  const Meeting& m = d.meeting;
  if (m.minutes.empty()) return "<p>No minutes yet.</p>";
  std::string out;
  if (m.minutes_status == MinutesStatus::Draft) out += "<p>" + nhs_tag("Draft", "grey") + " Not yet approved.</p>";
  else if (m.minutes_status == MinutesStatus::Approved) out += "<p>" + nhs_tag("Approved", "green") + "</p>";
  for (const auto& entry : m.minutes) {
    std::string title;
    for (const auto& item : m.agenda)
      if (item.number == entry.item_number) title = item.title;
    out += "<h3>" + html_escape(entry.item_number + (title.empty() ? "" : ". " + title)) + "</h3>" +
           paragraphs(entry.text);
    for (const auto& r : entry.resolutions) out += "<p><strong>Resolved:</strong> " + html_escape(r) + "</p>";
  }
  return out;
}

std::string editor_links(const MeetingPageData& d) {
  const std::string base = "/meetings/" + std::to_string(d.meeting.id);
  std::string out = "<ul class=\"nhsuk-list\">";
  for (const auto& [href, text] :
       std::vector<std::pair<std::string, std::string>>{{base + "/agenda", "Add an agenda item"},
                                                        {"/papers/new?meeting=" + std::to_string(d.meeting.id), "Add a paper"},
                                                        {base + "/attendance", "Record attendance"},
                                                        {base + "/declarations", "Record a declaration of interest"},
                                                        {base + "/minutes", "Write the minutes"},
                                                        {"/actions/new?committee=" + std::to_string(d.meeting.committee_id) +
                                                             "&meeting=" + std::to_string(d.meeting.id),
                                                         "Add an action"},
                                                        {"/decisions/new?committee=" + std::to_string(d.meeting.committee_id) +
                                                             "&meeting=" + std::to_string(d.meeting.id),
                                                         "Record a decision"}})
    out += "<li><a class=\"nhsuk-link\" href=\"" + html_escape(href) + "\">" + html_escape(text) + "</a></li>";
  return out + "</ul>";
}

}  // namespace

const Paper* paper_for_item(const std::vector<Paper>& papers, const AgendaItem& item) {
  for (const auto& p : papers)
    if (!p.item_number.empty() && p.item_number == item.number) return &p;
  for (const auto& p : papers)
    if (!item.paper_ref.empty() && p.enclosure_ref == item.paper_ref) return &p;
  return nullptr;
}

std::string paragraphs(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) out += "<p>" + html_escape(line) + "</p>";
    start = end + 1;
  }
  return out;
}

std::string meeting_title(const Committee& committee, const Meeting& meeting) {
  return committee.name + ", " + nhs_date(meeting.date);
}

std::string meeting_body(const MeetingPageData& d) {
  std::string out = back_link("/committees/" + std::to_string(d.committee.id), d.committee.name) + "<h1>" +
                    html_escape(meeting_title(d.committee, d.meeting)) + "</h1>";
  out += header_section(d);
  if (d.can_edit) out += "<h2>Secretariat</h2>" + editor_links(d);
  out += "<h2 id=\"agenda\">Agenda</h2>";
  const std::string agenda = agenda_part(d, MeetingPart::Public) + agenda_part(d, MeetingPart::Private);
  out += agenda.empty() ? "<p>No agenda items yet.</p>" : agenda;
  out += "<h2 id=\"papers\">Papers</h2>" + papers_section(d);
  out += "<h2 id=\"matters-arising\">Matters arising</h2>" + matters_arising_section(d);
  out += "<h2 id=\"attendance\">Attendance</h2>" + attendance_section(d);
  out += "<h2 id=\"declarations\">Declarations of interest</h2>" + declarations_section(d);
  out += "<h2 id=\"minutes\">Minutes</h2>" + minutes_section(d);
  return out;
}

}  // namespace ics::web
