#pragma once
// Pieces the governance JSON API's read and write halves share (governance_api_read.cpp,
// governance_api_write.cpp). The routes themselves are registered by register_governance_api_routes
// (web/routes.h).
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/calendar.h"
#include "core/field_errors.h"
#include "domain/action.h"
#include "domain/interest.h"

namespace ics::web {

class WebServer;

// Registers POST /api/v1/actions, /api/v1/actions/{id}/status and /api/v1/interests.
void register_governance_api_write_routes(WebServer& server);

// {"error": "not found"} with 404: the same answer for a missing record and one the caller may not see.
void send_api_not_found(httplib::Response& res);

// The action as the API shows it: its record plus "overdue" as of today.
nlohmann::json action_api_json(const Action& action, Date today);
// The interest as the API shows it: its record plus "review_due" and "review_overdue" as of today.
nlohmann::json interest_api_json(const Interest& interest, Date today);

// {"errors": {"field": "message", ...}} with the status (400 malformed, 422 invalid).
void send_field_errors(httplib::Response& res, int status, const FieldErrors& errors);

}  // namespace ics::web
