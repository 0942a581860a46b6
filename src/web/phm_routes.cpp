// PLACEHOLDER (issue 5): replaced by the PHM pages and API.
#include "web/routes.h"

namespace ics::web {

void register_phm_routes(WebServer&) {}

}  // namespace ics::web
