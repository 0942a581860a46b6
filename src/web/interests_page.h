#pragma once
// The register of interests (published: the public reads it) with each entry's six-monthly review,
// and the form members use to declare their own interests (the secretariat, anyone's).
#include <httplib.h>

#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/field_errors.h"
#include "domain/interest.h"
#include "domain/organisation.h"
#include "domain/person.h"
#include "web/auth.h"

namespace ics::web {

struct InterestsPageData {
  std::vector<Interest> interests;
  std::vector<Person> people;
  std::vector<Organisation> organisations;
  Date today;
  Principal principal;  // decides which entries show a "Confirm" button, and carries the CSRF token
};
// Current interests, then past ones: Name | Role/organisation | Type | Description | From | To |
// Last confirmed | Review due.
std::string interests_body(const InterestsPageData& data);

// True when the principal may declare or confirm interests of `person_id`: the secretariat and admins
// for anyone, a member for the person their account is.
bool may_manage_interests_of(const Principal& principal, int64_t person_id);

// The declaration form. `people` is whom the caller may declare for: one person shows their name
// rather than a choice.
std::string interest_form_body(const std::vector<Person>& people, const Interest& values, const FieldErrors& errors,
                               const Principal& principal);
// Reads the form; the person must be one of `people`.
Interest read_interest_form(const httplib::Request& req, const std::vector<Person>& people, FieldErrors& errors);

}  // namespace ics::web
