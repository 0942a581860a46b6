#pragma once
// JSON forms of the governance records: what the API returns and what the audit trail keeps as
// "before" and "after". Dates are "YYYY-MM-DD", enums their canonical names (enum_names.h), absent
// optionals null. from_json throws std::invalid_argument naming the field for a wrong type, an unknown
// enum name or a bad date; fields left out keep the struct's defaults.
#include <nlohmann/json.hpp>

#include "domain/account.h"
#include "domain/action.h"
#include "domain/committee.h"
#include "domain/decision.h"
#include "domain/interest.h"
#include "domain/meeting.h"
#include "domain/paper.h"
#include "domain/person.h"

namespace ics {

void to_json(nlohmann::json& j, const Person& v);
void from_json(const nlohmann::json& j, Person& v);
void to_json(nlohmann::json& j, const Committee& v);
void from_json(const nlohmann::json& j, Committee& v);
void to_json(nlohmann::json& j, const Meeting& v);
void from_json(const nlohmann::json& j, Meeting& v);
void to_json(nlohmann::json& j, const Paper& v);
void from_json(const nlohmann::json& j, Paper& v);
void to_json(nlohmann::json& j, const Action& v);
void from_json(const nlohmann::json& j, Action& v);
void to_json(nlohmann::json& j, const Decision& v);
void from_json(const nlohmann::json& j, Decision& v);
void to_json(nlohmann::json& j, const Interest& v);
void from_json(const nlohmann::json& j, Interest& v);
// Accounts never carry their password hash into JSON.
void to_json(nlohmann::json& j, const Account& v);

}  // namespace ics
