#include "web/meeting_forms.h"

#include <algorithm>
#include <cctype>

#include "report/html_escape.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/meeting_page.h"

namespace ics::web {
namespace {

using report::html_escape;

template <class E>
std::vector<Choice> enum_choice_list() {
  std::vector<Choice> out;
  for (const auto& [value, name] : EnumNames<E>::values) {
    std::string label(name);
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    out.push_back({std::string(name), label});
  }
  return out;
}

// Reads a select of enum E; an unknown value is a field error naming the choices.
template <class E>
E read_enum(const httplib::Request& req, const std::string& field, const std::string& label, E fallback,
            FieldErrors& errors) {
  const std::string text = form_value(req, field);
  if (auto parsed = parse_enum<E>(text)) return *parsed;
  errors.push_back({field, "Choose " + label + ": " + enum_choices<E>()});
  return fallback;
}

std::string form_open(const std::string& action, const Principal& principal) {
  return "<form method=\"post\" action=\"" + html_escape(action) + "\" novalidate>" + csrf_field(principal);
}

std::string page_heading(const Committee& committee, const Meeting& meeting, const std::string& heading) {
  return back_link("/meetings/" + std::to_string(meeting.id), "Back to the meeting") +
         "<span class=\"nhsuk-caption-l\">" + html_escape(meeting_title(committee, meeting)) + "</span><h1>" +
         html_escape(heading) + "</h1>";
}

std::vector<std::string> split_leads(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string lead = text.substr(start, end - start);
    const auto first = lead.find_first_not_of(" \t");
    if (first != std::string::npos) out.push_back(lead.substr(first, lead.find_last_not_of(" \t") - first + 1));
    start = end + 1;
  }
  return out;
}

std::string join_leads(const std::vector<std::string>& leads) {
  std::string out;
  for (const auto& l : leads) out += (out.empty() ? "" : ", ") + l;
  return out;
}

std::vector<std::string> non_blank_lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    const auto first = line.find_first_not_of(" \t\r");
    if (first != std::string::npos) out.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
    start = end + 1;
  }
  return out;
}

}  // namespace

void merge_errors(FieldErrors& errors, const FieldErrors& more, const std::string& from_prefix) {
  for (FieldError e : more) {
    if (!from_prefix.empty() && e.field.rfind(from_prefix, 0) == 0) e.field = e.field.substr(from_prefix.size());
    if (!find_error(errors, e.field)) errors.push_back(e);
  }
}

std::string new_meeting_form_body(const Committee& committee, const Meeting& v, const std::string& date_text,
                                  const FieldErrors& errors, const Principal& principal) {
  std::string out = back_link("/committees/" + std::to_string(committee.id), committee.name) + error_summary(errors) +
                    "<span class=\"nhsuk-caption-l\">" + html_escape(committee.name) + "</span><h1>Add a meeting</h1>" +
                    form_open("/meetings", principal) + "<input type=\"hidden\" name=\"committee\" value=\"" +
                    std::to_string(committee.id) + "\">";
  out += text_input("date", "Date", date_text, errors, "For example, 2026-03-17", "date");
  out += text_input("start_time", "Start time", v.start_time, errors, "24-hour clock, like 09:30");
  out += text_input("end_time", "End time (optional)", v.end_time, errors, "Like 12:30");
  out += text_input("location", "Place", v.location, errors, "Room and address; leave blank if online only");
  out += text_input("video_link", "Video link (optional)", v.video_link, errors, "", "url");
  out += "<p>The agenda starts with the standing items: welcome and apologies, declarations of interest, the "
         "previous minutes, and matters arising.</p>";
  return out + submit_button("Add meeting") + "</form>";
}

Meeting read_new_meeting_form(const httplib::Request& req, int64_t committee_id, FieldErrors& errors) {
  Meeting m;
  m.committee_id = committee_id;
  if (auto date = read_date(req, "date", "Date", true, errors)) m.date = *date;
  m.start_time = read_text(req, "start_time", "Start time", true, errors);
  m.end_time = form_value(req, "end_time");
  m.location = form_value(req, "location");
  m.video_link = form_value(req, "video_link");
  if (!m.video_link.empty() && m.video_link.rfind("https://", 0) != 0)
    errors.push_back({"video_link", "Video link must start with https://"});
  return m;
}

