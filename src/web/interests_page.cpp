#include "web/interests_page.h"

#include "governance/interest_review.h"
#include "report/html_escape.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/log_form_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

std::string role_and_organisation(const Person* person, const std::vector<Organisation>& organisations) {
  if (!person) return "";
  std::string org = person->org_code;
  for (const auto& o : organisations)
    if (o.code == person->org_code) org = o.name;
  if (person->job_title.empty()) return html_escape(org);
  return html_escape(org.empty() ? person->job_title : person->job_title + ", " + org);
}

std::string confirm_button(const Interest& interest, const Principal& principal) {
  return "<form method=\"post\" action=\"/interests/" + std::to_string(interest.id) + "/confirm\">" +
         csrf_field(principal) +
         "<button class=\"nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0\" type=\"submit\">Confirm "
         "still correct</button></form>";
}

std::string register_table(const InterestsPageData& data, const std::vector<const Interest*>& entries, bool current,
                           const std::string& caption, const std::string& empty_text) {
  bool any_button = false;
  for (const Interest* i : entries)
    any_button |= current && may_manage_interests_of(data.principal, i->person_id);
  std::vector<std::string> headers{"Name", "Role/organisation", "Type", "Description", "From", "To", "Last confirmed",
                                   "Review due"};
  if (any_button) headers.push_back("Review");
  std::vector<std::vector<std::string>> rows;
  for (const Interest* i : entries) {
    std::string review = "\u2013";
    if (current) {
      review = html_escape(nhs_short_date(governance::interest_review_due(*i)));
      if (governance::interest_review_overdue(*i, data.today)) {
        review += ' ';
        review += nhs_tag("Review overdue", "red");
      }
    }
    std::vector<std::string> row{html_escape(person_name(data.people, i->person_id)),
                                 role_and_organisation(find_person(data.people, i->person_id), data.organisations),
                                 html_escape(sentence_case(enum_name(i->type))),
                                 html_escape(i->description),
                                 short_date_or_dash(i->from),
                                 short_date_or_dash(i->to),
                                 i->last_confirmed ? nhs_short_date(*i->last_confirmed) : "Not yet confirmed",
                                 review};
    if (any_button)
      row.push_back(may_manage_interests_of(data.principal, i->person_id) ? confirm_button(*i, data.principal) : "");
    rows.push_back(std::move(row));
  }
  return nhs_table(caption, headers, rows, empty_text);
}

}  // namespace

bool may_manage_interests_of(const Principal& principal, int64_t person_id) {
  if (can_edit_governance(principal.role)) return true;
  return principal.role == Role::Member && principal.account && principal.account->person_id == person_id;
}

std::string interests_body(const InterestsPageData& data) {
  std::vector<const Interest*> current, past;
  for (const auto& i : data.interests) (governance::interest_is_current(i, data.today) ? current : past).push_back(&i);
  std::string body =
      "<h1>Register of interests</h1><p>Interests declared by members of the board and its committees. Each entry is "
      "confirmed every six months.</p>";
  const bool may_declare =
      can_edit_governance(data.principal.role) ||
      (data.principal.role == Role::Member && data.principal.account && data.principal.account->person_id);
  if (may_declare)
    body += "<p><a class=\"nhsuk-button nhsuk-button--secondary\" href=\"/interests/new\">Declare an interest</a></p>";
  body += "<h2>Current interests</h2>" +
          register_table(data, current, true, "Current interests", "No current interests are declared.");
  body += "<h2>Past interests</h2>" + register_table(data, past, false, "Past interests", "No past interests.");
  return body;
}

std::string interest_form_body(const std::vector<Person>& people, const Interest& values, const FieldErrors& errors,
                               const Principal& principal) {
  std::string person;
  if (people.size() == 1) {
    person = "<input type=\"hidden\" name=\"person_id\" value=\"" + std::to_string(people.front().id) + "\"><p>For " +
             html_escape(people.front().name) + "</p>";
  } else {
    person = select("person_id", "Person", people_choices(people, "Choose a person"),
                    values.person_id ? std::to_string(values.person_id) : "", errors);
  }
  std::vector<Choice> types;
  for (const auto& [type, name] : EnumNames<InterestType>::values)
    types.push_back({std::string(name), sentence_case(name)});
  return back_link("/interests", "Back to the register of interests") + error_summary(errors) +
         "<h1>Declare an interest</h1><form method=\"post\" action=\"/interests\" novalidate>" + csrf_field(principal) +
         person + select("type", "Type of interest", types, std::string(enum_name(values.type)), errors) +
         textarea("description", "Description", values.description, errors,
                  "The organisation and the nature of the interest.") +
         date_input("from", "Interest began", values.from, errors, "Leave blank if not known.") +
         date_input("to", "Interest ended", values.to, errors, "Leave blank while it continues.") +
         submit_button("Declare interest") + "</form>";
}

Interest read_interest_form(const httplib::Request& req, const std::vector<Person>& people, FieldErrors& errors) {
  Interest interest;
  std::vector<int64_t> ids;
  for (const auto& p : people) ids.push_back(p.id);
  if (const auto id = read_choice_id(req, "person_id", ids, true, "Choose the person from the list", errors))
    interest.person_id = *id;
  const std::string type = form_value(req, "type");
  if (const auto parsed = parse_enum<InterestType>(type)) interest.type = *parsed;
  else errors.push_back({"type", "Choose the type of interest: " + enum_choices<InterestType>()});
  interest.description = form_value(req, "description");
  interest.from = read_date(req, "from", "Date the interest began", false, errors);
  interest.to = read_date(req, "to", "Date the interest ended", false, errors);
  return interest;
}

}  // namespace ics::web
