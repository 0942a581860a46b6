// Routes every deployment has whatever modules it runs: health, the design system's files, our own CSS/JS.
#include "web/routes.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

// Small additions to the NHS.UK frontend: a wider container for the IPR's nine columns, and charts
// that shrink with the screen. Served as a file because the Content-Security-Policy forbids inline style.
constexpr const char* kIcsCss = R"css(.ics-wide-container{max-width:1200px}
@media (min-width:1024px) and (max-width:1264px){.ics-wide-container{margin-left:32px;margin-right:32px}}
.ics-ipr .nhsuk-table__header--numeric{text-align:right}
.ics-chart svg{max-width:100%;height:auto}
.ics-table-scroll{overflow-x:auto}
.ics-icon-cell{white-space:nowrap}
.ics-ipr tbody th{vertical-align:top}
.ics-ipr .nhsuk-tag{white-space:nowrap}
.ics-icon-cell svg,.ics-spark svg{vertical-align:middle}
.ics-stale{display:block;color:#4c6272;font-size:14px}
.ics-chart-grid{display:flex;flex-wrap:wrap;gap:24px}
.ics-chart{background:#fff;padding:8px;flex:1 1 560px}
.ics-legend svg{vertical-align:middle;margin-right:4px}
.ics-selectors{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-end}
.ics-selectors .nhsuk-form-group{margin-bottom:16px}
.ics-org-list{columns:2 280px}
.ics-org-list .nhsuk-checkboxes__item{break-inside:avoid}
)css";

// Starts the NHS.UK frontend components (header menu, skip link) once the page is parsed.
constexpr const char* kIcsJs = R"js(import { initAll } from '/assets/nhsuk-frontend.min.js';
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
)js";

}  // namespace

void register_site_routes(WebServer& server) {
  auto& http = server.http();
  http.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
  http.Get("/static/ics.css", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "max-age=3600");
    res.set_content(kIcsCss, "text/css; charset=utf-8");
  });
  http.Get("/static/ics.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "max-age=3600");
    res.set_content(kIcsJs, "text/javascript; charset=utf-8");
  });
  // A missing directory leaves pages unstyled but working; `ics serve` warns about it.
  http.set_mount_point("/assets", server.options().assets_dir);
}

}  // namespace ics::web
