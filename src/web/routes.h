#pragma once
// Every module's routes, registered in one place. A module adds one register_*_routes function in its
// own file and one line in routes.cpp.
namespace ics::web {

class WebServer;

void register_all_routes(WebServer& server);

// /healthz, /assets/* (the NHS.UK frontend) and /static/* (our own small CSS and JS).
void register_site_routes(WebServer& server);
// The integrated performance report pages: /, /metrics, /metrics/{id}.
void register_performance_routes(WebServer& server);
// The performance JSON API under /api/v1/metrics.
void register_performance_api_routes(WebServer& server);

}  // namespace ics::web
