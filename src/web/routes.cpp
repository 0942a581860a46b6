#include "web/routes.h"

namespace ics::web {

void register_all_routes(WebServer& server) {
  register_site_routes(server);
  register_performance_routes(server);
  register_performance_api_routes(server);
}

}  // namespace ics::web
