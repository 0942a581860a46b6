#pragma once
// Pieces the action, decision and interest pages share: choosing people and meetings in forms, and
// naming a meeting in a table cell.
#include <httplib.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/field_errors.h"
#include "domain/committee.h"
#include "domain/meeting.h"
#include "domain/person.h"
#include "web/forms.h"

namespace ics::web {

// One choice per person ("Ada Chair, Chair"), after a first "none" choice labelled `none_label`
// (left out when it is "").
std::vector<Choice> people_choices(const std::vector<Person>& people, const std::string& none_label);
// The committee's meetings, newest first ("3 Mar 2026"), after a "Not raised at a meeting" choice.
std::vector<Choice> meeting_choices(const std::vector<Meeting>& meetings, int64_t committee_id);

// Reads a select holding a record id: nullopt when blank (allowed unless required), or the id when it
// is one of `known_ids`; otherwise adds `message` as the field's error.
std::optional<int64_t> read_choice_id(const httplib::Request& req, const std::string& field,
                                      const std::vector<int64_t>& known_ids, bool required, const std::string& message,
                                      FieldErrors& errors);

const Meeting* find_meeting(const std::vector<Meeting>& meetings, int64_t id);
// A link to the meeting: "ICSB 3 Mar 2026" (escaped HTML); "" when the meeting is unknown.
std::string meeting_link(const std::vector<Meeting>& meetings, const std::vector<Committee>& committees,
                         const std::optional<int64_t>& meeting_id);
// The date or an en dash, for table cells.
std::string short_date_or_dash(const std::optional<Date>& date);
// The first letter in upper case ("non-financial personal" -> "Non-financial personal").
std::string sentence_case(std::string_view text);

}  // namespace ics::web
