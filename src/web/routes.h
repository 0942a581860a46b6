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
// Governance pages: /committees, /committees/{id}, /meetings/{id} and its forms, /papers/{id}/file.
void register_governance_meeting_routes(WebServer& server);
// Governance pages: /actions, /decisions, /interests, /committees/{id}/attendance and their forms.
void register_governance_log_routes(WebServer& server);
// The governance JSON API under /api/v1: committees, meetings, papers, actions, decisions, interests.
void register_governance_api_routes(WebServer& server);
// Risk pages: /risks (register, heat map, board summary, escalations), /risks/{id}, /risks/{id}/review,
// /risks/escalation (thresholds); and the JSON API /api/v1/risks, /api/v1/risks/{id}, /api/v1/objectives.
void register_risk_routes(WebServer& server);
// Delivery pages: /deliverables (the BRAG summary and annex by stocktake), /programmes, /programmes/{id};
// and the JSON API /api/v1/deliverables, /api/v1/programmes, /api/v1/programmes/{id}.
void register_delivery_routes(WebServer& server);
// The system finance report /finance?month=YYYY-MM and the JSON API /api/v1/finance?month=YYYY-MM.
void register_finance_routes(WebServer& server);
// Population health: /phm pages and /api/v1/phm/... (phm_routes.cpp).
void register_phm_routes(WebServer& server);
// (register_auth_routes is declared in web/auth.h.)

}  // namespace ics::web
