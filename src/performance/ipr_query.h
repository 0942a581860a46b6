#pragma once
// Fetches what build_ipr needs from the store and checks the request against it. Kept apart from the pure
// engine (ipr.h) so the engine never sees the store; the CLI and the web pages both come through here.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "performance/ipr.h"
#include "store/store.h"

namespace ics::performance {

// The catalogue in the order a board pack presents it: service areas and metrics as the standard catalogue
// orders them, with areas and metrics it does not know after them in their given order.
std::vector<Metric> in_board_order(std::vector<Metric> metrics);

// Codes of the organisations with any observation, ordered by code: trusts only when any organisation
// with data is a known trust (the board's default view), otherwise every organisation with data.
std::vector<std::string> organisations_with_data(Store& store);

// The latest month with an observation for any of orgs (all organisations when empty); nullopt if none.
std::optional<Month> latest_month_with_data(Store& store, const std::vector<std::string>& orgs);

// Every month with an observation for any of orgs (all organisations when empty), latest first.
std::vector<Month> months_with_data(Store& store, const std::vector<std::string>& orgs);

// Throws InputError listing each code that is neither a registered organisation nor has any observation.
void require_known_organisations(Store& store, const std::vector<std::string>& orgs);

// Checks the request and builds the report. Throws InputError when orgs is empty, an organisation is
// neither registered nor has data ("unknown organisation \"XX1\""), or no selected organisation has any
// observation in the report month.
Ipr load_ipr(Store& store, const IprRequest& request);

// Code -> name for every registered organisation.
std::map<std::string, std::string> organisation_names(Store& store);

// Splits "RX1, RK5" into {"RX1", "RK5"}, trimming spaces and dropping empty items.
std::vector<std::string> split_org_codes(const std::string& text);

}  // namespace ics::performance
