#include "web/log_form_helpers.h"

#include <algorithm>
#include <cctype>

#include "report/html_escape.h"
#include "web/governance_view_helpers.h"

namespace ics::web {

std::vector<Choice> people_choices(const std::vector<Person>& people, const std::string& none_label) {
  std::vector<Choice> out;
  if (!none_label.empty()) out.push_back({"", none_label});
  for (const auto& p : people)
    out.push_back({std::to_string(p.id), p.job_title.empty() ? p.name : p.name + ", " + p.job_title});
  return out;
}

std::vector<Choice> meeting_choices(const std::vector<Meeting>& meetings, int64_t committee_id) {
  std::vector<Choice> out{{"", "Not raised at a meeting"}};
  for (auto it = meetings.rbegin(); it != meetings.rend(); ++it)
    if (it->committee_id == committee_id) out.push_back({std::to_string(it->id), nhs_short_date(it->date)});
  return out;
}

std::optional<int64_t> read_choice_id(const httplib::Request& req, const std::string& field,
                                      const std::vector<int64_t>& known_ids, bool required, const std::string& message,
                                      FieldErrors& errors) {
  const std::string text = form_value(req, field);
  if (text.empty() && !required) return std::nullopt;
  const auto id = parse_id(text);
  if (!id || std::find(known_ids.begin(), known_ids.end(), *id) == known_ids.end()) {
    errors.push_back({field, message});
    return std::nullopt;
  }
  return id;
}

const Meeting* find_meeting(const std::vector<Meeting>& meetings, int64_t id) {
  for (const auto& m : meetings)
    if (m.id == id) return &m;
  return nullptr;
}

std::string meeting_link(const std::vector<Meeting>& meetings, const std::vector<Committee>& committees,
                         const std::optional<int64_t>& meeting_id) {
  if (!meeting_id) return "";
  const Meeting* meeting = find_meeting(meetings, *meeting_id);
  if (!meeting) return "";
  std::string code;
  for (const auto& c : committees)
    if (c.id == meeting->committee_id) code = c.code;
  const std::string text = code.empty() ? nhs_short_date(meeting->date) : code + " " + nhs_short_date(meeting->date);
  return "<a href=\"/meetings/" + std::to_string(meeting->id) + "\">" + report::html_escape(text) + "</a>";
}

std::string short_date_or_dash(const std::optional<Date>& date) {
  return date ? nhs_short_date(*date) : "\u2013";
}

std::string sentence_case(std::string_view text) {
  std::string out(text);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace ics::web
