#include "web/routes.h"

#include "web/auth.h"
#include "web/web_server.h"

namespace ics::web {

void register_all_routes(WebServer& server) {
  register_site_routes(server);
  register_performance_routes(server);
  register_performance_api_routes(server);
  register_auth_routes(server);
  register_governance_meeting_routes(server);
  register_governance_log_routes(server);
  register_governance_api_routes(server);
  register_risk_routes(server);
  register_delivery_routes(server);
  register_finance_routes(server);
  register_phm_routes(server);
  // The governance pages' navigation, in the order a secretariat works through them.
  server.add_nav_item({"Committees", "/committees"});
  server.add_nav_item({"Actions", "/actions"});
  server.add_nav_item({"Decisions", "/decisions"});
  server.add_nav_item({"Interests", "/interests"});
  // Assurance: what the board asks after performance.
  server.add_nav_item({"Risks", "/risks"});
  server.add_nav_item({"Deliverables", "/deliverables"});
  server.add_nav_item({"Programmes", "/programmes"});
  server.add_nav_item({"Finance", "/finance"});
  server.add_nav_item({"Population health", "/phm"});
}

}  // namespace ics::web
