#pragma once
// Who may see population health: every signed-in account reads the aggregates (under disclosure
// control); the patient-identifiable case-finding list of a PCN needs patient-level access for that PCN
// (store accounts().patient_level_pcns). Shared by the PHM pages and the PHM API.
#include <httplib.h>

#include <optional>
#include <string>
#include <vector>

#include "phm/population.h"
#include "web/auth.h"
#include "web/web_server.h"

namespace ics::web {

// True for any signed-in account. The public is sent to sign in (303 to /sign-in?next=...), as on the
// app's other signed-in pages.
bool allow_phm_page(const httplib::Request& req, httplib::Response& res, const Principal& principal);
// True for any signed-in caller; otherwise answers 401 JSON.
bool allow_phm_api(httplib::Response& res, const Principal& principal);

// The PCN codes of the population the account has patient-level access to, ordered by code.
std::vector<std::string> openable_pcns(WebServer& server, const Principal& principal, const phm::Population& population);
// Whether the account has patient-level access to the PCN code.
bool may_open_pcn(WebServer& server, const Principal& principal, const std::string& pcn);
// The index of a PCN code in the population's geography; nullopt when unknown.
std::optional<uint16_t> pcn_index(const phm::Population& population, const std::string& pcn);

// The PHM pages (/phm, /phm/...) and the JSON API (/api/v1/phm/...).
void register_phm_page_routes(WebServer& server);
void register_phm_api_routes(WebServer& server);

}  // namespace ics::web
