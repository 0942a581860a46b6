#pragma once
// The risk JSON API and what the risk pages and API share. Routes are registered by
// register_risk_routes (web/routes.h), which calls register_risk_api_routes.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/risk.h"
#include "web/auth.h"

namespace ics::web {

class WebServer;

// Registers GET /api/v1/risks, /api/v1/risks/{id}, /api/v1/objectives and POST /api/v1/risks/{id}/reviews.
void register_risk_api_routes(WebServer& server);

// Every risk the role may see (assurance/risk_visibility.h), ordered by ref.
std::vector<Risk> visible_risks(WebServer& server, Role role);
// The risk whose id is the text, when it exists and the role may see it; nullopt otherwise, so that a
// hidden risk and a missing one are answered alike.
std::optional<Risk> visible_risk(WebServer& server, const std::string& id_text, Role role);

// Who a review is recorded as: the linked person's name, else the account's.
std::string reviewer_name(WebServer& server, const Principal& principal);

// The risk as the API shows it: its record, plus "score" and "grade" of its current rating on `today`
// (null before its first scoring), "review_overdue", and "escalation" {held_at, seen_at, escalated, reason}.
nlohmann::json risk_api_json(const Risk& risk, const EscalationRules& rules, Date today);

}  // namespace ics::web
