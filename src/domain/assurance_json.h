#pragma once
// JSON forms of the assurance and finance records, as the API returns them and the audit trail keeps
// them; same conventions as governance_json.h (dates "YYYY-MM-DD", months "YYYY-MM", enums by canonical
// name, absent optionals null, money as integer pence in fields ending "_pence"). from_json throws
// std::invalid_argument naming the field.
#include <nlohmann/json.hpp>

#include "domain/deliverable.h"
#include "domain/finance.h"
#include "domain/programme.h"
#include "domain/risk.h"

namespace ics {

void to_json(nlohmann::json& j, const StrategicObjective& v);
void from_json(const nlohmann::json& j, StrategicObjective& v);
void to_json(nlohmann::json& j, const Risk& v);
void from_json(const nlohmann::json& j, Risk& v);
void to_json(nlohmann::json& j, const EscalationRules& v);
void from_json(const nlohmann::json& j, EscalationRules& v);
void to_json(nlohmann::json& j, const Priority& v);
void from_json(const nlohmann::json& j, Priority& v);
void to_json(nlohmann::json& j, const Programme& v);
void from_json(const nlohmann::json& j, Programme& v);
void to_json(nlohmann::json& j, const LedgerEntry& v);
void to_json(nlohmann::json& j, const Envelope& v);
void to_json(nlohmann::json& j, const ActivityEntry& v);
void to_json(nlohmann::json& j, const WorkforceEntry& v);

}  // namespace ics