std::string agenda_form_body(const Committee& committee, const Meeting& meeting, const AgendaItem& v,
                             const FieldErrors& errors, const Principal& principal) {
  std::string out = page_heading(committee, meeting, "Add an agenda item");
  std::vector<std::vector<std::string>> rows;
  for (const auto& item : meeting.agenda)
    rows.push_back({html_escape(item.number), html_escape(item.time), html_escape(item.title),
                    html_escape(std::string(enum_name(item.part)))});
  out += nhs_table("Current agenda", {"Item", "Time", "Title", "Part"}, rows, "The agenda is empty.");
  out += error_summary(errors) + form_open("/meetings/" + std::to_string(meeting.id) + "/agenda", principal);
  out += text_input("number", "Item number", v.number, errors, "Like 5 or 4.2; unique on this agenda");
  out += text_input("time", "Time (optional)", v.time, errors, "Like 10:05");
  out += text_input("section", "Section heading", v.section, errors, "Like Strategy and assurance");
  out += text_input("title", "Title", v.title, errors);
  out += text_input("paper_ref", "Paper reference (optional)", v.paper_ref, errors, "Like Enc B");
  out += text_input("leads", "Lead or leads", join_leads(v.leads), errors, "Separate names with commas");
  out += select("action", "Action requested", enum_choice_list<ActionRequested>(), std::string(enum_name(v.action)), errors);
  out += select("format", "Format", enum_choice_list<ItemFormat>(), std::string(enum_name(v.format)), errors);
  out += select("part", "Part of the meeting",
                {{"public", "Public part"}, {"private", "Private part (taken in confidence)"}},
                std::string(enum_name(v.part)), errors);
  return out + submit_button("Add item") + "</form>";
}

AgendaItem read_agenda_item_form(const httplib::Request& req, FieldErrors& errors) {
  AgendaItem item;
  item.number = read_text(req, "number", "Item number", true, errors);
  item.time = form_value(req, "time");
  item.section = form_value(req, "section");
  item.title = read_text(req, "title", "Title", true, errors);
  item.paper_ref = form_value(req, "paper_ref");
  item.leads = split_leads(form_value(req, "leads"));
  item.action = read_enum(req, "action", "the action requested", ActionRequested::Note, errors);
  item.format = read_enum(req, "format", "the format", ItemFormat::Attached, errors);
  item.part = read_enum(req, "part", "the part of the meeting", MeetingPart::Public, errors);
  return item;
}

std::vector<CommitteeMember> members_on(const Committee& committee, Date date) {
  std::vector<CommitteeMember> out;
  for (const auto& m : committee.members)
    if ((!m.from || *m.from <= date) && (!m.to || date <= *m.to)) out.push_back(m);
  return out;
}

std::string attendance_form_body(const Committee& committee, const Meeting& meeting, const std::vector<Person>& people,
                                 const std::vector<AttendanceRecord>& values, const FieldErrors& errors,
                                 const Principal& principal) {
  std::vector<Choice> statuses{{"", "Not recorded"}};
  for (auto& c : enum_choice_list<AttendanceStatus>()) statuses.push_back(c);
  std::string out = page_heading(committee, meeting, "Record attendance") + error_summary(errors) +
                    form_open("/meetings/" + std::to_string(meeting.id) + "/attendance", principal);
  const auto members = members_on(committee, meeting.date);
  if (members.empty()) out += "<p>The committee has no members on this date.</p>";
  for (const auto& member : members) {
    const std::string id = std::to_string(member.person_id);
    const auto record = std::find_if(values.begin(), values.end(),
                                     [&](const AttendanceRecord& r) { return r.person_id == member.person_id; });
    const std::string name = person_name(people, member.person_id);
    out += "<fieldset class=\"nhsuk-fieldset\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">" +
           html_escape(name) + " (" + html_escape(std::string(enum_name(member.role))) + ")</legend>";
    out += select("attendance-" + id, "Attendance", statuses,
                  record == values.end() ? "" : std::string(enum_name(record->status)), errors);
    out += text_input("deputy-" + id, "Deputy's name", record == values.end() ? "" : record->deputy_name, errors,
                      "Only when someone deputised");
    out += "</fieldset>";
  }
  return out + submit_button("Save attendance") + "</form>";
}

std::vector<AttendanceRecord> read_attendance_form(const httplib::Request& req, const Committee& committee, Date date,
                                                   FieldErrors& errors) {
  std::vector<AttendanceRecord> out;
  for (const auto& member : members_on(committee, date)) {
    const std::string id = std::to_string(member.person_id);
    const std::string status = form_value(req, "attendance-" + id);
    const std::string deputy = form_value(req, "deputy-" + id);
    if (status.empty()) {
      if (!deputy.empty()) errors.push_back({"attendance-" + id, "Choose deputy as the attendance, or clear the deputy's name"});
      continue;
    }
    AttendanceRecord record;
    record.person_id = member.person_id;
    record.status = read_enum(req, "attendance-" + id, "attendance", AttendanceStatus::Present, errors);
    record.deputy_name = deputy;
    if (record.status == AttendanceStatus::Deputy && deputy.empty())
      errors.push_back({"deputy-" + id, "Enter the name of the deputy"});
    if (record.status != AttendanceStatus::Deputy && !deputy.empty())
      errors.push_back({"deputy-" + id, "Only give a deputy's name when the attendance is deputy"});
    out.push_back(record);
  }
  return out;
}

