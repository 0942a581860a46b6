#pragma once
// The delivery JSON API, version 1, registered by register_delivery_routes (web/routes.h):
//   GET /api/v1/deliverables?stocktake=YYYY-MM&type=&group=ID   the board's summary rows at a stocktake
//   GET /api/v1/deliverables/{id}                                one priority with its rating history
//   GET /api/v1/programmes                                       every programme, off-track reasons, funding
//   GET /api/v1/programmes/{id}                                  one programme with its products
// Everything is public (board papers are published). Unknown ids answer 404 {"error": "not found"};
// malformed or unknown query values 400 {"error": "..."}.
namespace ics::web {

class WebServer;

void register_delivery_api_routes(WebServer& server);

}  // namespace ics::web