std::string declaration_form_body(const Committee& committee, const Meeting& meeting, const std::vector<Person>& people,
                                  const Declaration& v, const FieldErrors& errors, const Principal& principal) {
  std::string out = page_heading(committee, meeting, "Record a declaration of interest");
  std::vector<std::vector<std::string>> rows;
  for (const auto& d : meeting.declarations)
    rows.push_back({html_escape(person_name(people, d.person_id)), html_escape(d.item_number), html_escape(d.description),
                    html_escape(std::string(enum_name(d.decision)))});
  out += nhs_table("Declarations already recorded", {"Person", "Item", "Interest", "Chair's decision"}, rows);
  std::vector<Choice> persons{{"", "Choose a person"}};
  for (const auto& p : people) persons.push_back({std::to_string(p.id), p.name});
  std::vector<Choice> items{{"", "Choose an item"}};
  for (const auto& item : meeting.agenda) items.push_back({item.number, item.number + ". " + item.title});
  out += error_summary(errors) + form_open("/meetings/" + std::to_string(meeting.id) + "/declarations", principal);
  out += select("person", "Person", persons, v.person_id ? std::to_string(v.person_id) : "", errors);
  out += select("item", "Agenda item", items, v.item_number, errors);
  out += textarea("description", "Interest declared", v.description, errors);
  out += select("decision", "Chair's decision", enum_choice_list<DeclarationDecision>(),
                std::string(enum_name(v.decision)), errors);
  return out + submit_button("Record declaration") + "</form>";
}

Declaration read_declaration_form(const httplib::Request& req, const std::vector<Person>& people, FieldErrors& errors) {
  Declaration d;
  const std::string person = form_value(req, "person");
  const auto id = parse_id(person);
  if (!id || !find_person(people, *id)) errors.push_back({"person", "Choose the person declaring the interest"});
  else d.person_id = *id;
  d.item_number = form_value(req, "item");
  if (d.item_number.empty()) errors.push_back({"item", "Choose an item on the agenda"});
  d.description = read_text(req, "description", "The interest declared", true, errors);
  d.decision = read_enum(req, "decision", "the chair's decision", DeclarationDecision::TakesPart, errors);
  return d;
}

std::string minutes_form_body(const Committee& committee, const Meeting& meeting, const FieldErrors& errors,
                              const Principal& principal) {
  std::string out = page_heading(committee, meeting, "Minutes") + error_summary(errors) +
                    form_open("/meetings/" + std::to_string(meeting.id) + "/minutes", principal);
  out += select("minutes_status", "Status of the minutes",
                {{"none", "Not started"}, {"draft", "Draft"}, {"approved", "Approved"}},
                std::string(enum_name(meeting.minutes_status)), errors,
                "Approved minutes are published; draft minutes are seen only by signed-in staff");
  if (meeting.agenda.empty()) out += "<p>Add agenda items first: minutes are recorded against them.</p>";
  for (const auto& item : meeting.agenda) {
    const auto entry = std::find_if(meeting.minutes.begin(), meeting.minutes.end(),
                                    [&](const MinuteEntry& e) { return e.item_number == item.number; });
    std::string resolutions;
    if (entry != meeting.minutes.end())
      for (const auto& r : entry->resolutions) resolutions += r + "\n";
    out += "<h2>" + html_escape(item.number + ". " + item.title) + "</h2>";
    out += textarea("minutes-" + item.number, "Minute", entry == meeting.minutes.end() ? "" : entry->text, errors, "", 5);
    out += textarea("resolutions-" + item.number, "Resolutions", resolutions, errors,
                    "One per line, without \"Resolved:\"", 2);
  }
  return out + submit_button("Save minutes") + "</form>";
}

void read_minutes_form(const httplib::Request& req, Meeting& meeting, FieldErrors& errors) {
  meeting.minutes_status = read_enum(req, "minutes_status", "the status of the minutes", meeting.minutes_status, errors);
  std::vector<MinuteEntry> minutes;
  for (const auto& item : meeting.agenda) {
    MinuteEntry entry;
    entry.item_number = item.number;
    entry.text = form_value(req, "minutes-" + item.number);
    entry.resolutions = non_blank_lines(form_value(req, "resolutions-" + item.number));
    if (!entry.text.empty() || !entry.resolutions.empty()) minutes.push_back(std::move(entry));
  }
  if (meeting.minutes_status != MinutesStatus::None && minutes.empty())
    errors.push_back({"minutes_status", "Write the minute of at least one item before marking the minutes " +
                                            std::string(enum_name(meeting.minutes_status))});
  meeting.minutes = std::move(minutes);
}

}  // namespace ics::web
